if (!matchMedia('(min-width: 52rem)').matches) document.currentScript.previousElementSibling.open = false;
