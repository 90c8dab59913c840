// Only the install scripts the project has read may run, each for the version
// read: npm matches an allowScripts entry like "node@22.23.3" against the
// lockfile. A version bump without a new approval would leave the project
// without its Node 22 once npm blocks unreviewed scripts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest: unknown = JSON.parse(readFileSync('package.json', 'utf8'));
const lock: unknown = JSON.parse(readFileSync('package-lock.json', 'utf8'));

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

const packages = Object.entries(field(lock, 'packages') ?? {});
const withScripts = packages.filter(([, entry]) => field(entry, 'hasInstallScript') === true);

describe('install scripts', () => {
  it('are approved for the exact version installed, or denied', () => {
    const approvals = field(manifest, 'allowScripts') ?? {};
    for (const [path, entry] of withScripts) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const pinned = field(approvals, `${name}@${String(field(entry, 'version'))}`);
      const denied = field(approvals, name) === false;
      expect(pinned === true || denied, `${name}: approve it as "${name}@${String(field(entry, 'version'))}": true, or deny it as "${name}": false`).toBe(true);
    }
    expect(withScripts.length).toBeGreaterThan(0);
  });

  it('come from the registry addresses the lockfile records, which pinned approvals need', () => {
    for (const [path, entry] of withScripts) expect(field(entry, 'resolved'), path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
  });
});
