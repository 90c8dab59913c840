/**
 * Every colour of the handbook, and the only place one is written down.
 * src/styles/palette-css.ts turns them into the CSS custom properties pages
 * use (`--color-*` on screen, `--print-*` on paper); the worksheet PDFs take
 * theirs from here too (src/worksheets/layout-style.ts), so a sheet printed
 * from the browser and its PDF cannot drift apart. Plain data with no
 * imports: it runs in the build, in the browser-safe PDF renderer and in tests.
 */

/** Six hex digits, the one form every reader of the palette understands. */
export type Hex = `#${string}`;

/** A screen colour in each theme: the CSS gets both, in `light-dark()`. */
export interface ThemeColor {
  light: Hex;
  dark: Hex;
}

/** The screen, as `--color-<name>`. */
export const screenColors = {
  bg: { light: '#fbfaf7', dark: '#15171a' },
  surface: { light: '#ffffff', dark: '#1e2126' },
  'surface-muted': { light: '#f1efe9', dark: '#262a30' },
  text: { light: '#1f2328', dark: '#e8e6e1' },
  'text-muted': { light: '#555b63', dark: '#b0b4ba' },
  border: { light: '#d9d5cc', dark: '#3a3f47' },
  accent: { light: '#0b5e6b', dark: '#7fd0db' },
  'accent-strong': { light: '#08434c', dark: '#b3e6ed' },
  'accent-soft': { light: '#e0f0f1', dark: '#18363b' },
  focus: { light: '#c2410c', dark: '#fdba74' },
  say: { light: '#e7f4ea', dark: '#1b3322' },
  'say-border': { light: '#2f7a45', dark: '#6fcf8a' },
  not: { light: '#fbeaea', dark: '#3a1f1f' },
  'not-border': { light: '#a33a3a', dark: '#f19a9a' },
  tip: { light: '#e8f1fb', dark: '#1c2b3d' },
  'tip-border': { light: '#2c5e99', dark: '#8cb8ee' },
  warning: { light: '#fdf3e1', dark: '#3a2e16' },
  'warning-border': { light: '#9a6206', dark: '#f2c36b' },
  // The personal-safety path: distinct from every other colour on the page.
  safety: { light: '#a1232b', dark: '#ff9d9d' },
  'safety-soft': { light: '#fcebec', dark: '#3a1c20' },
} as const satisfies Record<string, ThemeColor>;

/**
 * Shades laid over the page rather than colours of it, the same in both
 * themes, as `--color-<name>`: translucent, so not hex.
 */
export const screenShades = {
  /** Under the search dialog, lifting it off the page. */
  shadow: 'rgb(0 0 0 / 0.3)',
  /** Behind the open search dialog, dimming the page. */
  backdrop: 'rgb(0 0 0 / 0.5)',
} as const satisfies Record<string, `rgb(${string})`>;

/**
 * Paper, as `--print-<name>`: black ink on white for any printed page, and the
 * fills and frames a worksheet keeps when printed, which its PDF draws too.
 */
export const printColors = {
  paper: '#ffffff',
  ink: '#000000',
  /** Link targets written after links. */
  'ink-muted': '#444444',
  /** The rule above the footer. */
  rule: '#999999',
  /** Step numbers: the site's accent, which is dark enough for paper as it is. */
  accent: screenColors.accent.light,
  /** A worksheet's instructions. */
  'accent-soft': '#e9f3f4',
  /** A worksheet table's header row. */
  'header-fill': '#e4eff0',
  /** Boxes to write in, tables and check boxes. */
  frame: '#8a949e',
  /** The PDF's lightest lines: between table cells and above the footer. */
  hairline: '#ccd1d6',
} as const satisfies Record<string, Hex>;
