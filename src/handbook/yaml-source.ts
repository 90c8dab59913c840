import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** Where a field sits in a YAML file: its path as a schema reports it. */
export type FieldPath = ReadonlyArray<PropertyKey>;

/** YAML text read as Astro reads it, with the line each field is written on. */
export interface YamlSource {
  data: unknown;
  /** The line of the field at this path, or of the nearest field above it that exists. */
  lineOf(path: FieldPath): number | undefined;
}

/** YAML the reader could not parse: the line and what an author should do. */
export interface YamlSyntaxProblem {
  line: number;
  /** The field on the line, if the line names one. */
  field: string;
  problem: string;
  fix: string;
}

/**
 * Parses YAML text that starts at line `firstLine` of its file (a front
 * matter starts at line 2). The data comes from js-yaml, the parser Astro
 * itself uses, so the checker and the build read every value the same way;
 * positions come from the `yaml` package, which keeps them.
 */
export function readYaml(text: string, firstLine = 1): YamlSource | YamlSyntaxProblem {
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return explainSyntax(error.reason, text.split(/\r?\n/), error.mark.line, firstLine);
  }
  // Positions are needed only to report a problem, and parsing them took most
  // of the checker's time (a build parses every front matter twice): so only then.
  let positions: { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  return {
    data,
    lineOf(path) {
      if (!positions) {
        const lineCounter = new LineCounter();
        positions = { document: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
      }
      const offset = offsetOf(positions.document.contents, path);
      return offset === undefined ? undefined : firstLine - 1 + positions.lineCounter.linePos(offset).line;
    },
  };
}

export function isSyntaxProblem(read: YamlSource | YamlSyntaxProblem): read is YamlSyntaxProblem {
  return 'problem' in read;
}

/**
 * The start of the deepest node on the path: a missing field is placed at the
 * group it belongs in, except at the top, where the first line would say nothing.
 */
function offsetOf(root: YamlNode | null, path: FieldPath): number | undefined {
  let node: unknown = root;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (pair === undefined) return offset;
      if (isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!isNode(item)) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function isNode(value: unknown): value is YamlNode {
  return isMap(value) || isSeq(value) || isScalar(value);
}

/** What js-yaml's terse reasons mean for an author, and what to do about each, at the line that holds the field. */
function explainSyntax(reason: string, lines: readonly string[], reported: number, firstLine: number): YamlSyntaxProblem {
  // The parser notices an unclosed quote or bracket lines later, and an end of text after the last line: go back to where it opens.
  let at = reported;
  while (at > 0 && (lines[at] ?? '').trim() === '') at--;
  const opener = /quoted scalar|multiline key/.test(reason) ? unbalancedQuote : /flow collection/.test(reason) ? unclosedBracket : undefined;
  if (opener !== undefined) {
    const found = lines.slice(0, at + 1).findLastIndex(opener);
    if (found >= 0) at = found;
  }
  const text = lines[at] ?? '';
  const key = keyOn(text) ?? lines.slice(0, at).reverse().map(keyOn).find((found) => found !== undefined);
  const lineOfIndex = (index: number) => firstLine + index;
  return { line: lineOfIndex(at), field: key ?? 'YAML', ...explainReason(reason, lines, at, text, keyOn(text), lineOfIndex) };
}

function keyOn(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s:#"'\[{-][^:]*?)\s*:(?:\s|$)/.exec(line)?.[1];
}

function explainReason(
  reason: string,
  lines: readonly string[],
  at: number,
  text: string,
  key: string | undefined,
  lineOfIndex: (index: number) => number,
): { problem: string; fix: string } {
  if (reason === 'duplicated mapping key') {
    const first = lines.findIndex((line, index) => index < at && key !== undefined && keyOn(line) === key && indentOf(line) === indentOf(text));
    return {
      problem: `the field "${key ?? text.trim()}" is written twice${first >= 0 ? ` (first on line ${lineOfIndex(first)})` : ''}`,
      fix: 'keep one of the two lines, or merge them into one',
    };
  }
  if (reason.startsWith('tab characters')) {
    return { problem: 'this line is indented with a tab', fix: 'indent with spaces; YAML does not accept tabs' };
  }
  if (reason === 'bad indentation of a mapping entry' && key !== undefined && /:\s/.test(text.slice(text.indexOf(':') + 1))) {
    const value = text.slice(text.indexOf(':') + 1).trim();
    return {
      problem: `the value of "${key}" holds ": ", which YAML reads as the start of another field`,
      fix: `put the whole value in double quotes: ${key}: "${value.replaceAll('"', '\\"')}"`,
    };
  }
  if (/within a flow collection|flow collection entries/.test(reason)) {
    return { problem: 'a list in [brackets] or a group in {braces} is not closed', fix: 'close it with ] or } on the same line, or put the value in double quotes if the bracket is part of the text' };
  }
  if (/quoted scalar|multiline key/.test(reason) && unbalancedQuote(text)) {
    return { problem: 'a quoted value is not closed', fix: 'end the value with the same quote mark it starts with; inside double quotes, write \\" for a quote' };
  }
  if (/unexpected end of the stream|deficient indentation|end of the stream or a document separator/.test(reason)) {
    return {
      problem: `YAML cannot read the text here or just above it (${reason})`,
      fix: 'look for a quote or a bracket that is opened but not closed, or a line indented less than the lines around it',
    };
  }
  return {
    problem: `YAML cannot read this line (${reason})`,
    fix: 'write one "field: value" per line, indent lists and groups with spaces, and put a value in double quotes if it holds ": " or starts with a symbol',
  };
}

function unbalancedQuote(line: string): boolean {
  return (line.match(/"/g) ?? []).length % 2 === 1 || (line.match(/(^|[\s:[{,])'/g) ?? []).length > (line.match(/'($|[\s,\]}])/g) ?? []).length;
}

function unclosedBracket(line: string): boolean {
  return (line.match(/[[{]/g) ?? []).length > (line.match(/[\]}]/g) ?? []).length;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
