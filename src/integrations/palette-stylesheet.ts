import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { paletteCss } from '../styles/palette-css';

/** What src/layouts/BaseLayout.astro imports to get the colour tokens. */
const paletteStylesheetId = 'virtual:handbook/palette.css';

/**
 * Serves the colour tokens written from src/styles/palette.ts as a stylesheet
 * module. Imported like any CSS file, it lands in the site's one bundled
 * stylesheet: no inline <style> for the CSP to hash, no extra request. The
 * colours live in TypeScript rather than a CSS file because the worksheet
 * PDFs are drawn from them too, by code that must not read files.
 */
export default function paletteStylesheet(): AstroIntegration {
  return {
    name: 'handbook:palette-stylesheet',
    hooks: {
      'astro:config:setup': ({ addWatchFile, updateConfig }) => {
        // The palette is read with the config, so `astro dev` restarts when it changes instead of keeping the old colours.
        addWatchFile(new URL('../styles/palette.ts', import.meta.url));
        updateConfig({ vite: { plugins: [palettePlugin()] } });
      },
    },
  };
}

function palettePlugin(): Plugin {
  const resolved = `\0${paletteStylesheetId}`;
  return {
    name: 'handbook:palette-stylesheet',
    resolveId: (id) => (id === paletteStylesheetId ? resolved : undefined),
    load: (id) => (id === resolved ? paletteCss() : undefined),
  };
}
