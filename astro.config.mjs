// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefindIndex from './src/integrations/pagefind.ts';
import searchClient from './src/integrations/search-client.ts';

// One environment variable sets the sub-path a deployment lives under (for
// example BASE_PATH=/handbook/ on GitHub Pages); everything else derives from it.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), searchClient(), pagefindIndex()],
  build: {
    // A content page's CSS is small: inlining it saves a request on first view.
    inlineStylesheets: 'always',
  },
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
});
