/**
 * Cuts a font down to the characters it must carry, with HarfBuzz's subsetter
 * (harfbuzzjs' WebAssembly build). The result keeps its Unicode cmap, which
 * the PDF needs so that form fillers can draw what a person types.
 */

/** The subsetter's exports this module calls (see harfbuzz's hb-subset.h). */
interface Subsetter {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const memoryModeReadonly = 2;
const dropTableSet = 3;
const noHinting = 0x1;
/** A PDF positions glyphs itself: shaping, kerning and hinting tables are dead weight. */
const droppedTables = ['GSUB', 'GPOS', 'GDEF', 'kern', 'DSIG', 'gasp', 'hdmx', 'VDMX', 'LTSH', 'meta', 'prep', 'fpgm', 'cvt '];

export type SubsetFont = (font: Uint8Array, codePoints: readonly number[]) => Uint8Array;

/** Loads the subsetter from the bytes of `harfbuzz-subset.wasm`. */
export async function loadSubsetter(wasm: Uint8Array<ArrayBuffer>): Promise<SubsetFont> {
  const instance = await WebAssembly.instantiate(await WebAssembly.compile(wasm));
  const hb = subsetterExports(instance.exports);
  return (font, codePoints) => {
    const pointer = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer, pointer, font.byteLength).set(font);
    const blob = hb.hb_blob_create(pointer, font.byteLength, memoryModeReadonly, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    try {
      if (input === 0) throw new Error('HarfBuzz could not start a subset (out of memory?).');
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const code of codePoints) hb.hb_set_add(unicodes, code);
      const dropped = hb.hb_subset_input_set(input, dropTableSet);
      for (const tag of droppedTables) hb.hb_set_add(dropped, tableTag(tag));
      hb.hb_subset_input_set_flags(input, noHinting);
      const subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new Error('HarfBuzz could not subset the font: is it a valid TrueType file?');
      const result = hb.hb_face_reference_blob(subset);
      const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), hb.hb_blob_get_length(result)).slice();
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      return bytes;
    } finally {
      if (input !== 0) hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(pointer);
    }
  };
}

function tableTag(tag: string): number {
  return [...tag].reduce((value, char) => value * 256 + char.charCodeAt(0), 0);
}

function subsetterExports(exports: WebAssembly.Exports): Subsetter {
  const memory = exports.memory;
  if (!(memory instanceof WebAssembly.Memory)) throw new Error('harfbuzz-subset.wasm exports no memory: is it the subsetter build of harfbuzzjs?');
  const fn = (name: string) => {
    const value = exports[name];
    if (typeof value !== 'function') throw new Error(`harfbuzz-subset.wasm has no ${name}: use a harfbuzzjs version this code knows (1.6).`);
    return (...args: number[]): number => Number(value(...args));
  };
  return {
    memory,
    malloc: fn('malloc'),
    free: fn('free'),
    hb_blob_create: fn('hb_blob_create'),
    hb_blob_destroy: fn('hb_blob_destroy'),
    hb_blob_get_length: fn('hb_blob_get_length'),
    hb_blob_get_data: fn('hb_blob_get_data'),
    hb_face_create: fn('hb_face_create'),
    hb_face_destroy: fn('hb_face_destroy'),
    hb_face_reference_blob: fn('hb_face_reference_blob'),
    hb_set_add: fn('hb_set_add'),
    hb_subset_input_create_or_fail: fn('hb_subset_input_create_or_fail'),
    hb_subset_input_destroy: fn('hb_subset_input_destroy'),
    hb_subset_input_unicode_set: fn('hb_subset_input_unicode_set'),
    hb_subset_input_set: fn('hb_subset_input_set'),
    hb_subset_input_set_flags: fn('hb_subset_input_set_flags'),
    hb_subset_or_fail: fn('hb_subset_or_fail'),
  };
}
