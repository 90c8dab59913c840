import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve('.');
const made = new Set<string>();

/**
 * A throwaway copy of the project: packages and config linked, source,
 * content and worksheets copied, so a test can break a file and run Astro
 * without touching the real tree. src/ is copied, not linked: Vite resolves a
 * linked src/ to its real path, and a full build then fails to match its
 * compiled pages to the sandbox's root.
 */
export function makeSandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-sandbox-'));
  made.add(dir);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(project, name), join(dir, name));
  }
  // Each package linked, but a node_modules/ of its own: Astro keeps its
  // content cache in node_modules/.astro/, which builds running side by side
  // (or with other content) must not share.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const name of ['src', 'content', 'worksheets']) {
    if (existsSync(join(project, name))) cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  return dir;
}

/** Deletes every sandbox this process made; a test file calls it in afterAll so /tmp does not fill up. */
export function removeSandboxes(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/**
 * What Vitest puts in a test's environment for import.meta.env. A child Astro
 * inheriting BASE_URL=/ builds every link at the root, whatever BASE_PATH says.
 */
const vitestEnvNames = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs an Astro command in the sandbox; returns its exit status and all it printed. */
export function runAstro(sandbox: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestEnvNames.has(name)));
  const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: sandbox,
    env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
