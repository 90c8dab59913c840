import type { Plugin } from 'vite';

/**
 * Drops one warning a clean build printed 89 times (about 1,000 of its 1,070
 * lines), burying the build's real status: Rolldown's MODULE_LEVEL_DIRECTIVE
 * for "use astro:head-inject", which Astro 7 adds to each MDX page's
 * propagated-assets module. It is Astro's own marker, read by Astro's plugins
 * before bundling, so losing it in the bundle changes nothing; the warning is
 * withastro/astro#18087 (open, "fix verified"). Only that directive is
 * dropped: any other directive warning still prints. Remove this plugin when
 * an Astro release fixes the issue.
 */
export function knownHarmlessWarnings(): Plugin {
  return {
    name: 'handbook:known-harmless-warnings',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return false;
      return undefined;
    },
  };
}
