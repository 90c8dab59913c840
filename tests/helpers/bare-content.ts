import { parse } from 'node-html-parser';

/**
 * The physical limit for a page's content: its words and links, in plain
 * semantic HTML, with no style, script, icon or attribute a reader does not
 * read (hrefs stay). The header's links, <main> and the footer are kept, as
 * a reader of the page gets them; hidden elements, <noscript> and search
 * metadata go; an empty icon spares the browser asking for /favicon.ico.
 * `npm run bench` compares each page with this.
 */
export function bareContent(html: string): string {
  const root = parse(html);
  const title = root.querySelector('title')?.text ?? '';
  const lang = root.querySelector('html')?.getAttribute('lang') ?? 'en';
  const body = root.querySelector('body');
  if (!body) throw new Error('bareContent: the page has no <body>.');
  for (const gone of body.querySelectorAll('script, style, link, svg, noscript, template, [hidden], [aria-hidden="true"], .visually-hidden, .print-only')) gone.remove();
  for (const element of body.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) if (name !== 'href') element.removeAttribute(name);
  }
  const text = body.innerHTML.replace(/>\s+</g, '> <').trim();
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>${text}</html>`;
}
