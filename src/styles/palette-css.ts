import { printColors, screenColors, screenShades } from './palette';

/**
 * The palette as CSS custom properties, in the tokens layer beside
 * src/styles/tokens.css. Print tokens are declared for every medium, so a
 * component's `@media print` rule can use them like any other token.
 */
export function paletteCss(): string {
  const declarations = [
    ...Object.entries(screenColors).map(([name, { light, dark }]) => `--color-${name}: light-dark(${light}, ${dark});`),
    ...Object.entries(screenShades).map(([name, shade]) => `--color-${name}: ${shade};`),
    ...Object.entries(printColors).map(([name, color]) => `--print-${name}: ${color};`),
  ];
  return [
    '/* Written by src/styles/palette-css.ts from src/styles/palette.ts: change colours there. */',
    '@layer tokens {',
    '  :root {',
    ...declarations.map((line) => `    ${line}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
