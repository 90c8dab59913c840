const f = document.currentScript.previousElementSibling;
if (!matchMedia('(min-width: 52rem)').matches) f.open = false;
if (location.search.length > 1) f.parentElement.dataset.searchPending = '';
