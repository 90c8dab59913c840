import { array, boolean, field, number, oneOf, optional, properties, text, type Decoder } from '../handbook/decode';
import type { WorksheetContext } from './layout';
import type { Worksheet } from './schema';
import type { Card, TableCell, TableSection, WorksheetSection } from './sections';

/*
 * A worksheet as the build wrote it to JSON (after its schema and the
 * workplace's contacts), read back in the browser without shipping the
 * schema: the page that makes packets checks the shape, and the compiler
 * checks that the shape is the schema's.
 */

const lines = (p: ReadonlyMap<string, unknown>, path: string) => field(p, path, 'lines', number);
const numbered = (p: ReadonlyMap<string, unknown>, path: string) => field(p, path, 'numbered', boolean);
const named = (p: ReadonlyMap<string, unknown>, path: string) => ({ name: field(p, path, 'name', text), label: field(p, path, 'label', text) });

const cell: Decoder<TableCell> = (value, path) => {
  if (typeof value === 'string') return value;
  const p = properties(value, path);
  if (p.has('check')) return { check: field(p, path, 'check', oneOf([null])) };
  return { write: field(p, path, 'write', oneOf([null])) };
};

const column: Decoder<TableSection['columns'][number]> = (value, path) => {
  const p = properties(value, path);
  return { name: field(p, path, 'name', text), label: field(p, path, 'label', text), width: field(p, path, 'width', number), group: field(p, path, 'group', optional(text)) };
};

const row: Decoder<TableSection['rows'][number]> = (value, path) => {
  const p = properties(value, path);
  return {
    name: field(p, path, 'name', optional(text)),
    label: field(p, path, 'label', optional(text)),
    cells: field(p, path, 'cells', array(cell)),
    lines: field(p, path, 'lines', optional(number)),
  };
};

const card: Decoder<Card> = (value, path) => {
  const p = properties(value, path);
  return {
    title: field(p, path, 'title', text),
    subtitle: field(p, path, 'subtitle', optional(text)),
    items: field(p, path, 'items', array(text)),
    ticks: field(p, path, 'ticks', optional((value, at) => {
      const ticks = properties(value, at);
      return { heading: field(ticks, at, 'heading', text), items: field(ticks, at, 'items', array(text)) };
    })),
  };
};

const columns = oneOf([1, 2]);

const section: Decoder<WorksheetSection> = (value, path) => {
  const p = properties(value, path);
  const get = <T>(key: string, decode: Decoder<T>) => field(p, path, key, decode);
  const kind = get('kind', oneOf(['text', 'question', 'table', 'checklist', 'choice', 'name-date', 'cards']));
  switch (kind) {
    case 'text':
      return { kind, heading: get('heading', optional(text)), body: get('body', text) };
    case 'question':
      return { kind, name: get('name', text), prompt: get('prompt', text), hint: get('hint', optional(text)), lines: lines(p, path), numbered: numbered(p, path) };
    case 'table':
      return {
        kind,
        name: get('name', text),
        heading: get('heading', optional(text)),
        hint: get('hint', optional(text)),
        numbered: numbered(p, path),
        header: get('header', boolean),
        lines: lines(p, path),
        columns: get('columns', array(column)),
        rows: get('rows', array(row)),
      };
    case 'checklist':
    case 'choice': {
      const common = { name: get('name', text), prompt: get('prompt', text), hint: get('hint', optional(text)), numbered: numbered(p, path), columns: get('columns', columns) };
      const choices = (key: string) => get(key, array((item, at) => named(properties(item, at), at)));
      return kind === 'checklist' ? { kind, ...common, items: choices('items') } : { kind, ...common, options: choices('options') };
    }
    case 'name-date':
      return { kind, name: get('name', text), nameLabel: get('nameLabel', text), dateLabel: get('dateLabel', text) };
    case 'cards':
      return { kind, cards: get('cards', array(card)) };
  }
};

export const worksheetFromJson: Decoder<Worksheet> = (value, path) => {
  const p = properties(value, path);
  const get = <T>(key: string, decode: Decoder<T>) => field(p, path, key, decode);
  return {
    title: get('title', text),
    purpose: get('purpose', text),
    instructions: get('instructions', text),
    minutes: get('minutes', number),
    situations: get('situations', array(text)),
    related: get('related', array(text)),
    sources: get('sources', array(text)),
    order: get('order', optional(number)),
    sections: get('sections', array(section)),
  };
};

export const worksheetContextFromJson: Decoder<WorksheetContext> = (value, path) => {
  const p = properties(value, path);
  return { url: field(p, path, 'url', text), relatedTitles: field(p, path, 'relatedTitles', array(text)), credits: field(p, path, 'credits', array(text)) };
};
