// The header's Search control. The page carries a link to the search page
// (what works without JavaScript) and, after it, a hidden button; this script
// swaps them. The dialog's module (its URL is in the button's data-module) is
// imported when the reader shows they want search, so a content page's first
// view loads no search code. Every page inlines this script: the build
// minifies it and hashes the result for the CSP (src/integrations/inline-scripts.ts).
(() => {
  const button = document.currentScript.previousElementSibling;
  const link = button.previousElementSibling;
  const searchPage = link.href;
  link.remove();
  button.hidden = false;

  let dialogModule;
  // The module starts the search engine as it loads: loading it when the
  // reader points at, touches or tabs to the button has search ready sooner.
  const load = () => (dialogModule ??= import(/* @vite-ignore */ button.dataset.module));
  const warm = () => load().catch(() => {});
  for (const intent of ['pointerenter', 'touchstart', 'focus']) button.addEventListener(intent, warm, { passive: true });
  // Letters typed between the shortcut and the dialog's opening, handed to the
  // dialog so none is lost; null when no dialog is on its way.
  let typedWhileLoading = null;

  const openSearch = (event) => {
    event.preventDefault();
    // The search page has a field of its own: searching from there means using it.
    const pageField = document.querySelector('[data-search-input]');
    if (pageField) {
      pageField.focus();
      return;
    }
    typedWhileLoading ??= '';
    load().then(
      (dialog) => {
        dialog.open(button, typedWhileLoading);
        typedWhileLoading = null;
      },
      // Offline, or the module is gone after a deploy: the search page still
      // works without it, and says so if search itself cannot load. What the
      // reader typed goes with them.
      () => {
        const typed = typedWhileLoading;
        dialogModule = undefined;
        typedWhileLoading = null;
        location.href = typed ? `${searchPage}?q=${encodeURIComponent(typed)}` : searchPage;
      },
    );
  };

  const isField = (target) => target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const hasModifier = (event) => event.ctrlKey || event.metaKey || event.altKey;
  const isShortcut = (event) => (event.key === '/' && !hasModifier(event)) || (event.key === 'k' && (event.ctrlKey || event.metaKey));

  button.addEventListener('click', openSearch);
  document.addEventListener('keydown', (event) => {
    // A key the page already handled, or typed into a field, is not for search.
    if (event.defaultPrevented || isField(event.target)) return;
    if (typedWhileLoading !== null && event.key.length === 1 && !hasModifier(event)) {
      typedWhileLoading += event.key;
      event.preventDefault();
    } else if (typedWhileLoading !== null && event.key === 'Backspace') {
      typedWhileLoading = typedWhileLoading.slice(0, -1);
      event.preventDefault();
    } else if (isShortcut(event)) {
      openSearch(event);
    }
  });
})();
