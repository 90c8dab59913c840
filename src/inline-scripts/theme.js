(() => {
  const root = document.documentElement;
  const dark = matchMedia('(prefers-color-scheme: dark)');
  // Shows the theme toggle (ThemeToggle.astro), which needs this script.
  root.dataset.scripted = '';
  let stored;
  try { stored = localStorage.getItem('theme'); } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const current = () => root.dataset.theme || (dark.matches ? 'dark' : 'light');
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
  };
  document.addEventListener('DOMContentLoaded', sync);
  dark.addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = current() === 'dark' ? 'light' : 'dark';
    // Choosing what the system shows is choosing the system: the page follows
    // it again, so a reader who tried the other theme has a way back.
    const follow = (next === 'dark') === dark.matches;
    if (follow) delete root.dataset.theme;
    else root.dataset.theme = next;
    try { localStorage[follow ? 'removeItem' : 'setItem']('theme', next); } catch {}
    sync();
  });
})();
