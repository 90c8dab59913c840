import { load as parseYaml } from 'js-yaml';

/** Splits a Markdown file into its YAML front matter and body, as Astro reads it. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}
