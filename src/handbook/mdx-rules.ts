import { mdxToMdast } from 'satteri';
import { authorComponentAttributes, authorComponentNames, calloutTypes, type AuthorComponentName } from '../components/mdx/names';
import { nearest } from './author-errors';
import type { Catalog } from './catalog';
import type { HandbookProblem } from './errors';
import { textLimits } from './text-limits';
import { contactKeys } from './workplace';

/**
 * MDX as content, not code. An entry's body is Markdown plus the handbook's
 * own components; MDX would also run imports, exports and {...} expressions at
 * build time (reading the build machine's files and environment into a page)
 * and pass raw <script>, <iframe> or a remote <img> through to readers. These
 * rules allow the content and refuse the code, each problem naming the file,
 * the line and what to write instead. The same function serves the quick unit
 * check and the build (src/content.config.ts).
 */
export function mdxProblems(file: string, source: string, catalog: Catalog): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  const add = (node: unknown, problem: string, fix: string) => problems.push({ file, ...lineOf(node), field: 'body', problem, fix });
  if (source.length > textLimits.entryLength) {
    problems.push({
      file,
      field: 'body',
      problem: `the entry has ${source.length.toLocaleString('en-US')} characters, more than a reader finishes (${textLimits.entryLength.toLocaleString('en-US')})`,
      fix: 'split it into two entries that link to each other with <Ref>',
    });
  }
  const tree = parsed(source);
  if (typeof tree === 'string') {
    const line = /^(\d+):/.exec(tree)?.[1];
    if (tree.includes('to create a comment in MDX')) {
      return [...problems, { file, ...(line === undefined ? {} : { line: Number(line) }), field: 'body', ...commentProblem }];
    }
    return [
      ...problems,
      {
        file,
        ...(line === undefined ? {} : { line: Number(line) }),
        field: 'body',
        problem: `MDX cannot read the text here (${tree.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')})`,
        fix: 'close every tag (end it with /> or with </Name>), and write \\< or \\{ for a plain < or {',
      },
    ];
  }
  visit(tree, (node) => {
    switch (read(node, 'type')) {
      case 'mdxjsEsm':
        add(node, 'an import or export line is code, not content', `remove it; ${componentList} work in every entry without importing`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(read(node, 'value') ?? '');
        const contact = contactKeys.find((key) => key === code.trim());
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) add(node, commentProblem.problem, commentProblem.fix);
        else if (contact !== undefined) add(node, `"{${code}}" names a contact, but braces name contacts only in firstSteps, say and worksheets`, `write <Contact of="${contact}" /> in a page's text`);
        else add(node, `"{${code}}" is code, not content`, 'write the text itself; to show a brace, write \\{');
        break;
      }
      case 'heading':
        if (read(node, 'depth') === 1) add(node, 'a "# " heading: the page title is already the only top heading', 'start headings at "## " (and "### " under them)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, catalog, add);
        break;
      case 'link':
      case 'definition':
        if (isScriptUrl(read(node, 'url'))) add(node, 'a link to a "javascript:" or "data:" address runs code', 'link to a page or a web address (https://...)');
        break;
      case 'image':
        add(node, 'a picture in an entry', 'describe it in words; pictures are not part of the handbook yet');
        break;
      case 'html':
        add(node, 'raw HTML is code, not content', `write Markdown, or use ${componentList}`);
        break;
    }
  });
  return problems;
}

/** The rules as content/README.md lists them, word for word (a unit test compares the two). */
export const mdxRuleSummaries = [
  'No `import` or `export` lines: the components work without them.',
  'No `{...}` expressions: write the text itself; to show a brace, write `\\{`.',
  'No tags but the components above: no `<script>`, `<style>`, `<iframe>`, `<img>` or other HTML.',
  'Attributes only as `name="text"`, and only those each component takes: no `on...` handlers, no `{...}`.',
  '`<Ref to>` names an entry, `<Contact of>` a contact, `<Callout type>` is tip, note or warning.',
  'No pictures, and no links to `javascript:` or `data:` addresses.',
  'Headings start at `##`: the page title is the only `#` heading.',
  'No comments (`<!-- -->` or `{/* */}`): keep notes for other authors outside `content/`.',
] as const;

const componentList = authorComponentNames.map((name) => `<${name}>`).join(', ');

/** Notes to other authors have no place in a page a reader may see the source of. */
const commentProblem = {
  problem: 'a comment cannot be part of a page',
  fix: 'remove it; keep notes for other authors outside content/ (in the commit message, for example)',
};

