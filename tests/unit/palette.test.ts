// src/styles/palette.ts is the one place a colour is written: the CSS tokens
// and the worksheet PDFs are made from it, and nothing else in src/ may
// write a colour of its own, so screen, print and PDF cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printColors, screenColors } from '../../src/styles/palette';
import { paletteCss } from '../../src/styles/palette-css';
import { palette as pdfPalette, rgbFractions } from '../../src/worksheets/layout-style';

const tokens = new Map([...paletteCss().matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value]));

const paletteHexes = [
  ...Object.values(screenColors).flatMap(({ light, dark }) => [light, dark]),
  ...Object.values(printColors),
];

const sourceFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => join('src', file))
  .filter((file) => /\.(astro|css|ts|js)$/.test(file));

/** The CSS of every style sheet in src/: .css files and the <style> blocks of components, without comments. */
const styleSheets = sourceFiles.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const blocks = file.endsWith('.css')
    ? [text]
    : file.endsWith('.astro')
      ? [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css = '']) => css)
      : [];
  return blocks.map((css) => ({ file, css: css.replace(/\/\*[\s\S]*?\*\//g, '') }));
});

describe('one palette for screen, print and PDF', () => {
  it('writes every colour as six hex digits', () => {
    expect(paletteHexes.filter((hex) => !/^#[0-9a-f]{6}$/.test(hex))).toEqual([]);
  });

  it('gives the PDF the accent the CSS declares', () => {
    const cssAccent = /^light-dark\((#[0-9a-f]{6}),/.exec(tokens.get('--color-accent') ?? '')?.[1];
    expect(cssAccent).toBe(screenColors.accent.light);
    expect(pdfPalette.accent).toEqual(rgbFractions(screenColors.accent.light));
  });

  it('gives the PDF only colours of the palette', () => {
    // A copy rounded by hand misses: the old hairline [0.8, 0.82, 0.84] is not #ccd1d6's [0.8, 0.82, 0.839].
    const strays = Object.entries(pdfPalette)
      .filter(([, color]) => !paletteHexes.some((hex) => rgbFractions(hex).every((fraction, i) => fraction === color[i])))
      .map(([key, color]) => `${key}: [${color.join(', ')}]`);
    expect(strays).toEqual([]);
  });

  it('declares every print colour as a token, for print CSS and PDF alike', () => {
    for (const [name, hex] of Object.entries(printColors)) expect(tokens.get(`--print-${name}`)).toBe(hex);
  });

  it('leaves no colour of its own in any style sheet or component', () => {
    const colour = [
      /#[0-9a-f]{3,8}\b/gi,
      /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi,
      /(?<![\w-])(?:black|white|gr[ae]y|silver|red|green|blue|yellow|orange|purple|navy|teal)(?![\w-])/gi,
    ];
    const copies = styleSheets.flatMap(({ file, css }) =>
      [...css.matchAll(/:\s*([^;{}]+)[;}]/g)].flatMap(([, value = '']) =>
        colour.flatMap((pattern) => [...value.matchAll(pattern)].map(([found]) => `${file}: ${found}`)),
      ),
    );
    expect(copies).toEqual([]);
  });

  it('leaves no colour of its own in the PDF code', () => {
    const colour = [
      // pdf-lib's colour functions and operators given numbers: rgb(0.1, 0.2, 0.3), setFillingGrayscaleColor(0.5).
      /\b\w*(?:rgb|cmyk|grayscale)\w*\(\s*-?\.?\d[^)]*\)/gi,
      // Three numbers in brackets, the shape of a palette entry: [0.8, 0.82, 0.84], [11 / 255, 94 / 255, 107 / 255].
      /\[[-\d./\s]+,[-\d./\s]+,[-\d./\s]+\]/g,
    ];
    const copies = sourceFiles
      .filter((file) => file.startsWith(join('src', 'worksheets')))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return colour.flatMap((pattern) => [...text.matchAll(pattern)].map(([found]) => `${file}: ${found}`));
      });
    expect(copies).toEqual([]);
  });

  it('declares colour tokens only in the palette, and every one that is used', () => {
    const problems = [
      ...styleSheets.flatMap(({ file, css }) =>
        [...css.matchAll(/(--(?:color|print)-[\w-]+)\s*:/g)].map(([, name]) => `${file} declares ${name}: add it to src/styles/palette.ts`),
      ),
      ...sourceFiles.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/var\((--(?:color|print)-[\w-]+)/g)]
          .filter(([, name = '']) => !tokens.has(name))
          .map(([, name]) => `${file} uses ${name}, which the palette does not declare`),
      ),
    ];
    expect(problems).toEqual([]);
  });
});
