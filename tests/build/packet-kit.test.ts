// What the build gives "Make a packet": every sheet as the build finished it,
// which the page's decoders read back whole, and the faces it embeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError, properties } from '../../src/handbook/decode';
import { readFontProgram } from '../../src/worksheets/sfnt';
import { worksheetContextFromJson, worksheetFromJson } from '../../src/worksheets/sheet-decode';
import { kitFaces, kitFontPath, kitPath } from '../../src/workshops/kit-files';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

const kit: unknown = JSON.parse(readFileSync(join(builtSite, kitPath), 'utf8'));
const sheets = [...properties(properties(kit, 'kit').get('sheets'), 'kit.sheets')];

describe('the packet kit', () => {
  it('holds every worksheet', () => {
    expect(sheets.map(([slug]) => slug).sort()).toEqual(loadWorksheets().map(({ slug }) => slug).sort());
  });

  it.each(sheets)('%s: decodes whole, so the page makes the same sheet the build did', (slug, value) => {
    const part = properties(value, slug);
    const json = JSON.parse(JSON.stringify({ sheet: worksheetFromJson(part.get('sheet'), 'sheet'), context: worksheetContextFromJson(part.get('context'), 'context') }));
    expect(json).toEqual(value);
  });

  it('refuses a sheet whose shape is wrong, naming where', () => {
    const [, value] = sheets[0] ?? [];
    const sheet = properties(properties(value, 'kit').get('sheet'), 'sheet');
    const broken = { ...Object.fromEntries(sheet), sections: [{ kind: 'question', name: 'a', prompt: 'b', lines: '4', numbered: true }] };
    expect(() => worksheetFromJson(broken, 'sheet')).toThrow(new DecodeError('sheet.sections[0].lines', 'a number'));
  });

  it('has faces that carry the scripts a trainer types on the cover', () => {
    for (const face of kitFaces) {
      const font = readFontProgram(new Uint8Array(readFileSync(join(builtSite, kitFontPath(face)))));
      const needed = face === 'italic' ? 'é' : 'Łódź Свети Αθήνα';
      for (const char of needed.replace(/\s/g, '')) expect(font.glyphs.has(char.codePointAt(0) ?? 0), `${face}: ${char}`).toBe(true);
    }
  });
});
