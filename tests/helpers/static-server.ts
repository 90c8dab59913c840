import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, readHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Compress text responses when the browser asks, as Netlify, Cloudflare Pages and GitHub Pages do. */
  gzip?: boolean;
}

/**
 * Serves a built site from `root` as a static host would: `/dir/` serves
 * `dir/index.html`, unknown paths get `404.html` with status 404, and the
 * headers in the build's `_headers` file (CSP, caching...) go with each
 * response, as on Netlify or Cloudflare Pages. `base` is the sub-path the
 * site was built for.
 */
export function serveStatic(root: string, base = '/', options: StaticServerOptions = {}): Promise<StaticServer> {
  const rules = readHeadersFile(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : join(root, '404.html');
    const type = types[extname(served)] ?? 'application/octet-stream';
    const gzip = options.gzip === true && /gzip/.test(String(request.headers['accept-encoding'])) && /text|javascript|json|xml|svg/.test(type);
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, pathname),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
