import { describe, expect, it } from 'vitest';
import { entryPath, siteUrl, withTrailingSlash } from '../../src/handbook/urls';

describe('siteUrl', () => {
  it('keeps root paths at the root', () => {
    expect(siteUrl('/tools/', '/')).toBe('/tools/');
  });

  it('puts paths under a sub-path base, with or without its trailing slash', () => {
    expect(siteUrl('/tools/', '/handbook/')).toBe('/handbook/tools/');
    expect(siteUrl('tools/', '/handbook')).toBe('/handbook/tools/');
  });

  it('builds entry paths from collection and slug', () => {
    expect(entryPath('tips', 'name-the-emotion')).toBe('/tips/name-the-emotion/');
  });
});

describe('withTrailingSlash', () => {
  it('ends a base with exactly one slash, whether Astro gave it one or not', () => {
    expect(withTrailingSlash('/')).toBe('/');
    expect(withTrailingSlash('/handbook')).toBe('/handbook/');
    expect(withTrailingSlash('/handbook/')).toBe('/handbook/');
  });
});
