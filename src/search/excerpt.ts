/**
 * A result's excerpt, cut from the page's indexed text around the words that
 * matched. Pagefind's own excerpt is a fixed count of words, so it can stop
 * mid-phrase ("...and set a"); this one starts and ends at sentence
 * boundaries where a sentence fits, and at a word boundary with an ellipsis
 * where one does not. It is plain data: the card turns it into text and <mark>
 * elements, so no page text is ever parsed as HTML.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** How Pagefind splits a page's text into the words its locations count. */
const wordSeparators = /[^\S\uFEFF]+/;
const sentenceEnd = /[.!?:]["”’)]*$/;
const ellipsis = '…';

export interface ExcerptOptions {
  /** The words the excerpt aims for. */
  length: number;
  /** How far it may reach past that to end (or start) at a sentence boundary. */
  slack: number;
}

const defaults: ExcerptOptions = { length: 24, slack: 12 };

/**
 * The excerpt of `content` around `locations` (indexes of matched words). The
 * page's title opens its indexed text; the card shows the title already, so
 * the excerpt starts after it.
 */
export function excerptOf(content: string, locations: readonly number[], title: string, options: ExcerptOptions = defaults): ExcerptPart[] {
  const words = wordsOf(content);
  if (content.trim() === '') return [];
  const first = titleLength(words, title);
  const marked = new Set(locations.filter((location) => location >= first && location < words.length));
  const center = densestStart(words.length, [...marked].sort((a, b) => a - b), first, options.length);
  let start = sentenceStartBefore(words, center, first, options.slack);
  let end = Math.min(words.length, start + options.length);
  end = sentenceEndNear(words, start, end, options.slack);
  if (end - start > options.length + options.slack) {
    end = start + options.length + options.slack;
  }
  if (start < first) start = first;
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (start > first) push(`${ellipsis} `, false);
  for (let index = start; index < end; index++) {
    const word = words[index] ?? '';
    if (word === '') continue;
    if (index > start) push(' ', false);
    if (marked.has(index)) {
      // Punctuation after a word stays outside its highlight.
      const [, core = word, trail = ''] = /^(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      push(core, true);
      if (trail) push(trail, false);
    } else push(word, false);
  }
  if (end < words.length && !sentenceEnd.test(words[end - 1] ?? '')) push(` ${ellipsis}`, false);
  return parts;
}

/** Pages whose words are kept split: more than a screen of results, as a reader refines one query. */
const splitPagesKept = 40;
const splitPages = new Map<string, readonly string[]>();

/**
 * A page's text split exactly as Pagefind does, so its locations index these
 * words. A page's text is a long string and its card is drawn again at each
 * keystroke that keeps it in the results: it is split once.
 */
function wordsOf(content: string): readonly string[] {
  const known = splitPages.get(content);
  if (known) return known;
  const words = content.split(wordSeparators);
  splitPages.set(content, words);
  if (splitPages.size > splitPagesKept) splitPages.delete(splitPages.keys().next().value ?? content);
  return words;
}

/** The words of a page's text at `locations` (indexes of words, as Pagefind counts them). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = wordsOf(content);
  return locations.map((location) => words[location] ?? '');
}

/** How many words the title takes at the start of the text (with the full stop Pagefind adds after a heading). */
function titleLength(words: readonly string[], title: string): number {
  const titleWords = title.split(wordSeparators).filter(Boolean);
  const opening = words.slice(0, titleWords.length).join(' ').replace(/\.$/, '');
  return titleWords.length > 0 && opening === titleWords.join(' ') ? titleWords.length : 0;
}

/** The first word of the window of `length` words that holds the most matches (the earliest, when several tie). */
function densestStart(total: number, marked: readonly number[], first: number, length: number): number {
  if (marked.length === 0) return first;
  let best = marked[0] ?? first;
  let bestCount = 0;
  for (const [index, location] of marked.entries()) {
    let count = 0;
    for (let next = index; next < marked.length && (marked[next] ?? total) < location + length; next++) count++;
    if (count > bestCount) {
      best = location;
      bestCount = count;
    }
  }
  // Leave a few words of lead-in before the first match, within its sentence (see sentenceStartBefore).
  return Math.max(first, Math.min(best, total - length));
}

function sentenceStartBefore(words: readonly string[], at: number, first: number, slack: number): number {
  for (let index = at; index > Math.max(first, at - slack); index--) {
    if (sentenceEnd.test(words[index - 1] ?? '')) return index;
  }
  // No sentence starts near: a few words of lead-in, then the match.
  return at <= first + slack ? first : at - 3;
}

/** The end of the sentence the window stops in; else the last sentence end in its second half; else the window's end. */
function sentenceEndNear(words: readonly string[], start: number, end: number, slack: number): number {
  if (end >= words.length) return words.length;
  for (let index = end; index < Math.min(words.length, end + slack); index++) {
    if (sentenceEnd.test(words[index - 1] ?? '')) return index;
  }
  for (let index = end - 1; index > start + (end - start) / 2; index--) {
    if (sentenceEnd.test(words[index - 1] ?? '')) return index;
  }
  return end;
}
