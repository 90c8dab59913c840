import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve('.');

/**
 * A throwaway copy of the project: code linked, content and worksheets copied,
 * so a test can break a file and run Astro without touching the real tree.
 */
export function makeSandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-sandbox-'));
  for (const name of ['src', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(project, name), join(dir, name));
  }
  for (const name of ['content', 'worksheets']) {
    if (existsSync(join(project, name))) cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  return dir;
}

/** Runs an Astro command in the sandbox; returns its exit status and all it printed. */
export function runAstro(sandbox: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: sandbox,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
