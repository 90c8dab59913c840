// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cleanBuild from './src/integrations/clean-build.ts';
import contentCheck from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { inlineScripts } from './src/integrations/inline-scripts.ts';
import { knownHarmlessWarnings } from './src/integrations/known-harmless-warnings.ts';
import { localAddress } from './src/handbook/site-address.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import pageRewrites from './src/integrations/page-rewrites.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import siteAddress from './src/integrations/site-address.ts';
import paletteStylesheet from './src/integrations/palette-stylesheet.ts';
import clientModules from './src/integrations/client-modules.ts';
import staticHeaders from './src/integrations/static-headers.ts';

// One environment variable sets the sub-path a deployment lives under (for
// example BASE_PATH=/handbook/ on GitHub Pages); everything else derives from it.
const base = process.env.BASE_PATH ?? '/';
const searchIndex = pagefindIndex();
const site = process.env.SITE_URL ?? localAddress;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    // First: a production build starts with an empty cache.
    cleanBuild(),
    // Then every file a reader or a printed sheet sees is checked, and every problem listed at once.
    contentCheck(),
    // A build for deployment must know its address: the worksheet PDFs print it.
    siteAddress(),
    mdx(),
    paletteStylesheet(),
    clientModules(),
    // Reads the pages as Astro wrote them, then writes the index while the next steps run.
    searchIndex.readsPages,
    // Pages only: the worksheet PDFs are files to download, found from their pages.
    sitemap({ filter: (url) => url.endsWith('/') }),
    // Pages without a script of their own link only the rules such pages use, each page
    // carries the styles of its first screen, and its policy keeps only the hashes it uses.
    pageRewrites(),
    searchIndex.isWritten,
    // After every integration that writes or changes files: it lists each one, with a hash of its content, for offline use.
    serviceWorker(),
    // Last: it reads the CSP of every page and lists Pagefind's hashed files.
    staticHeaders(),
  ],
  // One stylesheet for the whole site (29 KB, 5 KB gzipped), cached after the
  // first page: a content page's first view is the HTML and this file. Inlined,
  // each page's CSS (up to 14 KB) was repeated in every page: 1,000 tips then
  // made 32 MB of output, over the 25 MB goal (tests/bench/scale.mjs).
  //
  // Four pages are rendered at a time. One at a time, the build waited on each
  // page's file write before rendering the next: a third of that phase was
  // spent idle. With 1,000 extra tips, four interleaved pairs of builds took
  // 14.7, 14.2, 12.2 and 16.1 s to render the pages one at a time, against
  // 9.8, 9.4, 9.7 and 11.2 s four at a time, with the same output byte for
  // byte. What a page renders shares no state with another (the loaders'
  // caches are set before their first await). Astro's log then prints a
  // page's time beside a later page's name.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Serves the minified text of src/inline-scripts/ to the components that
  // inline it; drops one warning of Astro's that nobody can act on.
  vite: { build: { cssCodeSplit: false }, plugins: [inlineScripts(), knownHarmlessWarnings()] },
  // A component's styles are scoped by a class (astro-xxxx) on its elements rather than a
  // data-astro-cid-xxxx attribute: the same specificity, in fewer bytes on every page.
  scopedStyleStrategy: 'class',
  security: { csp: contentSecurityPolicy() },
  markdown: {
    // The handbook has no code blocks; Shiki's inline styles would need 'unsafe-inline' styles.
    syntaxHighlight: false,
  },
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
});
