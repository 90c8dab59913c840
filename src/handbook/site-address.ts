/** The address a build uses when SITE_URL is not set: right for `npm start` and `npm run dev`, wrong anywhere else. */
export const localAddress = 'http://localhost:4321';

/**
 * The warning a build gets when it is for deployment and SITE_URL is not set,
 * or undefined. `npm start` builds to preview the site at the local address,
 * so it needs none; nor do `astro dev` and `astro sync`.
 */
export function missingSiteAddress(command: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (command !== 'build' || env['SITE_URL'] !== undefined || env['npm_lifecycle_event'] === 'start') return undefined;
  return [
    '',
    '  ┌─ SITE_URL is not set ──────────────────────────────────────────────',
    `  │ Every worksheet PDF will print ${localAddress}/... as its page's`,
    '  │ address, and the sitemap will point there too: no reader can open it.',
    '  │ Set SITE_URL to the address the site will be served from, then build',
    '  │ again, e.g. SITE_URL=https://handbook.example.org npm run build',
    '  │ (README, "Deploying"). npm start needs none: it previews at localhost.',
    '  └────────────────────────────────────────────────────────────────────',
  ].join('\n');
}
