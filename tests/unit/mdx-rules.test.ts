// The MDX rules: an entry's body is content, not code. Each case is one bad
// line an author (or an attacker with a pull request) might write.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/handbook/errors';
import { frontMatterOf, isFrontMatter } from '../../src/handbook/front-matter';
import { mdxProblems, mdxRuleSummaries } from '../../src/handbook/mdx-rules';
import { textLimitSummaries } from '../../src/handbook/text-limits';
import { smallCatalog } from '../helpers/small-catalog';

const file = 'content/tips/name-the-emotion.mdx';
const frontMatter = '---\ntitle: Name the emotion\n---\n\n';

/** The problems of a body whose bad line is line 5 of the file (after four lines of front matter). */
function problemsOf(body: string): string[] {
  return mdxProblems(file, frontMatter + body, smallCatalog).map(formatProblem);
}

const components = '<Callout>, <Steps>, <SayThis>, <Ref>, <Contact>';

describe('MDX rules', () => {
  it('allow the handbook components and Markdown', () => {
    expect(
      problemsOf(
        [
          'Say it **calmly**, then [read more](https://example.org/guide) or <Ref to="i-message" />.',
          '',
          '<SayThis say="I can help with that." not="Calm down." />',
          '',
          '<Callout type="tip" title="Why">Call <Contact of="security" /> first.</Callout>',
          '',
          '<Steps>',
          '1. Listen.',
          '</Steps>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", `an import or export line is code, not content. Fix: remove it; ${components} work in every entry without importing`],
    ['export const secret = process.env.HOME;', `an import or export line is code, not content. Fix: remove it; ${components} work in every entry without importing`],
    ['The path is {process.env.PATH}.', '"{process.env.PATH}" is code, not content. Fix: write the text itself; to show a brace, write \\{'],
    ['<script>alert(1)</script>', `<script> is not one of the handbook's components. Fix: remove it: a page cannot run scripts, embed other pages or load files`],
    ['<iframe src="https://example.com/"></iframe>', `<iframe> is not one of the handbook's components. Fix: remove it: a page cannot run scripts, embed other pages or load files`],
    ['<img src="https://example.com/track.png" />', `<img> is not one of the handbook's components. Fix: remove it: a page cannot run scripts, embed other pages or load files`],
    ['![A chart](https://example.com/chart.png)', 'a picture in an entry. Fix: describe it in words; pictures are not part of the handbook yet'],
    ['[Click](javascript:alert(1))', 'a link to a "javascript:" or "data:" address runs code. Fix: link to a page or a web address (https://...)'],
    ['<SayThis say="Hi" onClick="steal()" />', '<SayThis> has no attribute "onClick". Fix: remove it; <SayThis> takes only say="..." and not="..."'],
    ['<SayThis say={"Hi"} />', '<SayThis> say is not text in quotes. Fix: write say="..."'],
    ['<SayThis say="Hi" {...props} />', '<SayThis> has an attribute written in braces. Fix: write each attribute as name="text"'],
    ['<Foo />', `<Foo> is not one of the handbook's components. Fix: use ${components}, or plain Markdown`],
    ['Say <b>no</b> kindly.', "<b> is not one of the handbook's components. Fix: for bold, write **words**"],
    ['<a href="https://example.com/">a link</a>', `<a> is not one of the handbook's components. Fix: write [words](https://...) for a web link, or <Ref to="..."> for another entry`],
    ['<!-- check this with Sam -->', 'a comment cannot be part of a page. Fix: remove it; keep notes for other authors outside content/ (in the commit message, for example)'],
    ['{/* check this with Sam */}', 'a comment cannot be part of a page. Fix: remove it; keep notes for other authors outside content/ (in the commit message, for example)'],
    ['<Ref />', '<Ref> needs to="...". Fix: name the entry, such as <Ref to="i-message" />'],
    ['<Ref to="nope" />', '<Ref to="nope"> names no entry. Fix: use the file name of an entry in content/ without ".mdx", such as "i-message"'],
    ['<Ref to="i-mesage" />', '<Ref to="i-mesage"> names no entry. Fix: did you mean "i-message"?'],
    ['Call {security} now.', '"{security}" names a contact, but braces name contacts only in firstSteps, say and worksheets. Fix: write <Contact of="security" /> in a page\'s text'],
    ['# A second title', 'a "# " heading: the page title is already the only top heading. Fix: start headings at "## " (and "### " under them)'],
    ['Say <SayThis say="Hi"', 'MDX cannot read the text here (Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)). Fix: close every tag (end it with /> or with </Name>), and write \\< or \\{ for a plain < or {'],
    ['<Contact of="boss" />', '<Contact of="boss"> names no contact. Fix: use one of organization, emergency, security, handOff'],
    ['<Callout type="danger">Careful.</Callout>', '<Callout type="danger"> is not a kind of callout. Fix: use one of tip, note, warning, or leave type out for a note'],
  ])('refuse %s, naming the file, the line and what to write instead', (body, message) => {
    expect(problemsOf(body)).toEqual([`${file}:5: body: ${message}.`]);
  });
});

describe('the file around the body', () => {
  const frontMatterProblem = (source: string) => {
    const found = frontMatterOf(source);
    return isFrontMatter(found) ? '' : formatProblem({ file, ...found });
  };

  it('says the front matter is missing, not that every field is', () => {
    expect(frontMatterProblem('title: Name the emotion\n\nText.')).toBe(
      `${file}:1: front matter: the file does not start with front matter. Fix: make the first line "---", then the fields (title: ..., summary: ...), then a line "---".`,
    );
  });

  it('says the front matter is not closed', () => {
    expect(frontMatterProblem('---\ntitle: Name the emotion\n\nText.')).toBe(
      `${file}:1: front matter: the front matter has no closing "---" line. Fix: add a line "---" after the last field, before the text of the page.`,
    );
  });

  it('finds the front matter after a byte-order mark and with Windows line ends', () => {
    expect(frontMatterOf('\uFEFF---\r\ntitle: Name it\r\n---\r\nText.')).toEqual({ yaml: 'title: Name it', firstLine: 2 });
  });

  it('refuses an entry longer than a reader finishes', () => {
    expect(problemsOf('Listen. '.repeat(2600))).toEqual([
      `${file}: body: the entry has 20,833 characters, more than a reader finishes (20,000). Fix: split it into two entries that link to each other with <Ref>.`,
    ]);
  });
});

describe('content/README.md', () => {
  it('lists every MDX rule the checker enforces, word for word', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    for (const rule of mdxRuleSummaries) expect(readme).toContain(`- ${rule}\n`);
  });

  it('states every text limit the checker enforces, with its number', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    for (const limit of textLimitSummaries) expect(readme).toContain(`- ${limit}\n`);
  });
});
