import { describe, expect, it } from 'vitest';
import { missingSiteAddress } from '../../src/handbook/site-address';

describe('a build that does not know its address', () => {
  it('warns a deployment build without SITE_URL, naming the variable, what goes wrong and how to set it', () => {
    const warning = missingSiteAddress('build', { npm_lifecycle_event: 'build' });
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain('worksheet PDF');
    expect(warning).toContain('SITE_URL=https://');
  });

  it('stays quiet when SITE_URL is set, for npm start (a local preview), and outside builds', () => {
    expect(missingSiteAddress('build', { SITE_URL: 'https://handbook.example.org' })).toBeUndefined();
    expect(missingSiteAddress('build', { npm_lifecycle_event: 'start' })).toBeUndefined();
    expect(missingSiteAddress('dev', {})).toBeUndefined();
    expect(missingSiteAddress('sync', {})).toBeUndefined();
  });
});