/** What to write instead of the HTML tags an author is most likely to try. */
const htmlInstead: Array<[RegExp, string]> = [
  [/^(b|strong)$/, 'for bold, write **words**'],
  [/^(i|em)$/, 'for italics, write *words*'],
  [/^a$/, 'write [words](https://...) for a web link, or <Ref to="..."> for another entry'],
  [/^h[1-6]$/, 'start a heading with "## "'],
  [/^(ul|ol|li)$/, 'write a list as lines starting with "- ", or <Steps> for numbered steps'],
  [/^(p|br|div|span)$/, 'leave a blank line between paragraphs; no tag is needed'],
  [/^(script|style|iframe|object|embed|img|video|audio|link|meta|form|input)$/, 'remove it: a page cannot run scripts, embed other pages or load files'],
];

type Report = (node: unknown, problem: string, fix: string) => void;

function checkElement(node: unknown, catalog: Catalog, add: Report): void {
  const name = read(node, 'name');
  const component = authorComponentNames.find((known) => known === name);
  if (component === undefined) {
    const what = typeof name === 'string' && name !== '' ? `<${name}>` : 'a fragment <>';
    const instead = htmlInstead.find(([tags]) => typeof name === 'string' && tags.test(name.toLowerCase()))?.[1];
    add(node, `${what} is not one of the handbook's components`, instead ?? `use ${componentList}, or plain Markdown`);
    return;
  }
  const { required, optional } = authorComponentAttributes[component];
  const allowed: readonly string[] = [...required, ...optional];
  const attributes = new Map<string, unknown>();
  const written = new Set<string>();
  for (const attribute of list(read(node, 'attributes'))) {
    const attributeName = read(attribute, 'name');
    if (read(attribute, 'type') !== 'mdxJsxAttribute' || typeof attributeName !== 'string') {
      add(node, `<${component}> has an attribute written in braces`, 'write each attribute as name="text"');
      continue;
    }
    if (!allowed.includes(attributeName)) {
      add(
        node,
        `<${component}> has no attribute "${attributeName}"`,
        `remove it; <${component}> ${allowed.length === 0 ? 'takes no attributes' : `takes only ${allowed.map((a) => `${a}="..."`).join(' and ')}`}`,
      );
      continue;
    }
    written.add(attributeName);
    const value = read(attribute, 'value');
    if (typeof value !== 'string') {
      add(node, `<${component}> ${attributeName} is not text in quotes`, `write ${attributeName}="..."`);
      continue;
    }
    attributes.set(attributeName, value);
  }
  for (const needed of required) {
    if (!written.has(needed)) add(node, `<${component}> needs ${needed}="..."`, requiredFix(component, needed));
  }
  const value = (attribute: string) => attributes.get(attribute);
  const to = value('to');
  if (component === 'Ref' && typeof to === 'string' && !catalog.entries.has(to)) {
    const guess = nearest(to, [...catalog.entries.keys()]);
    add(node, `<Ref to="${to}"> names no entry`, guess === undefined ? 'use the file name of an entry in content/ without ".mdx", such as "i-message"' : `did you mean "${guess}"?`);
  }
  const of = value('of');
  if (component === 'Contact' && typeof of === 'string' && !contactKeys.some((key) => key === of)) {
    add(node, `<Contact of="${of}"> names no contact`, `use one of ${contactKeys.join(', ')}`);
  }
  const type = value('type');
  if (component === 'Callout' && typeof type === 'string' && !calloutTypes.some((known) => known === type)) {
    add(node, `<Callout type="${type}"> is not a kind of callout`, `use one of ${calloutTypes.join(', ')}, or leave type out for a note`);
  }
}

function requiredFix(component: AuthorComponentName, attribute: string): string {
  if (component === 'Ref') return 'name the entry, such as <Ref to="i-message" />';
  if (component === 'Contact') return `name the contact, such as <Contact of="security" /> (one of ${contactKeys.join(', ')})`;
  return `write the sentence, such as <SayThis ${attribute}="I can help with that today." />`;
}

/** Addresses that run code when followed; web and page addresses are fine. */
function isScriptUrl(url: unknown): boolean {
  return typeof url === 'string' && /^\s*(javascript|data|vbscript):/i.test(url);
}

/** The parsed tree, or the parser's message when the text is not valid MDX. */
function parsed(source: string): unknown {
  try {
    return mdxToMdast(source);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function visit(node: unknown, each: (node: unknown) => void): void {
  each(node);
  for (const child of list(read(node, 'children'))) visit(child, each);
}

function lineOf(node: unknown): { line?: number } {
  const line = read(read(read(node, 'position'), 'start'), 'line');
  return typeof line === 'number' ? { line } : {};
}

/** A property of a parsed node, whatever its shape: the tree comes from a native parser. */
function read(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
