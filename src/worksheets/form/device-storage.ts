/**
 * The browser's local storage, as something that can fail: in a private
 * window, with storage blocked, or when it is full. Every call says whether
 * it worked, so the page can tell the reader before anything is lost.
 */
export interface DeviceStorage {
  /** False when the browser keeps nothing (blocked or unavailable). */
  readonly available: boolean;
  read(key: string): string | null;
  /** True if the value is now stored. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

export function deviceStorage(): DeviceStorage {
  let storage: Storage | undefined;
  try {
    // Reading the property itself throws where storage is blocked.
    storage = window.localStorage;
    const probe = 'frontline-handbook:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch {
    storage = undefined;
  }
  return {
    available: storage !== undefined,
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (storage === undefined) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        // Full (QuotaExceededError) or blocked since the page loaded.
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: the value was not removable, and the page says what it keeps.
      }
    },
  };
}
