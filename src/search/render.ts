import { siteUrl } from '../handbook/urls';
import { paperIds, papers } from '../worksheets/paper';
import type { ResultData } from './engine';
import { resultMeta } from './facets';
import { excerptOf, type ExcerptPart } from './excerpt';
import type { Found } from './results';

type Child = Node | string | null | undefined | false;

/** Creates an element; attributes set with setAttribute, so nothing is parsed as HTML. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

const maxChips = 3;

/**
 * One result: its kind, title (the link), the first step of a situation, a
 * highlighted excerpt (or the summary when browsing without a query), a
 * worksheet's PDFs, and the situations it helps with.
 */
export function resultCard(data: ResultData, options: { headingLevel: 2 | 3; excerpt: readonly ExcerptPart[] | undefined }): HTMLElement {
  const title = data.meta['title'] ?? data.url;
  const type = data.meta['type'];
  const firstStep = data.meta[resultMeta.firstStep];
  const text = h('p', { class: 'search-result__text' });
  if (options.excerpt && options.excerpt.length > 0) {
    // Text nodes and <mark> elements: page text never reaches an HTML parser.
    text.append(...options.excerpt.map((part) => (part.marked ? h('mark', {}, part.text) : part.text)));
  } else {
    text.textContent = data.meta['summary'] ?? '';
  }
  const situations = type === 'Situation' ? [] : (data.filters['situation'] ?? []);
  const shown = situations.slice(0, maxChips);
  const pdfs = paperIds.flatMap((paper) => {
    const url = data.meta[`${resultMeta.pdfPrefix}${paper}`];
    return url ? [{ url, label: papers[paper].label }] : [];
  });
  return h(
    'li',
    { class: 'search-result' },
    type ? h('p', { class: 'search-result__type' }, type) : null,
    h(`h${options.headingLevel}`, { class: 'search-result__title' }, h('a', { href: data.url }, title)),
    firstStep && h('p', { class: 'search-result__first' }, h('strong', {}, 'First: '), firstStep),
    text,
    pdfs.length > 0 &&
      h(
        'p',
        { class: 'search-result__other' },
        'PDF: ',
        ...pdfs.flatMap((pdf, index) => [index > 0 ? ' · ' : '', h('a', { href: siteUrl(pdf.url), 'aria-label': `${title}, ${pdf.label} PDF` }, pdf.label)]),
      ),
    shown.length > 0 &&
      h(
        'p',
        { class: 'search-result__chips' },
        h('span', { class: 'visually-hidden' }, 'Helps with: '),
        ...shown.map((situation) => h('span', { class: 'search-chip' }, situation)),
        situations.length > maxChips && h('span', { class: 'search-chip search-chip--more' }, `+${situations.length - maxChips} more`),
      ),
  );
}

/**
 * The cards of some found pages, in their order: their data loads in
 * parallel (a small file each). With `excerpts`, each shows the text around
 * the query's words; without, the page's summary (browsing a filter).
 */
export async function resultCards(pages: readonly Found[], excerpts: boolean): Promise<HTMLElement[]> {
  const loaded = await Promise.all(pages.map(async (page) => ({ page, data: await page.hit.data() })));
  return loaded.map(({ page, data }) => {
    const excerpt = excerpts ? excerptOf(data.content, page.locations, data.meta['title'] ?? '') : [];
    // An excerpt with nothing highlighted (a match in the title only, or a pinned page) says less than the summary.
    return resultCard(data, { headingLevel: 3, excerpt: excerpt.some((part) => part.marked) ? excerpt : undefined });
  });
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
