import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { contentDir, worksheetsDir } from '../handbook/content-dir';
import { withTrailingSlash } from '../handbook/urls';
import { readSearchVocabulary } from './search-vocabulary';

/**
 * Bundles the search UI (src/search/dialog.ts, src/search/page.ts) into
 * hashed files of its own and tells pages where they are, through the
 * virtual module `virtual:handbook-search/client`.
 *
 * Why not a normal Astro <script>: Astro puts a processed script on every page
 * that uses it, as a request, and a content page's first view must load no
 * search code at all. The header's opener is a tiny inline script that imports
 * the dialog's module on first use, so it needs that module's URL as a string.
 * Under `astro dev` the URLs point at the source files, which Vite serves.
 */
export default function searchClient(): AstroIntegration {
  let root = '';
  let base = '/';
  let assets = '_astro';
  let isBuild = false;
  let bundle: Promise<ClientFile[]> | undefined;

  const bundleOnce = () => {
    bundle ??= Promise.all(entries.map((entry) => bundleEntry(root, base, assets, entry)));
    return bundle;
  };

  return {
    name: 'handbook:search-client',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = withTrailingSlash(config.base);
        assets = config.build.assets;
        isBuild = command === 'build';
        const urls = async (): Promise<Record<EntryName, string>> => {
          if (!isBuild) {
            return { dialog: `${base}src/search/dialog.ts`, page: `${base}src/search/page.ts` };
          }
          const files = await bundleOnce();
          const urlOf = (entry: EntryName) => {
            const file = files.find((candidate) => candidate.entry === entry);
            if (!file) throw new Error(`The search client has no bundle for "${entry}": add it to the entries in src/integrations/search-client.ts.`);
            return `${base}${file.fileName}`;
          };
          return { dialog: urlOf('dialog'), page: urlOf('page') };
        };
        updateConfig({ vite: { plugins: [vocabularyPlugin(), clientUrlsPlugin(urls)] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!bundle) return;
        const site = fileURLToPath(dir);
        for (const file of await bundle) {
          const target = join(site, file.fileName);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.code);
        }
      },
    },
  };
}

const entries = ['dialog', 'page'] as const;
type EntryName = (typeof entries)[number];

interface ClientFile {
  entry: EntryName;
  fileName: string;
  code: string;
}

/**
 * One self-contained file per entry (the dialog and the search page never load
 * together), named after a hash of its content so it can be cached for good.
 * Library mode keeps the entry's exports and leaves the dynamic import of
 * Pagefind as written.
 */
async function bundleEntry(root: string, base: string, assets: string, entry: EntryName): Promise<ClientFile> {
  const output = await build({
    configFile: false,
    root,
    base,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [vocabularyPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: join(root, 'src/search', `${entry}.ts`), formats: ['es'], fileName: () => `search-${entry}.js` },
      // Library mode keeps whitespace for other bundlers; these files go straight to browsers.
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunks = result.output.filter((item) => item.type === 'chunk');
    const [chunk, ...extra] = chunks;
    if (!chunk || extra.length > 0) {
      throw new Error(
        `Bundling src/search/${entry}.ts gave ${chunks.length} files instead of one: the search UI must not split into chunks (remove the dynamic import that caused it).`,
      );
    }
    const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 10);
    return { entry, fileName: `${assets}/search-${entry}.${hash}.js`, code: chunk.code };
  }
  throw new Error(`Bundling src/search/${entry}.ts produced no output: check the Vite log above.`);
}

const vocabularyId = 'virtual:handbook-search/vocabulary';
const clientId = 'virtual:handbook-search/client';

/** The situations the search UI offers, the words that pin one first, and the readers' words (content/search-words.yaml), read at build (or dev) time. */
function vocabularyPlugin(): Plugin {
  const resolved = `\0${vocabularyId}`;
  return {
    name: 'handbook:search-vocabulary',
    resolveId: (id) => (id === vocabularyId ? resolved : undefined),
    load: (id) => {
      if (id !== resolved) return undefined;
      const { situations, pins, words } = readSearchVocabulary(contentDir, worksheetsDir);
      return `export const situations = ${JSON.stringify(situations)};\nexport const vocabulary = ${JSON.stringify({ pins, words })};`;
    },
  };
}

function clientUrlsPlugin(urls: () => Promise<Record<EntryName, string>>): Plugin {
  const resolved = `\0${clientId}`;
  return {
    name: 'handbook:search-client-urls',
    resolveId: (id) => (id === clientId ? resolved : undefined),
    load: async (id) => {
      if (id !== resolved) return undefined;
      const { dialog, page } = await urls();
      return `export const searchDialogUrl = ${JSON.stringify(dialog)};\nexport const searchPageUrl = ${JSON.stringify(page)};`;
    },
  };
}
