// The styles a page carries for its first paint, and the reading stylesheet
// (src/integrations/first-paint-styles.ts, reading-stylesheet.ts): which
// rules each keeps of the site's stylesheet.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstScreenCss, firstScreenStyles, firstScreenText, inlineFirstPaintStyles } from '../../src/integrations/first-paint-styles';
import { isForReading } from '../../src/integrations/built-pages';
import { readingRules } from '../../src/integrations/reading-stylesheet';
import { parseStylesheet } from '../../src/integrations/stylesheet-rules';

const sheet = parseStylesheet(
  [
    '@layer reset,tokens,base,components,print;',
    '@layer tokens{:root{--ink:#111;--paper:#fff;--unused:red;--accent:var(--ink)}:root[data-theme=dark]{--ink:#eee}}',
    '@layer base{body{color:var(--ink);background:var(--paper)}a:hover{color:var(--accent)}}',
    '@layer components{.site-header{display:flex}.lead{font-size:2rem}.far-below{margin:0}.worksheet-form{display:grid}}',
    '@media (width>40rem){.site-header{gap:1rem}.never-used{gap:0}}',
    '@layer print{@media print{.site-header{display:none}}}',
    '@page{margin:18mm}',
  ].join(''),
);

const page = (main: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self';"><link rel="stylesheet" href="/_astro/style.css"></head><body><header class="site-header"><a href="/">Handbook</a></header><main>${main}</main><footer class="site-footer">About</footer></body></html>`;
const longText = 'x'.repeat(firstScreenText + 10);

describe('first-screen styles', () => {
  const css = firstScreenCss(page(`<p class="lead">Start here</p><p>${longText}</p><p class="far-below">Later</p>`), sheet);

  it('keeps the rules of what shows before scrolling, with their states and themes, in their layers, with every layer named first', () => {
    expect(css.startsWith('@layer reset,tokens,base,components,print;')).toBe(true);
    expect(css).toContain('@layer components{.site-header{display:flex}.lead{font-size:2rem}}');
    expect(css).toContain('a:hover{color:var(--accent)}');
    expect(css).toContain(':root[data-theme=dark]{--ink:#eee}');
    expect(css).toContain('@media (width>40rem){.site-header{gap:1rem}}');
  });

  it('leaves out what is further down, what no page has, printing, and custom properties no kept rule reads', () => {
    expect(css).not.toContain('far-below');
    expect(css).not.toContain('never-used');
    expect(css).not.toContain('worksheet-form');
    expect(css).not.toContain('@media print');
    expect(css).not.toContain('@page');
    expect(css).not.toContain('--unused');
    // Read through another property: kept.
    expect(css).toContain('--accent:var(--ink)');
  });

  it('counts the footer in when all of <main> fits on the first screen', () => {
    const short = firstScreenCss(page('<p class="lead">Short</p>'), parseStylesheet('.site-footer{padding:1rem}.lead{color:red}'));
    expect(short).toContain('.site-footer{padding:1rem}');
    expect(firstScreenCss(page(`<p>${longText}</p>`), parseStylesheet('.site-footer{padding:1rem}'))).not.toContain('site-footer');
  });

  it('does not count text the screen does not show (<noscript>, hidden elements) toward the first screen', () => {
    const css2 = firstScreenCss(page(`<noscript>${longText}</noscript><div hidden>${longText}</div><p class="lead">Shown</p>`), sheet);
    expect(css2).toContain('.lead{font-size:2rem}');
  });

  it('puts the styles in the head, moves the stylesheet to the end of <body>, and allows the style by its hash', () => {
    const result = inlineFirstPaintStyles(page('<p class="lead">Hi</p>'), () => firstScreenStyles(sheet));
    expect(result).toBeDefined();
    const html = result?.html ?? '';
    const style = /<style>(.*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/style.css" fetchpriority="low"><\/body>/);
    expect(html).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(inlineFirstPaintStyles('<html><body></body></html>', () => firstScreenStyles(sheet))).toBeUndefined();
  });

  it('asks for the stylesheet from the head on a page that runs a module (which waits for it), and only there', () => {
    const withModule = page('<p class="lead">Form</p><script type="module" src="/_astro/form.js"></script>');
    const early = inlineFirstPaintStyles(withModule, () => firstScreenStyles(sheet))?.html ?? '';
    expect(early.slice(0, early.indexOf('</head>'))).toContain('<link rel="preload" as="style" href="/_astro/style.css">');
    const reading = inlineFirstPaintStyles(page('<p class="lead">Hi</p>'), () => firstScreenStyles(sheet))?.html ?? '';
    expect(reading).not.toContain('rel="preload"');
    // The module's page needs its stylesheet soon; a page for reading does not.
    expect(early).toMatch(/<link rel="stylesheet" href="\/_astro\/style.css"><\/body>/);
  });

  it('matches once per shape of first screen, and tells apart what a selector reads: a tested value, an empty element', () => {
    const styles = firstScreenStyles(
      parseStylesheet('a{color:blue}a[href$=".pdf"]{font-weight:700}a[aria-current=page]{text-decoration:none}.note:empty{display:none}'),
    );
    // Other words and other addresses: one shape, one answer.
    const plain = styles.of(page('<p><a href="/tips/one/">One</a></p>'));
    expect(styles.of(page('<p><a href="/tips/two/">Two other words</a></p>'))).toBe(plain);
    expect(styles.shapes()).toBe(1);
    expect(plain).not.toContain('.pdf');
    // A value a selector tests, and an element with or without text, are different shapes.
    expect(styles.of(page('<p><a href="/sheet.pdf">Print</a></p>'))).toContain('a[href$=".pdf"]');
    expect(styles.of(page('<p><a href="/tips/one/" aria-current="page">One</a></p>'))).toContain('aria-current');
    expect(styles.of(page('<p><a href="/tips/one/" aria-current="true">One</a></p>'))).not.toContain('aria-current');
    expect(styles.of(page('<p><a href="/">Home</a></p><p class="note"></p>'))).toContain(':empty');
    expect(styles.of(page('<p><a href="/">Home</a></p><p class="note">Said</p>'))).not.toContain(':empty');
    expect(styles.shapes()).toBe(6);
  });
});

describe('the reading stylesheet', () => {
  it('holds every rule any reading page uses, printing included, and nothing only scripted pages use', () => {
    const css = readingRules(sheet, [page('<p class="lead">One</p>'), page(`<p>${longText}</p><p class="far-below">Two</p>`)]);
    expect(css).toContain('.far-below{margin:0}');
    expect(css).toContain('.lead{font-size:2rem}');
    expect(css).toContain('@layer print{@media print{.site-header{display:none}}}');
    expect(css).toContain('@page{margin:18mm}');
    expect(css).toContain('--unused:red');
    expect(css).not.toContain('worksheet-form');
    expect(css).not.toContain('never-used');
  });

  it('reads what a selector requires past :not(), :has() and a pseudo-class\'s argument, so it neither drops a rule nor parses pages for nothing', () => {
    const selectors = parseStylesheet(
      'html:has(.ws-form__bar:not([hidden])){a:b}p:lang(en){a:b}li:nth-child(odd){a:b}:is(.one,.two) p{a:b}.x:not(:has(.y)){a:b}',
    ).rules.values();
    const required = [...selectors].flatMap((rule) => rule.selectors).map(({ selector, classes, tags }) => ({ selector, classes, tags }));
    expect(required).toEqual([
      { selector: 'html:has(.ws-form__bar:not([hidden]))', classes: ['ws-form__bar'], tags: ['html'] },
      { selector: 'p:lang(en)', classes: [], tags: ['p'] },
      { selector: 'li:nth-child(odd)', classes: [], tags: ['li'] },
      // Alternatives, or a :not() holding another group: nothing is surely required.
      { selector: ':is(.one,.two) p', classes: [], tags: [] },
      { selector: '.x:not(:has(.y))', classes: [], tags: [] },
    ]);
    const css = readingRules(parseStylesheet('p:lang(en){quotes:auto}.lead:not(.far-below){font-size:2rem}'), [page('<p class="lead">One</p>').replace('<html>', '<html lang="en">')]);
    expect(css).toContain('p:lang(en){quotes:auto}');
    expect(css).toContain('.lead:not(.far-below){font-size:2rem}');
  });

  it('is for pages that run no script file of their own', () => {
    expect(isForReading(page('<p>Text</p><script>inline()</script>'))).toBe(true);
    expect(isForReading(page('<form></form><script type="module" src="/_astro/form.js"></script>'))).toBe(false);
    expect(isForReading(page('<script src="/x.js"></script>'))).toBe(false);
  });
});
