// The search index the build writes: what it holds, what it leaves out, and
// that a Pagefind failure fails the build instead of shipping a site without search.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { defaultPaper } from '../../src/worksheets/paper';
import { readBuiltPages } from '../helpers/built-pages';
import { builtSite } from '../helpers/site';

const pages = readBuiltPages(builtSite);
const indexed = pages.filter((page) => page.root.querySelector('[data-pagefind-body]'));
const entryKinds = ['situations', 'tools', 'tips', 'case-studies', 'scenarios'];
const entryPages = pages.filter((page) => entryKinds.some((kind) => new RegExp(`^/${kind}/[^/]+/$`).test(page.path)));

describe('search index', () => {
  it('indexes every entry and worksheet page, each once: a worksheet\'s PDFs are part of its page\'s result', () => {
    const entry: unknown = JSON.parse(readFileSync(join(builtSite, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // Every worksheet defined has its PDFs, which its page's result links: a PDF missing from the output must fail here.
    const definitions = readdirSync('worksheets').filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, ''));
    expect(definitions.length).toBeGreaterThan(0);
    for (const slug of definitions) {
      const pdf = worksheetPdfPath(slug, defaultPaper);
      expect(existsSync(join(builtSite, pdf)), pdf).toBe(true);
    }
    expect(entry).toMatchObject({ languages: { en: { page_count: indexed.length } } });
    const contentFiles = entryKinds.flatMap((kind) => readdirSync(join('content', kind)).filter((name) => /\.mdx?$/.test(name)));
    expect(entryPages.length).toBe(contentFiles.length);
    for (const page of entryPages) expect(indexed, `${page.path} is not indexed`).toContain(page);
    const worksheetPages = pages.filter((page) => /^\/worksheets\/[^/]+\/$/.test(page.path) && !page.path.startsWith('/worksheets/for/'));
    for (const page of worksheetPages) {
      expect(indexed, `${page.path} is not indexed`).toContain(page);
      const pdfs = [...page.root.querySelectorAll('[data-pagefind-meta^="pdf_"]')].map((element) => element.getAttribute('data-pagefind-meta'));
      const slug = page.path.split('/')[2] ?? '';
      expect(pdfs, `${page.path} links its PDFs in its result`).toEqual([`pdf_a4:${worksheetPdfPath(slug, 'a4')}`, `pdf_letter:${worksheetPdfPath(slug, 'letter')}`]);
    }
  });

  it('leaves out lists, the home page and the search page itself', () => {
    for (const path of ['/', '/search/', '/tools/', '/situations/', '/sources/', '/about/']) {
      const page = pages.find((candidate) => candidate.path === path);
      expect(page, `${path} was not built`).toBeDefined();
      expect(page?.root.querySelector('[data-pagefind-body]'), `${path} should not be indexed`).toBeNull();
    }
  });

  it('indexes only the content of a page: chrome is outside the body or ignored', () => {
    const problems: string[] = [];
    for (const page of indexed) {
      const bodies = page.root.querySelectorAll('[data-pagefind-body]');
      if (bodies.length !== 1) problems.push(`${page.path}: ${bodies.length} data-pagefind-body elements`);
      const body = bodies[0];
      if (!body) continue;
      for (const selector of ['.breadcrumbs', '.prev-next', '.source-credit', '.chips', '#related-heading', '.site-header', '.site-footer']) {
        for (const element of body.querySelectorAll(selector)) {
          let ignored = false;
          for (let node = element.parentNode; node && node !== body.parentNode; node = node.parentNode) {
            if (node.getAttribute?.('data-pagefind-ignore') !== undefined) ignored = true;
          }
          if (element.getAttribute('data-pagefind-ignore') === undefined && !ignored) {
            problems.push(`${page.path}: ${selector} is indexed as content`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every entry a type, its situations and its channels as filters, and its title and summary weight', () => {
    const problems: string[] = [];
    for (const page of entryPages) {
      const values = (name: string) => page.root.querySelectorAll(`[data-pagefind-filter="${name}"]`).map((element) => element.text.trim());
      const [type, ...extraTypes] = values('type');
      if (!type || extraTypes.length > 0) problems.push(`${page.path}: types ${values('type').join(', ')}`);
      if (values('situation').length === 0) problems.push(`${page.path}: no situation filter`);
      if (values('channel').length === 0) problems.push(`${page.path}: no channel filter`);
      if (!page.root.querySelector('h1[data-pagefind-weight]')) problems.push(`${page.path}: the title carries no weight`);
      if (!page.root.querySelector('[data-pagefind-meta="summary"][data-pagefind-weight]')) problems.push(`${page.path}: the summary carries no weight`);
    }
    expect(problems).toEqual([]);
  });

  it('puts the dialog module behind the opener, and the module exists', () => {
    const page = entryPages[0];
    const module = page?.root.querySelector('button.search-opener')?.getAttribute('data-module');
    expect(module).toMatch(/^\/_astro\/search-dialog\.[\w-]+\.js$/);
    expect(existsSync(join(builtSite, module ?? 'missing'))).toBe(true);
  });

  it("ships none of Pagefind's own UI bundles, which the site never loads", () => {
    const shipped = readdirSync(join(builtSite, 'pagefind'));
    expect(shipped).toContain('pagefind.js');
    expect(shipped.filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
  });

  it('fails the build when Pagefind cannot write the index', () => {
    // A one-page site with the real integration, so the test does not depend
    // on the rest of the tree (which others may be editing).
    const project = mkdtempSync(join(tmpdir(), 'handbook-search-fail-'));
    try {
      symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
      writeFileSync(join(project, 'package.json'), '{ "type": "module" }');
      writeFileSync(
        join(project, 'astro.config.mjs'),
        `import pagefindIndex from ${JSON.stringify(resolve('src/integrations/pagefind.ts'))};\nconst search = pagefindIndex();\nexport default { integrations: [search.readsPages, search.isWritten] };\n`,
      );
      mkdirSync(join(project, 'src', 'pages'), { recursive: true });
      writeFileSync(join(project, 'src', 'pages', 'index.astro'), '<html lang="en"><body><main data-pagefind-body><h1>An angry customer</h1></main></body></html>');
      // A file where the index's folder must go: Pagefind's binary cannot write there.
      mkdirSync(join(project, 'public'));
      writeFileSync(join(project, 'public', 'pagefind'), 'not a folder');
      const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain('Search index: the Pagefind process stopped before the index was written');

      // The same site, once the folder can be written, builds with its index.
      rmSync(join(project, 'public'), { recursive: true });
      const fixed = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8' });
      expect(fixed.status, `${fixed.stdout}\n${fixed.stderr}`).toBe(0);
      expect(existsSync(join(project, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
