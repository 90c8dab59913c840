import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './built-pages';
import { isCoreFile, isNotOfflineFile, offlineUrl, type OfflineFile } from '../offline/offline-files';

/** Larger than any file of the handbook (the largest is the packet maker's font code, 0.4 MB): a file past it is a mistake to catch. */
const largestOfflineFile = 4 * 1024 * 1024;

/** Where the worker reads its list of files: Workbox's name for it, which its types declare. */
const fileListMark = 'self.__WB_MANIFEST';

/**
 * Every file of the build a reader may keep, by path, each read once for
 * its revision (MD5, as Workbox makes it) and its integrity. Listed here, not
 * by Workbox's build tools: loading them and listing the files with them
 * took 0.7 s of every build.
 */
export function offlineFiles(site: string, base: string): OfflineFile[] {
  return builtFiles(site)
    .filter((path) => !isNotOfflineFile(path))
    .map((path) => {
      const content = readFileSync(join(site, path));
      if (content.byteLength > largestOfflineFile) {
        throw new Error(`The service worker's file list: ${path} is ${(content.byteLength / 1024 / 1024).toFixed(1)} MB, over ${largestOfflineFile / 1024 / 1024} MB. Make it smaller, or raise largestOfflineFile in src/integrations/offline-file-list.ts if it is meant to be that large.`);
      }
      const revision = createHash('md5').update(content).digest('hex');
      const integrity = `sha256-${createHash('sha256').update(content).digest('base64')}`;
      return { url: offlineUrl(path, base), revision, integrity, bytes: content.byteLength, core: isCoreFile(path) };
    });
}

/** The bundled worker with its list of files where it reads them: exactly one place, or the worker would not know its files. */
export function withFileList(worker: string, files: readonly OfflineFile[]): string {
  const places = worker.split(fileListMark).length - 1;
  if (places !== 1) {
    throw new Error(`The bundled service worker reads ${fileListMark} in ${places} places, not one: src/offline/service-worker.ts must read its list of files once, as \`const files = ${fileListMark}...\`.`);
  }
  // Keys in one order, so the same build writes the same worker.
  const list = JSON.stringify(files.map(({ bytes, core, integrity, revision, url }) => ({ bytes, core, integrity, revision, url })));
  return worker.replace(fileListMark, () => list);
}
