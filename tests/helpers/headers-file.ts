import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ParsedRule {
  path: string;
  headers: Array<[string, string]>;
}

/** Reads a Netlify / Cloudflare Pages `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The rules of `<siteDir>/_headers`, or none when the build wrote no such file. */
export function readHeadersFile(siteDir: string): ParsedRule[] {
  const file = join(siteDir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** A rule's path matches exactly, or up to a trailing `*` (which may match nothing, as `/tools/*` matches `/tools/`). */
export function ruleMatches(rulePath: string, pathname: string): boolean {
  return rulePath.endsWith('*') ? pathname.startsWith(rulePath.slice(0, -1)) : rulePath === pathname;
}

/**
 * The headers a host sends for `pathname`: every matching rule's, a header
 * named by several rules joined with ", " (both hosts do this).
 */
export function headersFor(rules: ParsedRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
