import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { answerRepertoire, printedRepertoire } from './font-coverage';
import { loadSubsetter, type SubsetFont } from './font-subset';
import type { FontKey, WorksheetFonts } from './fonts';
import { readFontProgram } from './sfnt';

/*
 * Where the worksheet faces come from, in the build: Arimo (SIL Open Font
 * License), from the @expo-google-fonts/arimo package, cut down by HarfBuzz.
 * Arimo has Arial's and so Helvetica's widths, and covers Latin, Greek and
 * Cyrillic. Nothing is downloaded: both packages come with npm install.
 */
const require = createRequire(import.meta.url);

const faceFiles: Record<FontKey, string> = {
  regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  italic: '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
};


let subsetter: Promise<SubsetFont> | undefined;

/** One face cut down to a repertoire, as a PDF embeds it. */
export async function cutFace(key: FontKey, repertoire: readonly number[] = printedRepertoire): Promise<Uint8Array> {
  subsetter ??= (async () => loadSubsetter(await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))))();
  return (await subsetter)(await readFile(require.resolve(faceFiles[key])), repertoire);
}

let loaded: Promise<WorksheetFonts> | undefined;

/** The three faces, cut down and read once per process. */
export function loadWorksheetFonts(): Promise<WorksheetFonts> {
  loaded ??= (async () => {
    const face = async (key: FontKey, repertoire = printedRepertoire) => {
      const bytes = await cutFace(key, repertoire);
      return readFontProgram(bytes, deflateSync(bytes));
    };
    const [regular, bold, italic, answers] = await Promise.all([face('regular'), face('bold'), face('italic'), face('regular', answerRepertoire)]);
    return { regular, bold, italic, answers };
  })();
  return loaded;
}
