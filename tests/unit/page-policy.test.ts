import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/integrations/page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const used = 'document.documentElement.dataset.theme = "dark";';
const unused = 'console.log("another page");';
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('narrowPolicy', () => {
  it("keeps the hashes of the page's own inline scripts and styles, and drops the rest", () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(used)} ${hash(unused)}; style-src 'self' ${hash('p{}')} ${hash('a{}')};`;
    const { html, removed } = narrowPolicy(page(policy, `<script>${used}</script><style>p{}</style><script type="module" src="/a.js"></script>`));
    expect(removed).toBe(2);
    expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(used)};`);
    expect(html).toContain(`style-src 'self' ${hash('p{}')};`);
    expect(html).not.toContain(hash(unused));
  });

  it('leaves a page without a policy, and the other directives, as they are', () => {
    expect(narrowPolicy('<html><body><script>x</script></body></html>')).toEqual({ html: '<html><body><script>x</script></body></html>', removed: 0 });
    const { html } = narrowPolicy(page(`default-src 'self';require-trusted-types-for 'script';trusted-types default; script-src 'self' ${hash(unused)};`, ''));
    expect(html).toContain("default-src 'self';require-trusted-types-for 'script';trusted-types default; script-src 'self';");
  });
});
