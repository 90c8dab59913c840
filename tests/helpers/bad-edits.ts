import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bad edits of the reliability review (../shared/reviews/2026-12-reliability.md,
 * "Bad authoring input") and of the rules added since, one file each, so that
 * all of them fit in one copy of the handbook: the unit test runs the checker
 * over that copy, the build test runs `astro sync` over it, and both look for
 * every message. Each message is the project's own, pinned word for word,
 * with the file and the line an editor opens.
 */
export interface BadEdit {
  name: string;
  /** Breaks one file (or adds one) under a copy's root. */
  apply(root: string): void;
  /** The line the checker prints, relative to the root. */
  message: string;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/**
 * Writes `key: value` as the first field (line 2 of an entry, line 1 of a
 * worksheet), and removes the field where it was, with any lines indented
 * under it, so each message's line does not depend on the file's content.
 */
function setField(root: string, file: string, key: string, value: string | undefined): void {
  edit(root, file, (text) => {
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.startsWith(`${key}:`));
    if (start >= 0) {
      let end = start + 1;
      while (end < lines.length && /^(\s+\S|- )/.test(lines[end] ?? '')) end++;
      lines.splice(start, end - start);
    }
    if (value !== undefined) lines.splice(file.endsWith('.mdx') ? 1 : 0, 0, `${key}: ${value}`);
    return lines.join('\n');
  });
}

const appendBody = (root: string, file: string, body: string) => edit(root, file, (text) => `${text.trimEnd()}\n\n${body}\n`);

/** The line an appended body line lands on. */
function lastLine(root: string, file: string): number {
  return readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length;
}

/** A situation many files name; the case that deletes it expects each of them to be reported. */
export const deletedSituation = 'its-escalating';

