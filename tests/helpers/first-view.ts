import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface FirstViewRequest {
  path: string;
  kind: ResourceKind;
  raw: number;
  /** What a host compressing text (gzip, default level) sends; other bodies as they are. */
  gzip: number;
}

export interface FirstView {
  requests: FirstViewRequest[];
  /** Bytes of the page's inline <script> elements (UTF-8). */
  inlineScriptBytes: number;
}

function kindOf(type: string): ResourceKind {
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  return type.includes('javascript') ? 'js' : 'other';
}

/** Loads `url` in a fresh browser context (empty cache) and records every response until the network is quiet. */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  // A real first visit: the page registers the service worker once it has loaded.
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  const requests: FirstViewRequest[] = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.headers()['content-type'] ?? '';
    const compressible = /text|javascript|json|xml|svg/.test(type);
    requests.push({ path: new URL(response.url()).pathname, kind: kindOf(type), raw: body.length, gzip: compressible ? gzipSync(body).length : body.length });
  }
  const inlineScriptBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
  );
  await context.close();
  return { requests, inlineScriptBytes };
}
