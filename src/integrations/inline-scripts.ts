import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync, type Plugin } from 'vite';

/**
 * The scripts pages carry inline (the theme script at the top of <body>, the search
 * opener in the header, the search page's filter pane), one readable file
 * each. Pages carry them minified; the CSP hashes that same minified text
 * (src/integrations/content-security-policy.ts).
 */
export const inlineScriptsFolder = new URL('../inline-scripts/', import.meta.url);

/** What a component adds to a script's path to import its minified text. */
const importSuffix = '?inline-script';

/** The .js files of the folder, in a stable order. */
export function inlineScriptFiles(folder: URL = inlineScriptsFolder): URL[] {
  return readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => new URL(name, folder));
}

/**
 * A script as pages carry it. Every page repeats its inline scripts, so their
 * bytes count against each first view (tests/helpers/budgets.ts); minified,
 * the sources can spend words on names and comments. They run as classic
 * scripts, not modules: names at the top level would be globals, so the
 * minifier leaves them alone (each file keeps its own inside an arrow function).
 */
export function minifiedScript(file: URL | string): string {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const { code, errors } = minifySync(path, readFileSync(path, 'utf8'), {
    module: false,
    compress: { target: 'es2022' },
    mangle: { toplevel: false },
  });
  const [first] = errors;
  if (first) throw new Error(`${path} could not be minified: ${first.message}. Fix the script's syntax.`);
  return code;
}

/**
 * Lets a component import a script's minified text:
 * `import code from '../inline-scripts/theme.js?inline-script'`, then
 * `<script is:inline set:html={code}>`. Only files of the project's
 * src/inline-scripts/ qualify: the CSP lists the hashes of that folder's
 * scripts and no others. The folder is found from Vite's root, not from this
 * file: a test sandbox links this config but builds its own copy of src/.
 */
export function inlineScripts(): Plugin {
  let folder = fileURLToPath(inlineScriptsFolder);
  return {
    name: 'handbook:inline-scripts',
    configResolved(config) {
      folder = join(config.root, 'src', 'inline-scripts');
    },
    load(id) {
      if (!id.endsWith(importSuffix)) return undefined;
      const path = id.slice(0, -importSuffix.length);
      const inside = relative(folder, path);
      if (inside.startsWith('..') || inside.includes(sep) || !inside.endsWith('.js')) {
        throw new Error(`${path} is imported as an inline script, but only the .js files of ${folder} are hashed for the CSP: move it there.`);
      }
      this.addWatchFile(path);
      return `export default ${JSON.stringify(minifiedScript(path))};`;
    },
  };
}
