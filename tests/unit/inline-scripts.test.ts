// The inline scripts pages carry: written to be read, minified by the build,
// and hashed for the CSP from the same minified bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/integrations/content-security-policy';
import { inlineScriptFiles, minifiedScript } from '../../src/integrations/inline-scripts';

const scratch = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('inline scripts', () => {
  const files = inlineScriptFiles();

  it('finds the device script, the 404 page\'s query, the filter pane script, the search opener and the theme script', () => {
    expect(files.map((file) => file.pathname.split('/').pop())).toEqual(['device.js', 'not-found-query.js', 'search-filters.js', 'search-opener.js', 'theme.js']);
  });

  it.each(files.map((file) => [file.pathname.split('/').pop(), file] as const))('minifies %s to a smaller script that still parses, without its comments', (_, file) => {
    const source = readFileSync(file, 'utf8');
    const code = minifiedScript(file);
    expect(code.length).toBeLessThan(source.length);
    expect(code).not.toMatch(/(^|[^:])\/\/ |\/\*/);
    expect(() => new Function(code)).not.toThrow();
  });

  it('hashes for the CSP the minified text that pages carry, not the source', () => {
    const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    const hashes = inlineScriptHashes();
    expect(hashes).toEqual(files.map((file) => sha256(minifiedScript(file))));
    for (const file of files) expect(hashes).not.toContain(sha256(readFileSync(file, 'utf8')));
  });

  it('names the file when a script does not parse', () => {
    const broken = join(scratch, 'broken.js');
    writeFileSync(broken, '(() => { const = 1; })();\n');
    expect(() => minifiedScript(pathToFileURL(broken))).toThrow(`${broken} could not be minified`);
  });
});
