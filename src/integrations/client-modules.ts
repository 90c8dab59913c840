import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { bundleForBrowser } from './browser-bundle';
import { contentDir, worksheetsDir } from '../handbook/content-dir';
import { withTrailingSlash } from '../handbook/urls';
import { readSearchVocabulary } from './search-vocabulary';

/**
 * Bundles the modules pages load on demand (the search dialog, the search
 * page, the device module of src/offline/) into hashed files of their own and
 * tells pages where they are, through the virtual module
 * `virtual:handbook/client-modules`.
 *
 * Why not a normal Astro <script>: Astro puts a processed script on every page
 * that uses it, as a request, and a content page's first view must load no
 * script at all. The header's search opener and the service worker's
 * registration are tiny inline scripts that import these modules only when
 * needed (search on first use, the device module once a page comes from the
 * service worker), so they need each module's URL as a string.
 * Under `astro dev` the URLs point at the source files, which Vite serves.
 */
export default function clientModules(): AstroIntegration {
  let root = '';
  let base = '/';
  let assets = '_astro';
  let isBuild = false;
  let bundle: Promise<ClientFile[]> | undefined;

  const bundleOnce = () => {
    bundle ??= Promise.all(entryNames.map((entry) => bundleEntry(root, base, assets, entry)));
    return bundle;
  };

  return {
    name: 'handbook:client-modules',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = withTrailingSlash(config.base);
        assets = config.build.assets;
        isBuild = command === 'build';
        const urls = async (): Promise<Record<EntryName, string>> => {
          if (!isBuild) return mapEntries((entry) => `${base}${entries[entry].source}`);
          const files = await bundleOnce();
          return mapEntries((entry) => {
            const file = files.find((candidate) => candidate.entry === entry);
            if (!file) throw new Error(`No bundle for the client module "${entry}": add it to the entries in src/integrations/client-modules.ts.`);
            return `${base}${file.fileName}`;
          });
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

/** Each module: its source, and the name its bundle starts with. */
const entries = {
  dialog: { source: 'src/search/dialog.ts', name: 'search-dialog' },
  page: { source: 'src/search/page.ts', name: 'search-page' },
  device: { source: 'src/offline/device.ts', name: 'device' },
} as const;
type EntryName = keyof typeof entries;
const entryNames = Object.keys(entries).filter((name): name is EntryName => name in entries);

function mapEntries(url: (entry: EntryName) => string): Record<EntryName, string> {
  return { dialog: url('dialog'), page: url('page'), device: url('device') };
}

interface ClientFile {
  entry: EntryName;
  fileName: string;
  code: string;
}

/** One self-contained file per entry (no two of them load together), named after a hash of its content so it can be cached for good. */
async function bundleEntry(root: string, base: string, assets: string, entry: EntryName): Promise<ClientFile> {
  const { source, name } = entries[entry];
  const code = await bundleForBrowser({ root, base, source, format: 'es', plugins: [vocabularyPlugin()] });
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
  return { entry, fileName: `${assets}/${name}.${hash}.js`, code };
}

const vocabularyId = 'virtual:handbook-search/vocabulary';
const clientId = 'virtual:handbook/client-modules';

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
    name: 'handbook:client-module-urls',
    resolveId: (id) => (id === clientId ? resolved : undefined),
    load: async (id) => {
      if (id !== resolved) return undefined;
      const { dialog, page, device } = await urls();
      return [`export const searchDialogUrl = ${JSON.stringify(dialog)};`, `export const searchPageUrl = ${JSON.stringify(page)};`, `export const deviceUrl = ${JSON.stringify(device)};`].join('\n');
    },
  };
}
