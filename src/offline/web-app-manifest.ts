import { siteDescription, siteName } from '../handbook/site-identity';
import { screenColors } from '../styles/palette';
import { iconsFolder, manifestIcons } from './app-icons';

/** The manifest's file name, under the site's base. */
export const webAppManifestFile = 'manifest.webmanifest';

/** A door an installed handbook offers from its icon; `path` is relative to the site's base. */
export interface AppShortcut {
  name: string;
  path: string;
}

/**
 * The web app manifest. Every address is relative to the manifest's own
 * (at the site's base), so one file serves a deployment at / and at a
 * sub-path. The bar's colour is the page's background, so the installed
 * app's frame and its pages read as one; dark mode's comes from the pages'
 * theme-color meta tags, which a manifest cannot vary.
 */
export function webAppManifest(shortcuts: readonly AppShortcut[]): string {
  return JSON.stringify({
    id: './',
    name: siteName,
    short_name: 'Handbook',
    description: siteDescription,
    lang: 'en-US',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: screenColors.bg.light,
    theme_color: screenColors.bg.light,
    icons: manifestIcons.map(({ file, size, purpose }) => ({ src: `${iconsFolder}${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
    shortcuts: shortcuts.map(({ name, path }) => ({ name, url: path })),
  });
}
