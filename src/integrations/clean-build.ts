import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Every production build starts from the files as they are. Astro keeps the
 * content it loaded (and pages' rendered bodies) in its cache folder between
 * builds and reuses entries whose files look unchanged; a file renamed away
 * and back could then be served from the older copy, with a clean git status.
 * Emptying the cache costs nothing measurable here (a build takes 6-7 s either
 * way), so a build never depends on leftovers. `astro dev` keeps its cache.
 * (`astro build --force` does the same but prints a warning on every build.)
 */
export default function cleanBuild(): AstroIntegration {
  return {
    name: 'handbook:clean-build',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build') rmSync(fileURLToPath(config.cacheDir), { recursive: true, force: true });
      },
    },
  };
}
