import type { IconPurpose } from './icon-drawing';

/** Where the icons live, under the site's base. */
export const iconsFolder = 'icons/';

/** The favicon, drawn as SVG so one small file is sharp at every size. */
export const faviconFile = 'favicon.svg';

export interface AppIcon {
  file: `${string}.png`;
  size: number;
  purpose: IconPurpose;
}

/**
 * The PNG icons: what the web app manifest lists (192 and 512 pixels, and a
 * maskable one, as Chromium asks for installing), and the touch icon iOS
 * takes from a <link>, full bleed because iOS rounds the corners itself.
 */
export const manifestIcons: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

export const touchIcon: AppIcon = { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' };

export const pngIcons: readonly AppIcon[] = [...manifestIcons, touchIcon];
