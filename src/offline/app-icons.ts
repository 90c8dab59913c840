import type { IconPurpose } from './icon-drawing';

/** Where the icons live, under the site's base. */
export const iconsFolder = 'icons/';

export interface AppIcon {
  file: `${string}.png`;
  size: number;
  purpose: IconPurpose;
}

/**
 * The PNG icons the web app manifest lists: 192 and 512 pixels, and a
 * maskable one, as Chromium asks for installing. Safari takes its home-screen
 * icon from the manifest too, so pages carry no apple-touch-icon link.
 */
export const manifestIcons: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];
