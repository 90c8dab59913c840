// Every page carries this script, at the end of <body>. It does three things:
// - admits the two scripts the site starts by URL, the service worker and
//   Pagefind's worker, through the Trusted Types policy the CSP requires
//   (src/integrations/content-security-policy.ts), and nothing else;
// - once the page has loaded, registers the service worker
//   (src/offline/service-worker.ts), so a first visit is not slowed by it;
// - on a page the service worker served, imports the device module
//   (src/offline/device.ts): the offline marker and the update prompt. It
//   comes from the device then, so a first view loads no script.
(() => {
  const { workers, module } = document.currentScript.dataset;
  const allowed = workers.split(' ').map((path) => new URL(path, location.href).href);
  const types = window.trustedTypes;
  if (types && !types.defaultPolicy) {
    types.createPolicy('default', { createScriptURL: (url) => (allowed.includes(new URL(url, location.href).href) ? url : null) });
  }
  const container = navigator.serviceWorker;
  if (!container) return;
  if (container.controller) import(module);
  addEventListener('load', () => container.register(allowed[0]).catch(() => {}));
})();
