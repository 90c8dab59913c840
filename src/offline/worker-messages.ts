// No imports: the service worker and the page's device module share these.

/** What a page asks of the service worker. */
export type PageMessage =
  /** Start (or resume) keeping every file of the handbook on the device. */
  | { type: 'keep' }
  /** How much is kept; answered with a `progress` message to the asking page. */
  | { type: 'status' }
  /** The reader accepted the new version: the waiting worker takes over. */
  | { type: 'skip-waiting' };

/** How much of the handbook is on the device. */
export interface KeepProgress {
  storedFiles: number;
  totalFiles: number;
  storedBytes: number;
  totalBytes: number;
  /** Whether "Keep on this device" is running now. */
  keeping: boolean;
}

/** What the service worker tells pages. */
export type WorkerMessage =
  | ({ type: 'progress' } & KeepProgress)
  /**
   * Keeping stopped before the end: `offline` when the network went, `newer`
   * when the server has a newer build (the update prompt follows), `storage`
   * when the device refused to store more.
   */
  | ({ type: 'keep-failed'; reason: 'offline' | 'newer' | 'storage' } & KeepProgress);

export function isPageMessage(data: unknown): data is PageMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return data.type === 'keep' || data.type === 'status' || data.type === 'skip-waiting';
}

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return data.type === 'progress' || data.type === 'keep-failed';
}
