// The workplace's contacts (content/workplace.yaml) reach the pages and the
// pocket cards where a worker needs them. The root build sets none: pages use
// general wording and never show an empty slot. The sub-path build uses the
// sample workplace in tests/fixtures/workplace.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readWorkplace } from '../../src/handbook/workplace';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { readBuiltPages } from '../helpers/built-pages';
import { builtSite, builtSubPathSite, sampleWorkplaceFile } from '../helpers/site';

const sample = readWorkplace(sampleWorkplaceFile);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function textOf(siteDir: string, path: string, selector = 'main'): string {
  const root = parse(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
  return root.querySelector(selector)?.textContent.replace(/\s+/g, ' ') ?? '';
}

/** All the text pdf.js reads from a PDF, pages joined. */
async function pdfText(file: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('a workplace that has set its contacts', () => {
  it('shows them on the safety page, with its rules', () => {
    const text = textOf(builtSubPathSite, 'situations/you-feel-unsafe');
    expect(text).toContain(`Who to call at ${sample.organization}`);
    expect(text).toContain(`Call ${sample.security}, or call out to a co-worker. If there is a weapon or anyone is hurt, call ${sample.emergency}.`);
    expect(text).toMatch(new RegExp(`Hand off to:\\s*${escape(sample.handOff ?? 'unset')}`));
    expect(text).toContain(sample.policies?.[0] ?? 'a policy');
  });

  it('puts them in the first steps of the situations that hand off, and on their printed sheet', () => {
    const steps = textOf(builtSubPathSite, 'situations/bullying-customer', '.first-steps');
    expect(steps).toContain(`bring in ${sample.handOff} as the next step`);
    const printed = textOf(builtSubPathSite, 'situations/bullying-customer', '.contacts.print-only');
    expect(printed).toContain(sample.security);
  });

  it('prints them on the pocket cards (read by pdf.js)', async () => {
    const text = await pdfText(join(builtSubPathSite, worksheetPdfPath('pocket-cards', 'a4')));
    expect(text).toContain(`Call security: ${sample.security}`);
    expect(text).toContain(sample.handOff);
  });
});

describe('a workplace that has set nothing', () => {
  it('gets general wording on the safety page, never an empty slot', () => {
    const text = textOf(builtSite, 'situations/you-feel-unsafe');
    expect(text).toContain('Call your workplace’s security number, or call out to a co-worker. If there is a weapon or anyone is hurt, call your local emergency number (such as 911, 999 or 112).');
    expect(text).toMatch(/Emergency:\s*Your local emergency number, such as 911 in the US and Canada, 999 in the UK or 112 in the EU\./);
    expect(text).toMatch(/Security or the manager on duty:\s*Your workplace’s security number/);
    expect(textOf(builtSite, 'situations/bullying-customer', '.first-steps')).toContain('bring in a co-worker or supervisor');
  });

  it('leaves no placeholder or blank on any page but the printable worksheets', () => {
    const leftovers = readBuiltPages(builtSite)
      .filter((page) => !page.path.startsWith('/worksheets/'))
      .filter((page) => /\{(organization|emergency|security|handOff)\}|_{6,}/.test(page.root.querySelector('main')?.textContent ?? ''))
      .map((page) => page.path);
    expect(leftovers).toEqual([]);
  });

  it('prints a line to write each number on the pocket cards', async () => {
    const text = await pdfText(join(builtSite, worksheetPdfPath('pocket-cards', 'a4')));
    expect(text).toMatch(/Security _{10,}/);
    expect(text).toMatch(/Emergency _{10,}/);
  });
});

// A bad workplace file stops the build: one of the cases of tests/build/bad-edits.test.ts.
