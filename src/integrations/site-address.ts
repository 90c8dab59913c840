import type { AstroIntegration } from 'astro';
import { missingSiteAddress } from '../handbook/site-address';

/**
 * Warns, loudly, when a build for deployment does not know where the site
 * will live: every worksheet PDF prints its page's address, and without
 * SITE_URL that address is http://localhost:4321, which no reader can open.
 */
export default function siteAddress(): AstroIntegration {
  return {
    name: 'handbook:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const warning = missingSiteAddress(command, process.env);
        if (warning !== undefined) logger.warn(warning);
      },
    },
  };
}
