import css from './search.css?inline';

let adopted = false;

/**
 * Adds the search styles to the document once. They travel inside the search
 * module (a constructed stylesheet, not a <style> element), so content pages
 * carry none of them and a strict style-src policy still allows them.
 */
export function adoptSearchStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
