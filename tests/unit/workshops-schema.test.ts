import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/handbook/author-errors';
import { scanCatalog } from '../../src/handbook/catalog';
import { formatProblem } from '../../src/handbook/errors';
import { workshopRuleSummaries } from '../../src/workshops/limits';
import { makeWorkshopSchema } from '../../src/workshops/schema';
import { smallCatalog } from '../helpers/small-catalog';

const file = 'content/workshops/the-angry-customer.yaml';

type Block = Record<string, unknown>;

const block = (title: string, minutes: number, extra: Block = {}): Block => ({ title, minutes, open: `Say: welcome to ${title.toLowerCase()}.`, ...extra });

function goodWorkshop(agenda: Block[] = [block('Warm-up', 10), block('Practice', 35, { uses: ['active-listening'], worksheets: ['i-message-builder'] }), block('Close', 15)]): Record<string, unknown> {
  return {
    title: 'The angry customer',
    summary: 'Sixty minutes on hearing an angry customer out and finding what they need.',
    audience: 'Front-desk and phone staff',
    minutes: 60,
    people: { min: 6, max: 16 },
    goals: ['Let the customer finish', 'Say back what you heard'],
    room: 'Chairs in threes.',
    materials: ['One worksheet each'],
    preparation: ['Read the scenario notes'],
    situations: ['angry-customer'],
    sources: ['gibbs-prevent-conflicts'],
    agenda,
  };
}

/** The checker's lines for a workshop, as the build prints them. */
function messagesFor(data: unknown): string[] {
  const result = makeWorkshopSchema(smallCatalog).safeParse(data);
  return result.success ? [] : problemsOf(file, result.error).map(formatProblem);
}

describe('a workshop file', () => {
  it('is accepted when its blocks add up to its length and every link exists, with the optional lists empty', () => {
    const result = makeWorkshopSchema(smallCatalog).safeParse(goodWorkshop());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.format).toBe('session');
    expect(result.data.agenda[0]).toMatchObject({ uses: [], worksheets: [], ask: [], watch: [], debrief: [], cues: [] });
  });

  it('is refused when its blocks do not add up to its length, with both sums and both fixes', () => {
    expect(messagesFor({ ...goodWorkshop(), minutes: 90 })).toEqual([
      `${file}: minutes: the agenda's blocks add up to 60 minutes (10 + 35 + 15), not 90. Fix: change the blocks' minutes so they add up to 90, or set "minutes:" to 60.`,
    ]);
  });

  it('names a block link that does not exist, with the nearest real one', () => {
    const agenda = [block('Warm-up', 10, { uses: ['active-listning'] }), block('Practice', 50, { worksheets: ['i-message-build'] })];
    expect(messagesFor(goodWorkshop(agenda))).toEqual([
      `${file}: agenda item 1.uses item 1: unknown entry "active-listning". Fix: did you mean "active-listening"? Otherwise name an existing tool, scenario, tip or case study by its file name without extension, for example "i-message".`,
      `${file}: agenda item 2.worksheets item 1: unknown worksheet "i-message-build". Fix: did you mean "i-message-builder"? Otherwise name a worksheet by its file name in worksheets/ without ".yaml" (i-message, i-message-builder), or remove the field.`,
    ]);
  });

  it('says a situation goes under situations, not uses', () => {
    expect(messagesFor(goodWorkshop([block('Warm-up', 10, { uses: ['angry-customer'] }), block('Rest', 50)]))).toEqual([
      `${file}: agenda item 1.uses item 1: "angry-customer" is a situation. Fix: list it under "situations:", not "uses:".`,
    ]);
  });

  it('asks for whole minutes, an opening script and a group size that makes sense', () => {
    const messages = messagesFor({ ...goodWorkshop([{ title: 'Warm-up', minutes: 7.5 }, block('Rest', 52.5)]), people: { min: 12, max: 6 } }).join('\n');
    expect(messages).toContain("agenda item 1.minutes: the block's time must be whole minutes");
    expect(messages).toContain('agenda item 1.open: the opening script is missing');
    expect(messages).toContain('people: "min" is more than "max". Fix: swap the two numbers.');
  });
});

/** A workshop that breaks each rule content/workshops/README.md lists, in the same order; the checker must refuse each. */
const ruleBreakers: Array<() => string> = [
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-workshops-'));
    mkdirSync(join(dir, 'workshops'), { recursive: true });
    writeFileSync(join(dir, 'workshops/Angry_Customer.yaml'), '');
    return scanCatalog(dir, join(dir, 'worksheets')).problems.map(formatProblem).join('\n');
  },
  () => messagesFor({ ...goodWorkshop(), length: 60 }).join('\n'),
  () => messagesFor({ ...goodWorkshop(), summary: 'Too short.' }).join('\n'),
  () => messagesFor({ ...goodWorkshop(), minutes: 9 }).join('\n'),
  () => messagesFor({ ...goodWorkshop(), people: { min: 1, max: 6 } }).join('\n'),
  () => messagesFor({ ...goodWorkshop(), goals: ['Only one'] }).join('\n'),
  () => messagesFor({ ...goodWorkshop(), sources: ['nowhere'] }).join('\n'),
  () => messagesFor(goodWorkshop([block('Only block', 60)])).join('\n'),
  () => messagesFor(goodWorkshop([block('Warm-up', 10, { uses: ['angry-customer'] }), block('Rest', 50)])).join('\n'),
  () => messagesFor({ ...goodWorkshop(), room: 'Chairs → in threes.' }).join('\n'),
];

describe('content/workshops/README.md', () => {
  const readme = readFileSync('content/workshops/README.md', 'utf8');
  it('has a workshop that breaks each rule', () => {
    expect(ruleBreakers).toHaveLength(workshopRuleSummaries.length);
  });

  it.each(workshopRuleSummaries.map((rule, index) => [rule, index] as const))('lists the rule, and the checker refuses a workshop that breaks it: %s', (rule, index) => {
    expect(readme).toContain(`- ${rule}\n`);
    expect(ruleBreakers[index]?.()).toMatch(/\. Fix: /);
  });
});
