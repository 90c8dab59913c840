// Runs on the search page right after the filter pane, before the first paint,
// so nothing moves once the page shows.
(() => {
  const filters = document.currentScript.previousElementSibling;
  // On a phone the pane starts closed, so the results are not pushed below a
  // screenful of checkboxes. The width is the one where search.astro puts
  // the pane beside the results.
  if (!matchMedia('(min-width: 52rem)').matches) filters.open = false;
  // A shared link with a query: reserve the results' room (data-search-pending
  // in search.astro), so the footer does not jump down when they arrive.
  if (location.search.length > 1) filters.parentElement.dataset.searchPending = '';
})();
