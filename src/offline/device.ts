/**
 * The page's side of offline use, loaded by src/inline-scripts/device.js on
 * pages the service worker served, and by the offline page:
 * - a quiet line in the footer when the page is stored on the device;
 * - a prompt when a new version of the handbook is ready, which reloads only
 *   once the new version serves every file;
 * - "Keep on this device" on the offline page, and for an installed
 *   handbook, which keeps everything without being asked.
 */
import { adoptStylesheet } from '../styles/adopt-stylesheet';
import css from './device.css?inline';
import { keepPanel } from './keep-panel';
import { isWorkerMessage, type KeepProgress, type PageMessage, type WorkerMessage } from './worker-messages';

/** Absent where the browser offers no service workers (an insecure address, some private windows). */
const container: ServiceWorkerContainer | undefined = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;

function send(worker: ServiceWorker | null | undefined, message: PageMessage): void {
  worker?.postMessage(message);
}

/** Whether this page, at its address, is stored on the device (any query, such as search's ?q=, aside). */
async function isStored(): Promise<boolean> {
  if (!('caches' in window)) return false;
  return (await caches.match(location.href, { ignoreSearch: true })) !== undefined;
}

/** Session storage, where a browser allows it: without it, "Later" lasts for the page only. */
function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSession(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Nothing to keep it in: the bar comes back on the next page.
  }
}

const savedLine = 'This page is saved on this device: it opens without a connection.';

function footerLine(text: string): void {
  const footer = document.querySelector('.site-footer__inner');
  if (!footer) return;
  const line = footer.querySelector<HTMLElement>('.device-line') ?? footer.appendChild(document.createElement('p'));
  line.className = 'device-line';
  line.textContent = text;
}

/** Set when the reader pressed Reload on this page: the change of worker that follows is theirs. */
let acceptedUpdate = false;

/** "Later" holds for the rest of the visit (this tab's session), not only for this page. */
const laterKey = 'handbook-update-later';

/** The update prompt: fixed to the foot of the screen, so it moves nothing on the page, and never takes the focus. */
function offerUpdate(registration: ServiceWorkerRegistration, text: string): void {
  if (document.querySelector('.device-prompt')) return;
  if (readSession(laterKey) === (registration.waiting?.scriptURL ?? '')) return;
  const prompt = document.createElement('section');
  prompt.className = 'device-prompt';
  prompt.setAttribute('aria-label', 'New version');
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.textContent = text;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'control-button control-button--primary';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'control-button';
  later.textContent = 'Later';
  reload.addEventListener('click', () => {
    acceptedUpdate = true;
    reload.disabled = true;
    message.textContent = 'Updating…';
    // The new worker takes over first; the page reloads when it has (controllerchange below).
    if (registration.waiting) send(registration.waiting, { type: 'skip-waiting' });
    else location.reload();
  });
  later.addEventListener('click', () => {
    writeSession(laterKey, registration.waiting?.scriptURL ?? '');
    prompt.remove();
  });
  const actions = document.createElement('div');
  actions.className = 'device-prompt__actions';
  actions.append(reload, later);
  prompt.append(message, actions);
  document.body.append(prompt);
}

function watchForUpdates(workers: ServiceWorkerContainer, registration: ServiceWorkerRegistration): void {
  const whenInstalled = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && workers.controller) offerUpdate(registration, 'A new version of the handbook is ready.');
    };
    worker.addEventListener('statechange', check);
    check();
  };
  whenInstalled(registration.waiting);
  whenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
  // A page the worker did not serve yet (the offline page, on a first visit) gets one when the worker first starts: that is no update.
  let controlled = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    // This page asked for the new version: load it. Another tab did: this
    // page is still the old one, so offer the reload rather than mix versions.
    if (acceptedUpdate) location.reload();
    else offerUpdate(registration, 'The handbook was updated in another tab. Reload this page to use the new version.');
  });
}

function keepEverything(registration: ServiceWorkerRegistration): void {
  send(registration.active, { type: 'keep' });
}

/**
 * An installed handbook keeps everything: the reader chose to have it at
 * hand. Opened as the installed app, it finishes keeping what an earlier
 * start left unstored (the worker's first progress message says what).
 */
function keepIfOpenedInstalled(registration: ServiceWorkerRegistration, progress: KeepProgress): void {
  const installed = matchMedia('(display-mode: standalone)').matches;
  if (installed && !progress.keeping && progress.storedFiles < progress.totalFiles) keepEverything(registration);
}

async function start(): Promise<void> {
  if (!container) {
    keepPanel()?.unsupported();
    return;
  }
  adoptStylesheet(css);
  const panel = keepPanel();
  const registration = await readyWithin(container, 15_000);
  if (!registration) {
    panel?.unsupported();
    return;
  }
  watchForUpdates(container, registration);
  // Listened for at once: waiting for the worker's first message first lost an install made meanwhile.
  window.addEventListener('appinstalled', () => keepEverything(registration));
  if (await isStored()) footerLine(savedLine);

  let firstProgress = true;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message: unknown = event.data;
    if (!isWorkerMessage(message)) return;
    showMessage(message, panel);
    if (message.type === 'progress' && firstProgress) {
      firstProgress = false;
      keepIfOpenedInstalled(registration, message);
    }
  });
  container.startMessages();
  panel?.onKeep(() => keepEverything(registration));
  send(registration.active, { type: 'status' });
}

function showMessage(message: WorkerMessage, panel: ReturnType<typeof keepPanel>): void {
  if (message.type === 'keep-failed') {
    panel?.failed(message.reason, message);
    if (document.querySelector('.device-line')) void isStored().then((stored) => footerLine(stored ? savedLine : 'Saving the handbook on this device stopped.'));
    return;
  }
  panel?.show(message);
  if (message.keeping) footerLine(`Saving the handbook on this device: ${Math.floor((message.storedBytes / message.totalBytes) * 100)}%.`);
  else if (document.querySelector('.device-line')) void isStored().then((stored) => footerLine(stored ? savedLine : 'The handbook is saved on this device.'));
}

/** The active registration, or undefined if none comes in time (a browser that refuses service workers here). */
async function readyWithin(serviceWorkers: ServiceWorkerContainer, ms: number): Promise<ServiceWorkerRegistration | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
  return Promise.race([serviceWorkers.ready, timeout]);
}

void start();
