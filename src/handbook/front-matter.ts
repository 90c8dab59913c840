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

/** The front matter's data as Astro's parser reads it, for files the checker has already passed; none is an empty set of fields. */
export function frontMatterData(source: string): unknown {
  const frontMatter = frontMatterOf(source);
  return isFrontMatter(frontMatter) ? (parseYaml(frontMatter.yaml) ?? {}) : {};
}
