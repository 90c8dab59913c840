import { isGiven, parseSaved, type Answers } from './answers';

/*
 * Earlier copies of a worksheet: a sheet used every week, or after every
 * difficult call, is filled again on a fresh copy while the answers it held
 * are kept on the device, listed, and can be opened again.
 */

export interface SavedCopy {
  /** Stable while the copy is kept, so two tabs name the same copy. */
  id: string;
  answers: Answers;
  /** When its answers were last changed (milliseconds since 1970). */
  savedAt: number;
}

/** The storage key of a worksheet's earlier copies, next to its current answers' key. */
export function copiesKey(slug: string): string {
  return `frontline-handbook:worksheet-copies:${slug}`;
}

/** A new copy's id: unique enough on one device, and free of the secure-context APIs a LAN address lacks. */
export function newCopyId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The copies that were stored, newest first. Like the current answers, an odd
 * value loses only what cannot be read: every copy with readable answers is kept.
 */
export function parseCopies(text: string | null): SavedCopy[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const stored: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'copies') : undefined;
  if (!Array.isArray(stored)) return [];
  const copies: SavedCopy[] = [];
  for (const [index, item] of stored.entries()) {
    const saved = parseSaved(JSON.stringify(item));
    if (saved === undefined) continue;
    const id: unknown = Reflect.get(item, 'id');
    copies.push({ id: typeof id === 'string' && id !== '' ? id : `unnamed-${index}`, answers: saved.answers, savedAt: saved.savedAt });
  }
  return copies.sort((a, b) => b.savedAt - a.savedAt);
}

export function serializeCopies(copies: readonly SavedCopy[]): string {
  return JSON.stringify({ version: 1, copies: copies.map(({ id, answers, savedAt }) => ({ id, version: 1, answers, savedAt })) });
}

/** True when a copy holds anything worth keeping: an empty sheet is never listed. */
export function hasAnswers(answers: Answers): boolean {
  return Object.values(answers).some(isGiven);
}

/** The name and date lines of a sheet, which describe a copy differently from its answers. */
export interface SheetLines {
  name?: string | undefined;
  date?: string | undefined;
}

/**
 * A few words that tell copies apart: the date written on the sheet (such as
 * "Week starting"), then the start of the first written answer (`isWords`
 * tells a written answer from a chosen option's value), each cut at a word;
 * failing both, the name written on it, or how many boxes were ticked or chosen.
 */
export function copyPreview(answers: Answers, isWords: (name: string) => boolean, lines: SheetLines = {}, length = 60): string {
  const written = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? cutAtWord(value, length) : undefined);
  const date = lines.date === undefined ? undefined : written(answers[lines.date]);
  const words = Object.entries(answers)
    .filter(([name]) => name !== lines.date && name !== lines.name && isWords(name))
    .map(([, value]) => written(value))
    .find((value) => value !== undefined);
  const shown = [date, words].filter((part) => part !== undefined);
  if (shown.length > 0) return shown.join(' · ');
  const name = lines.name === undefined ? undefined : written(answers[lines.name]);
  if (name !== undefined) return name;
  const chosen = Object.values(answers).filter(isGiven).length;
  return chosen === 1 ? '1 box ticked or chosen' : `${chosen} boxes ticked or chosen`;
}

function cutAtWord(words: string, length: number): string {
  const text = words.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut.slice(0, length)).replace(/[\s,.;:!?-]+$/, '')}…`;
}