export const badEdits: BadEdit[] = [
  {
    name: 'an unclosed quote in front matter',
    apply: (root) => setField(root, 'content/tips/use-their-name.mdx', 'title', '"Use their name'),
    message:
      'content/tips/use-their-name.mdx:2: title: a quoted value is not closed. Fix: end the value with the same quote mark it starts with; inside double quotes, write \\" for a quote.',
  },
  {
    name: 'no closing --- line',
    apply: (root) => edit(root, 'content/tips/smile-in-your-voice.mdx', (text) => text.replace(/\n---\n/, '\n\n')),
    message:
      'content/tips/smile-in-your-voice.mdx:1: front matter: the front matter has no closing "---" line. Fix: add a line "---" after the last field, before the text of the page.',
  },
  {
    name: 'no front matter at all (an empty .mdx)',
    apply: (root) => writeFileSync(join(root, 'content/tips/an-empty-tip.mdx'), ''),
    message:
      'content/tips/an-empty-tip.mdx:1: front matter: the file does not start with front matter. Fix: make the first line "---", then the fields (title: ..., summary: ...), then a line "---".',
  },
  {
    name: 'a misspelt field',
    apply: (root) => edit(root, 'content/tips/paraphrase-lightly.mdx', (text) => text.replace(/^summary:/m, 'summay:')),
    message:
      'content/tips/paraphrase-lightly.mdx:3: summay: unknown field "summay". Fix: write "summary" for "summay"; the fields here are title, summary, sources, channels, featured, order, generalAdvice, related, situations.',
  },
  {
    name: 'an unknown field',
    apply: (root) => setField(root, 'content/tips/noisy-environment.mdx', 'author', 'Pat'),
    message:
      'content/tips/noisy-environment.mdx:2: author: unknown field "author". Fix: check the spelling, or remove it; the fields here are title, summary, sources, channels, featured, order, generalAdvice, related, situations.',
  },
  {
    name: 'a missing title',
    apply: (root) => setField(root, 'content/tips/give-a-heads-up.mdx', 'title', undefined),
    message: 'content/tips/give-a-heads-up.mdx: title: this field is missing. Fix: add it: it takes text.',
  },
  {
    name: 'featured: "yes"',
    apply: (root) => setField(root, 'content/tips/light-up-the-room.mdx', 'featured', '"yes"'),
    message: 'content/tips/light-up-the-room.mdx:2: featured: expected true or false, found the text "yes". Fix: write true or false, without quotes.',
  },
  {
    name: 'order: 1.5',
    apply: (root) => setField(root, 'content/tips/pygmalion-effect.mdx', 'order', '1.5'),
    message: 'content/tips/pygmalion-effect.mdx:2: order: expected a whole number, found the number 1.5. Fix: write a whole number without quotes, such as 3.',
  },
  {
    name: 'situations as one string',
    apply: (root) => setField(root, 'content/tips/fatigue-and-sleep.mdx', 'situations', 'your-own-stress'),
    message:
      'content/tips/fatigue-and-sleep.mdx:2: situations: expected a list, found the text "your-own-stress". Fix: write a list, such as [first, second], or one "- item" per line.',
  },
  {
    name: 'a date where text goes',
    apply: (root) => setField(root, 'content/tips/complaints-are-a-gift.mdx', 'title', '2024-01-01'),
    message:
      'content/tips/complaints-are-a-gift.mdx:2: title: expected text, found the date 2024-01-01 (YAML reads an unquoted date as a date, not text). Fix: write text; put it in quotes if it starts with a symbol or looks like a number or a date.',
  },
  {
    name: 'an unknown related entry',
    apply: (root) => setField(root, 'content/tips/customer-understanding.mdx', 'related', '[active-listning, i-message]'),
    message:
      'content/tips/customer-understanding.mdx:2: related item 1: unknown related entry "active-listning". Fix: did you mean "active-listening"? Otherwise name an existing entry by its file name without extension, for example "i-message".',
  },
  {
    name: 'an unknown source',
    apply: (root) => setField(root, 'content/tips/reasons-before-disagreeing.mdx', 'sources', '[gibbs]'),
    message:
      'content/tips/reasons-before-disagreeing.mdx:2: sources item 1: unknown source "gibbs". Fix: use a key defined in content/sources.yaml',
  },
  {
    name: 'a 161-character summary',
    apply: (root) => setField(root, 'content/tips/define-success-differently.mdx', 'summary', `"${'Listen first. '.repeat(12)}ok"`),
    message: 'content/tips/define-success-differently.mdx:2: summary: the summary is longer than 160 characters. Fix: cut it to one short sentence; put the rest in the body.',
  },
  {
    name: 'six first steps',
    apply: (root) => setField(root, 'content/situations/workplace-pressures.mdx', 'firstSteps', '[Breathe., Listen., Name it., Agree., Ask., Act.]'),
    message: 'content/situations/workplace-pressures.mdx:2: firstSteps: a situation has more than five first steps. Fix: keep the five that matter most in the first minute.',
  },
  {
    name: 'an unknown channel',
    apply: (root) => setField(root, 'content/tips/policies-and-boundaries.mdx', 'channels', '[email]'),
    message: 'content/tips/policies-and-boundaries.mdx:2: channels item 1: "email" is not a channel. Fix: use phone, in-person, written, any ("written" covers email, chat and letters).',
  },
  {
    name: 'an over-long generalAdvice',
    apply: (root) => setField(root, 'content/tips/refresh-rejuvenate-refocus.mdx', 'generalAdvice', `"${'the breathing steps '.repeat(7).trim()}"`),
    message:
      'content/tips/refresh-rejuvenate-refocus.mdx:2: generalAdvice: generalAdvice is longer than 120 characters. Fix: name the part in a short phrase, such as "the safety steps".',
  },
  {
    name: 'an unknown worksheet',
    apply: (root) => setField(root, 'content/tools/golden-question.mdx', 'worksheet', 'golden-sheet'),
    message: 'content/tools/golden-question.mdx:2: worksheet: unknown worksheet "golden-sheet".',
  },
  {
    name: 'a second safety path',
    apply: (root) => setField(root, 'content/situations/after-its-resolved.mdx', 'safety', 'true'),
    message:
      'content/situations/after-its-resolved.mdx:2: safety: content/situations/you-feel-unsafe.mdx is marked as the safety path too. Fix: keep "safety: true" on the one situation that says how to get safe, and remove it from the others.',
  },
  {
    name: 'a search word that is not one lowercase word',
    apply: (root) => setField(root, 'content/situations/not-your-fault.mdx', 'searchWords', '[Blame game]'),
    message: 'content/situations/not-your-fault.mdx:2: searchWords item 1: a search word must be one lowercase word or a number. Fix: write it in lowercase letters, such as "knife", or in digits, such as "911".',
  },
  {
    name: 'a misspelt contact',
    apply: (root) => setField(root, 'content/situations/on-the-phone.mdx', 'say', '"Let me bring in {securty} to help."'),
    message: 'content/situations/on-the-phone.mdx:2: say: "{securty}" is not a contact. Fix: use one of {organization}, {emergency}, {security}, {handOff}.',
  },
  {
    name: 'a field written twice',
    apply: (root) => setField(root, 'content/tips/follow-through-follow-up.mdx', 'channels', '[phone]\nchannels: [written]'),
    message: 'content/tips/follow-through-follow-up.mdx:3: channels: the field "channels" is written twice (first on line 2). Fix: keep one of the two lines, or merge them into one.',
  },
  {
    name: 'a colon in an unquoted value',
    apply: (root) => setField(root, 'content/tips/recognize-and-pivot.mdx', 'title', 'Note: pivot'),
    message: 'content/tips/recognize-and-pivot.mdx:2: title: the value of "title" holds ": ", which YAML reads as the start of another field. Fix: put the whole value in double quotes: title: "Note: pivot".',
  },
  {
    name: 'a tab in the indentation',
    apply: (root) => setField(root, 'content/tips/sharpen-your-delivery.mdx', 'channels', '\n\t- phone'),
    message: 'content/tips/sharpen-your-delivery.mdx:3: channels: this line is indented with a tab. Fix: indent with spaces; YAML does not accept tabs.',
  },
  {
    name: 'a title too long for a card or a printed header',
    apply: (root) => setField(root, 'content/tips/time-out-with-a-plan.mdx', 'title', 'A time out '.repeat(500).trim()),
    message: 'content/tips/time-out-with-a-plan.mdx:2: title: the title is longer than 70 characters. Fix: shorten it; titles are read on cards, in search results and on printed sheets.',
  },
  {
    name: 'emoji in the title of a tool that worksheets print',
    apply: (root) => setField(root, 'content/tools/i-message.mdx', 'title', 'I-message 🙂'),
    message:
      'content/tools/i-message.mdx:2: title: the worksheet PDFs cannot print the "🙂" in the title, and it appears on printed sheets. Fix: use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work).',
  },
  {
    name: 'an entry related to itself',
    apply: (root) => setField(root, 'content/tips/yes-but-not-really.mdx', 'related', '[yes-but-not-really, i-message]'),
    message: 'content/tips/yes-but-not-really.mdx:2: related: the entry lists itself ("yes-but-not-really"). Fix: remove "yes-but-not-really" and name other entries a reader should read next.',
  },
  {
    name: 'no related entries, though the README asks for two',
    apply: (root) => setField(root, 'content/tips/youre-the-boss.mdx', 'related', undefined),
    message: 'content/tips/youre-the-boss.mdx: related: the related entries are missing. Fix: add "related:" with at least two slugs, such as [active-listening, i-message].',
  },
  {
    name: 'a page longer than a reader finishes',
    apply: (root) => appendBody(root, 'content/tips/empathy-superpower.mdx', 'Listen. '.repeat(2600)),
    message: 'content/tips/empathy-superpower.mdx: body: the entry has',
  },
  {
    name: 'a component that is not the handbook\'s',
    apply: (root) => appendBody(root, 'content/tips/be-better-than-ai.mdx', '<Foo />'),
    message: 'content/tips/be-better-than-ai.mdx:LAST: body: <Foo> is not one of the handbook\'s components. Fix: use <Callout>, <Steps>, <SayThis>, <Ref>, <Contact>, or plain Markdown.',
  },
  {
    name: 'a <Ref> to no entry',
    apply: (root) => appendBody(root, 'content/tips/declutter-your-workspace.mdx', 'See <Ref to="nope" />.'),
    message: 'content/tips/declutter-your-workspace.mdx:LAST: body: <Ref to="nope"> names no entry. Fix: use the file name of an entry in content/ without ".mdx", such as "i-message".',
  },
  {
    name: 'a <Ref> without its entry',
    apply: (root) => appendBody(root, 'content/tips/demanding-supervisor.mdx', 'See <Ref />.'),
    message: 'content/tips/demanding-supervisor.mdx:LAST: body: <Ref> needs to="...". Fix: name the entry, such as <Ref to="i-message" />.',
  },
  {
    name: 'a raw <script>',
    apply: (root) => appendBody(root, 'content/tips/alternatives-as-questions.mdx', '<script>alert(1)</script>'),
    message: 'content/tips/alternatives-as-questions.mdx:LAST: body: <script> is not one of the handbook\'s components. Fix: remove it: a page cannot run scripts, embed other pages or load files.',
  },
  {
    name: 'an <iframe>',
    apply: (root) => appendBody(root, 'content/tips/ask-to-interrupt-a-rambler.mdx', '<iframe src="https://example.com/"></iframe>'),
    message: 'content/tips/ask-to-interrupt-a-rambler.mdx:LAST: body: <iframe> is not one of the handbook\'s components. Fix: remove it: a page cannot run scripts, embed other pages or load files.',
  },
  {
    name: 'a remote image',
    apply: (root) => appendBody(root, 'content/tips/break-up-a-long-complaint.mdx', '![A chart](https://example.com/chart.png)'),
    message: 'content/tips/break-up-a-long-complaint.mdx:LAST: body: a picture in an entry. Fix: describe it in words; pictures are not part of the handbook yet.',
  },
  {
    name: 'a javascript: link',
    apply: (root) => appendBody(root, 'content/tips/dont-throw-a-coworker-under-the-bus.mdx', '[Click](javascript:alert(1))'),
    message: 'content/tips/dont-throw-a-coworker-under-the-bus.mdx:LAST: body: a link to a "javascript:" or "data:" address runs code. Fix: link to a page or a web address (https://...).',
  },
  {
    name: 'an event handler attribute',
    apply: (root) => appendBody(root, 'content/tips/exhaust-your-options-first.mdx', '<SayThis say="Hi" onClick="steal()" />'),
    message: 'content/tips/exhaust-your-options-first.mdx:LAST: body: <SayThis> has no attribute "onClick". Fix: remove it; <SayThis> takes only say="..." and not="...".',
  },
  {
    name: 'an expression reading the build machine\'s environment',
    apply: (root) => appendBody(root, 'content/tips/fedex-fast-disney-friendly.mdx', 'The path is {process.env.PATH}.'),
    message: 'content/tips/fedex-fast-disney-friendly.mdx:LAST: body: "{process.env.PATH}" is code, not content. Fix: write the text itself; to show a brace, write \\{.',
  },
  {
    name: 'an import reading the build machine\'s files',
    apply: (root) => appendBody(root, 'content/tips/its-our-policy.mdx', "import { readFileSync } from 'node:fs';"),
    message:
      'content/tips/its-our-policy.mdx:LAST: body: an import or export line is code, not content. Fix: remove it; <Callout>, <Steps>, <SayThis>, <Ref>, <Contact> work in every entry without importing.',
  },
  {
    name: 'a tip saved as .md',
    apply: (root) => renameSync(join(root, 'content/tips/meet-a-coworker-halfway.mdx'), join(root, 'content/tips/meet-a-coworker-halfway.md')),
    message:
      "content/tips/meet-a-coworker-halfway.md: file name: a .md file shows the handbook's components (<SayThis>, <Ref>...) as raw text. Fix: rename it to meet-a-coworker-halfway.mdx.",
  },
  {
    name: 'two files for one slug',
    apply: (root) => copyFileSync(join(root, 'content/tips/name-the-emotion.mdx'), join(root, 'content/case-studies/name-the-emotion.mdx')),
    message:
      'content/case-studies/name-the-emotion.mdx: slug: the slug "name-the-emotion" is already used by content/tips/name-the-emotion.mdx. Fix: slugs name pages and related links across the whole handbook, so each must be unique: rename one of the two files.',
  },
  {
    name: 'a worksheet saved twice, as .yaml and .yml',
    apply: (root) => copyFileSync(join(root, 'worksheets/gratitude-journal.yaml'), join(root, 'worksheets/gratitude-journal.yml')),
    message:
      'worksheets/gratitude-journal.yml: file name: gratitude-journal.yaml defines the same worksheet, and only one of the two would be used. Fix: keep one file per worksheet: merge them, or rename one.',
  },
  {
    name: 'a worksheet file name that is not a slug',
    apply: (root) => renameSync(join(root, 'worksheets/role-play-haggling-customer.yaml'), join(root, 'worksheets/Role_Play.yaml')),
    message:
      'worksheets/Role_Play.yaml: file name: the name "Role_Play.yaml" cannot be used: a file\'s name becomes its page\'s address. Fix: name the file in lowercase words joined by hyphens, ending in .yaml, for example "i-message-builder.yaml".',
  },
  {
    name: 'an empty worksheet file',
    apply: (root) => writeFileSync(join(root, 'worksheets/follow-up-plan.yaml'), ''),
    message:
      'worksheets/follow-up-plan.yaml: (whole file): the file holds nothing, not a set of fields. Fix: write one "field: value" per line (in an entry, between the two --- lines at the top), as in the README of this folder.',
  },
  {
    name: 'a worksheet with no sections',
    apply: (root) => setField(root, 'worksheets/check-up-questions.yaml', 'sections', '[]'),
    message: 'worksheets/check-up-questions.yaml:1: sections: the worksheet has no sections. Fix: add at least one question, table or checklist.',
  },
  {
    name: 'a worksheet box too tall for a page',
    apply: (root) => edit(root, 'worksheets/reframe-the-real-problem.yaml', (text) => text.replace(/^(\s+)lines: \d+$/m, '$1lines: 100')),
    message: 'worksheets/reframe-the-real-problem.yaml:LINE(lines: 100): sections item',
  },
  {
    name: 'an unknown section kind',
    apply: (root) => edit(root, 'worksheets/own-your-message.yaml', (text) => text.replace('  - kind: checklist\n', '  - kind: tickbox\n')),
    message: 'worksheets/own-your-message.yaml:LINE(kind: tickbox): sections item 8.kind: unknown section kind "tickbox". Fix: use one of text, question, table, checklist, choice, name-date, cards.',
  },
  {
    name: 'a duplicate field name in a worksheet',
    apply: (root) => edit(root, 'worksheets/choosing-collaboration.yaml', (text) => text.replace(/^(\s+- kind: question\n\s+name: )\S+(\n[\s\S]*?- kind: question\n\s+name: )(\S+)/m, '$1$3$2$3')),
    message: 'worksheets/choosing-collaboration.yaml:',
  },
  {
    name: 'a choice of one row in a table left half ticked',
    apply: (root) => edit(root, 'worksheets/parent-adult-or-child.yaml', (text) => text.replace('{check}, {check}, {check}', "{check}, 'n/a', {check}")),
    message:
      'worksheets/parent-adult-or-child.yaml:LINE(n/a): sections item 3.rows item 1.cells item 3: row "line-1" of table "lines" has {check} in 2 of the 3 columns of group "mode" (parent, adult, child). Fix: write {check} in every column of the group, or in none of them: together they are one choice.',
  },
  {
    name: 'a tab in a worksheet',
    apply: (root) => edit(root, 'worksheets/sources-of-influence.yaml', (text) => text.replace(/^minutes:/m, '\tminutes:')),
    message: 'worksheets/sources-of-influence.yaml:LINE(\tminutes:): minutes: this line is indented with a tab. Fix: indent with spaces; YAML does not accept tabs.',
  },
  {
    name: 'Cyrillic in a worksheet prompt',
    apply: (root) => edit(root, 'worksheets/counter-distorted-thinking.yaml', (text) => text.replace(/^(\s+prompt: )(.*)$/m, '$1Что случилось?')),
    message: 'worksheets/counter-distorted-thinking.yaml:LINE(prompt: Что случилось?): sections item',
  },
  {
    name: 'a 400-character word in a worksheet prompt',
    apply: (root) => edit(root, 'worksheets/role-play-isp-outage.yaml', (text) => text.replace(/^(\s+prompt: )(.*)$/m, `$1${'a'.repeat(400)}`)),
    message: 'worksheets/role-play-isp-outage.yaml:LINE(prompt: aaaa): sections item',
  },
  {
    name: 'emoji in sources.yaml',
    apply: (root) => edit(root, 'content/sources.yaml', (text) => text.replace('  title: "Reference Tool: Exceptional Customer Service"', '  title: "Reference Tool 🙂"')),
    message:
      'content/sources.yaml:4: lane-reference-tool.title: the worksheet PDFs cannot print the "🙂" in the title, and it appears on printed sheets. Fix: use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work).',
  },
  {
    name: 'a bad value in the workplace file',
    apply: (root) => writeFileSync(join(root, 'content/workplace.yaml'), '# Our contacts\norganization: Riverside Library\nsecurity: ""\n'),
    message:
      'content/workplace.yaml:3: security: the security contact is empty. Fix: write the security contact, for example "the security desk on ext. 2222", or delete the line to use the handbook\'s general wording.',
  },
  {
    name: "a workshop whose blocks do not add up to its length",
    apply: (root) => edit(root, 'content/workshops/the-angry-customer.yaml', (text) => text.replace(/^minutes: 60$/m, 'minutes: 75')),
    message:
      'content/workshops/the-angry-customer.yaml:LINE(minutes: 75): minutes: the agenda\'s blocks add up to 60 minutes (8 + 10 + 20 + 8 + 5 + 5 + 4), not 75. Fix: change the blocks\' minutes so they add up to 75, or set "minutes:" to 60.',
  },
  {
    name: 'a workshop block that uses an entry that does not exist',
    apply: (root) => edit(root, 'content/workshops/one-practice-a-week.yaml', (text) => text.replace('uses: [active-listening', 'uses: [active-listning')),
    message:
      'content/workshops/one-practice-a-week.yaml:LINE(active-listning): agenda item 1.uses item 1: unknown entry "active-listning". Fix: did you mean "active-listening"? Otherwise name an existing tool, scenario, tip or case study by its file name without extension, for example "i-message".',
  },
  {
    name: `a situation deleted while ${deletedSituation} files still name it`,
    apply: (root) => rmSync(join(root, `content/situations/${deletedSituation}.mdx`)),
    message: `unknown situation "${deletedSituation}"`,
  },
];

/** Resolves a message's LAST and LINE(text) markers against the broken copy: where appended text landed, or the line holding some text. */
export function expectedMessage(root: string, badEdit: BadEdit): string {
  const file = badEdit.message.split(':')[0] ?? '';
  const lines = (): string[] => readFileSync(join(root, file), 'utf8').split('\n');
  return badEdit.message
    .replace(':LAST:', () => `:${lastLine(root, file)}:`)
    .replace(/:LINE\((.+?)\):/, (_, text: string) => `:${lines().findIndex((line) => line.includes(text)) + 1}:`);
}

/** Applies every bad edit to a copy of the handbook. */
export function breakEverything(root: string): void {
  for (const badEdit of badEdits) badEdit.apply(root);
}
