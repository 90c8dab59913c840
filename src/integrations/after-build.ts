import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { withTrailingSlash } from '../handbook/urls';

/** The built site as a step after the build sees it: its folder, the base it is served under, and its assets folder. */
export interface BuiltSite {
  dir: string;
  base: string;
  assets: string;
}

/** An integration that does one thing to the built site once Astro has written it. */
export function afterBuild(name: string, step: (site: BuiltSite, logger: AstroIntegrationLogger) => void): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => step({ dir: fileURLToPath(dir), base, assets }, logger),
    },
  };
}
