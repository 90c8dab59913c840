import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { inlineScriptFiles, inlineScriptsFolder, minifiedScript } from './inline-scripts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * `sha256-...` for every script in src/inline-scripts/, of the minified text
 * that pages inline (src/integrations/inline-scripts.ts). Astro hashes the
 * scripts and styles it bundles, but not `is:inline` scripts, and a component
 * in <body> renders after the CSP <meta> is written, so `Astro.csp` cannot add
 * them: they go in the config, for every page.
 */
export function inlineScriptHashes(folder: URL = inlineScriptsFolder): Array<`sha256-${string}`> {
  return inlineScriptFiles(folder).map((file) => `sha256-${createHash('sha256').update(minifiedScript(file)).digest('base64')}` as const);
}

/**
 * The policy every page carries (Astro writes it as a <meta> with the hashes
 * of each page's own scripts and styles; src/integrations/static-headers.ts
 * repeats it as an HTTP header). Nothing may load from another host. Pagefind
 * compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval');
 * the search dialog's styles are a constructed stylesheet, which CSP does not
 * govern, so styles need no 'unsafe-inline' either.
 * frame-ancestors is ignored (with a console error) in a <meta>: it is only in
 * the header.
 * Trusted Types are required for scripts: no string reaches an HTML or script
 * sink (innerHTML, a Worker's URL) unless a policy lets it. The site writes no
 * HTML from strings; the one policy is "default", which admits the service
 * worker and Pagefind's worker and nothing else (src/inline-scripts/device.js).
 * The service worker needs no directive of its own: worker-src falls back to
 * script-src 'self'.
 */
export function contentSecurityPolicy(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      // The favicon is a data: address in each page (src/offline/icon-svg.ts): no request of its own.
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "require-trusted-types-for 'script'",
      // The one policy, created by src/inline-scripts/device.js on every page.
      'trusted-types default',
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes(),
    },
  };
}
