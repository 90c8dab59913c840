import { join } from 'node:path';
import { build, type Plugin } from 'vite';

export interface BrowserBundle {
  /** The project's root folder. */
  root: string;
  /** The entry, relative to the root, as "src/search/dialog.ts". */
  source: string;
  /** A module (its exports kept) or a classic script (a service worker). */
  format: 'es' | 'iife';
  base?: string;
  plugins?: Plugin[];
  define?: Record<string, string>;
}

/**
 * Bundles one entry into one minified file for browsers, with Vite's library
 * mode (which keeps the entry's exports and leaves a dynamic import of a URL
 * as written), and returns its code. An entry that splits into chunks fails
 * the build: every such file must load on its own.
 */
export async function bundleForBrowser({ root, source, format, base = '/', plugins = [], define = {} }: BrowserBundle): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    base,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins,
    define,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: join(root, source), formats: [format], name: 'handbook', fileName: () => 'bundle.js' },
      // Library mode keeps whitespace for other bundlers; these files go straight to browsers.
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    const chunks = result.output.filter((item) => item.type === 'chunk');
    const [chunk, ...extra] = chunks;
    if (!chunk || extra.length > 0) {
      throw new Error(`Bundling ${source} gave ${chunks.length} files instead of one: it must not split into chunks (remove the dynamic import that caused it).`);
    }
    return chunk.code;
  }
  throw new Error(`Bundling ${source} produced no output: check the Vite log above.`);
}
