import { load as parseYaml } from 'js-yaml';
import type { HandbookProblem } from './errors';

/** An entry's front matter as written: its YAML text and the file line that text starts on. */
export interface FrontMatter {
  yaml: string;
  firstLine: number;
}

/** The front matter, or what is wrong with its opening and closing "---" lines. */
export function frontMatterOf(source: string): FrontMatter | Omit<HandbookProblem, 'file'> {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      line: 1,
      field: 'front matter',
      problem: 'the file does not start with front matter',
      fix: 'make the first line "---", then the fields (title: ..., summary: ...), then a line "---"',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing < 0) {
    // Without its closing line, a parser would report every field as missing, which sends an author the wrong way.
    return { line: 1, field: 'front matter', problem: 'the front matter has no closing "---" line', fix: 'add a line "---" after the last field, before the text of the page' };
  }
  return { yaml: lines.slice(1, closing).join('\n'), firstLine: 2 };
}

export function isFrontMatter(value: FrontMatter | Omit<HandbookProblem, 'file'>): value is FrontMatter {
  return 'yaml' in value;
}

/** Splits a Markdown file into its YAML front matter and body, as Astro reads it. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}
