const adopted = new Set<string>();

/**
 * Adds a module's styles to the document once. They travel inside the module
 * (a constructed stylesheet, not a <style> element), so pages that never load
 * it carry none of them, and a strict style-src policy still allows them.
 */
export function adoptStylesheet(css: string): void {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
