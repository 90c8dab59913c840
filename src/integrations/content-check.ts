import type { AstroIntegration } from 'astro';
import { checkHandbook } from '../handbook/check-handbook';
import { contentDir, workplaceFile, worksheetsDir } from '../handbook/content-dir';
import { problemReport } from '../handbook/errors';

/**
 * Runs the checker before Astro loads any content, and prints each problem
 * once, as a line an author can act on. src/content.config.ts runs the same
 * checker and throws, but Astro wraps that error twice over (with a hint to
 * look for typos in the config and a stack trace), so a build with bad files
 * stops here first, with the list and nothing else. Under `astro dev` the
 * list is printed and the server starts: the config's error shows in the
 * browser, and goes away when the files are mended.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'handbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkHandbook({ contentDir, worksheetsDir, workplaceFile });
        if (problems.length === 0) return;
        logger.error(problemReport(problems));
        if (command === 'dev') return;
        const stop = new Error('The build stopped before making any page, because of the problems listed above.');
        // A stack would point into this file, which is not where the problems are.
        delete stop.stack;
        throw stop;
      },
    },
  };
}
