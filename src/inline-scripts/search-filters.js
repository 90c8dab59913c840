// Runs on the search page right after the filter pane, before the first paint,
// so nothing moves once the page shows and nothing typed is lost.
(() => {
  const filters = document.currentScript.previousElementSibling;
  const params = new URLSearchParams(location.search);
  // The filters only work with JavaScript: without it they stay hidden.
  filters.hidden = false;
  // On a phone the pane starts closed, so the results are not pushed below a
  // screenful of checkboxes. The width is the one where search.astro puts
  // the pane beside the results.
  if (!matchMedia('(min-width: 52rem)').matches) filters.open = false;
  // The query of a shared link shows at once, not when the search script
  // has loaded; the reader can go on typing, and that script keeps what the
  // field holds. The field's maxlength does not apply to a value set here.
  const field = document.querySelector('[data-search-input]');
  const query = params.get('q');
  if (field && query && field.value === '') field.value = query.slice(0, field.maxLength);
  // A shared link with a query: reserve the results' room (data-search-pending
  // in search.astro), so the footer does not jump down when they arrive.
  if (location.search.length > 1) filters.parentElement.dataset.searchPending = '';
})();
