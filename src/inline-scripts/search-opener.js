(() => {
  const d = document, b = d.currentScript.previousElementSibling, a = b.previousElementSibling, u = a.href;
  let m, q = null;
  a.remove();
  b.hidden = false;
  const go = (e) => {
    e.preventDefault();
    const i = d.querySelector('[data-search-input]');
    if (i) return i.focus();
    q ??= '';
    (m ??= import(/* @vite-ignore */ b.dataset.module)).then((s) => { s.open(b, q); q = null; }, () => { m = 0; location.href = u; });
  };
  b.onclick = go;
  d.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.defaultPrevented || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    // Keys typed while the dialog loads are kept and handed to it, so no letter is lost.
    if (q != null && e.key.length == 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { q += e.key; e.preventDefault(); return; }
    if ((e.key == '/' && !e.ctrlKey && !e.metaKey && !e.altKey) || (e.key == 'k' && (e.ctrlKey || e.metaKey))) go(e);
  });
})();
