import { offlinePagePath } from './offline-files';
import type { KeepProgress, WorkerMessage } from './worker-messages';

type FailureReason = Extract<WorkerMessage, { type: 'keep-failed' }>['reason'];

/** The offline page's "Keep on this device" box, driven by the service worker's messages. */
export interface KeepPanel {
  show(progress: KeepProgress): void;
  failed(reason: FailureReason, progress: KeepProgress): void;
  unsupported(): void;
  onKeep(action: () => void): void;
}

/** "12.4 MB" or "850 KB": what a reader compares with their data plan. */
export function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const failures: Record<FailureReason, string> = {
  offline: 'Saving stopped: you seem to be offline. What was saved stays on this device; press the button again when you are back online.',
  newer: 'A new version of the handbook came out while saving. Reload with the bar at the foot of the screen, then keep it again.',
  storage: 'This device has no room left for the handbook. Free some space, then press the button again.',
};

/** The box, if this is the offline page; undefined on any other page. */
export function keepPanel(): KeepPanel | undefined {
  const root = document.querySelector<HTMLElement>('[data-keep]');
  const status = root?.querySelector<HTMLElement>('[data-keep-status]');
  const bar = root?.querySelector<HTMLProgressElement>('[data-keep-progress]');
  const button = root?.querySelector<HTMLButtonElement>('[data-keep-button]');
  if (!root || !status || !bar || !button) return undefined;
  status.hidden = false;
  showMissingPage();

  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const showBar = (progress: KeepProgress) => {
    const { storedBytes, totalBytes, storedFiles, totalFiles, keeping } = progress;
    bar.hidden = !keeping;
    bar.max = totalBytes;
    bar.value = storedBytes;
    button.hidden = keeping || storedFiles === totalFiles;
    button.textContent = `Keep on this device (${formatBytes(totalBytes - storedBytes)})`;
  };

  return {
    show(progress) {
      showBar(progress);
      const { storedBytes, totalBytes, storedFiles, totalFiles, keeping } = progress;
      // The status is read aloud at each change: every tenth of the way is news, every file is not.
      const tenth = Math.floor((storedBytes / totalBytes) * 10) * 10;
      if (keeping) say(`Saving… ${tenth}% (${formatBytes((totalBytes * tenth) / 100)} of ${formatBytes(totalBytes)}). You can go on reading meanwhile.`);
      else if (storedFiles === totalFiles) say(`Everything is on this device (${formatBytes(totalBytes)}): every page, search and every PDF open without a connection.`);
      else say(`${formatBytes(storedBytes)} of the handbook is on this device. Keeping the rest downloads ${formatBytes(totalBytes - storedBytes)}, for ${formatBytes(totalBytes)} in all.`);
    },
    failed(reason, progress) {
      showBar(progress);
      say(failures[reason]);
    },
    unsupported() {
      bar.hidden = true;
      button.hidden = true;
      say('This browser cannot keep the handbook for offline use here (a private window may be why). Every page still works while you are online.');
    },
    onKeep(action) {
      button.addEventListener('click', () => {
        // The button goes while saving: the focus moves to what replaces it.
        status.tabIndex = -1;
        status.focus();
        button.hidden = true;
        bar.hidden = false;
        say('Saving…');
        // Ask that the browser not clear what is kept when space runs low; it decides, and may say no.
        void navigator.storage?.persist?.().catch(() => false);
        action();
      });
    },
  };
}

/**
 * The service worker shows this page in place of one that is not on the
 * device while the reader is offline: say so above everything else.
 */
function showMissingPage(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline-missing]');
  const home = document.querySelector<HTMLAnchorElement>('[data-offline-home]');
  const asked = document.querySelector<HTMLElement>('[data-offline-address]');
  const retry = document.querySelector<HTMLAnchorElement>('[data-offline-retry]');
  if (!notice || !home || !asked || !retry) return;
  const offlinePage = new URL(offlinePagePath, home.href).pathname;
  if (location.pathname === offlinePage) return;
  asked.textContent = decodeURI(location.pathname);
  retry.href = location.href;
  notice.hidden = false;
}
