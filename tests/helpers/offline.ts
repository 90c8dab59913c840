import { readFileSync } from 'node:fs';
import { isOfflineFile, type OfflineFile } from '../../src/offline/offline-files.ts';

/** The list of files Workbox wrote into a built service worker, read back from the file. */
export function workerList(file: string): OfflineFile[] {
  const code = readFileSync(file, 'utf8');
  const match = /(\[\{"bytes":.*?\}\])/s.exec(code);
  if (!match?.[1]) throw new Error(`${file} holds no list of files: was it built by src/integrations/service-worker.ts?`);
  const list: unknown = JSON.parse(match[1]);
  if (!Array.isArray(list) || !list.every(isOfflineFile)) throw new Error(`${file}: the list of files has an entry without url, revision, integrity, bytes or core.`);
  return list;
}
