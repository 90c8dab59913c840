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
 * maskable one, as Chromium asks for installing.
 */
export const manifestIcons: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/**
 * The touch icon, at the site's base under the name iOS asks for when a page
 * links none: pages carry no apple-touch-icon link (every byte of a first
 * view counts), and newer Safari reads the manifest's icons anyway. Full
 * bleed: iOS rounds the corners itself.
 */
export const touchIcon: AppIcon = { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' };
