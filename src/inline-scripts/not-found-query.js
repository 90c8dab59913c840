// Runs on the "page not found" page right after its search form: fills the
// field with the words of the address that was not found, so a reader who
// followed a broken link or mistyped an address can search for it at once.
(() => {
  const form = document.currentScript.previousElementSibling;
  const field = form.querySelector('input[name="q"]');
  // The form goes to <base>search/: what comes before is the site's base path.
  const base = new URL(form.action).pathname.replace(/search\/$/, '');
  let path = location.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: use the address as it is.
  }
  if (path.startsWith(base)) path = path.slice(base.length);
  // Folder names and file endings say nothing about what the reader wanted.
  const noise = /^(situations|tools|tips|case|studies|scenarios|worksheets|workshops|pdf|index|html?|php|aspx?|a4|letter|\d+)$/i;
  const words = path.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '' && !noise.test(word));
  if (field.value === '') field.value = words.join(' ').slice(0, field.maxLength);
})();
