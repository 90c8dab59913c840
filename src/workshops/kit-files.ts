// No imports, and nothing from Node: the build writes these files and the "Make a packet" page reads them.

/**
 * The faces the page fetches. A packet made there is set in the regular and
 * bold faces with the scripts people type (its cover prints what the trainer
 * typed, in whatever language), and the italic the sheets' hints use.
 */
export const kitFaces = ['bold', 'italic', 'answers'] as const;
export type KitFace = (typeof kitFaces)[number];

/** Where a face's file lives, relative to the site's base. */
export function kitFontPath(face: KitFace): string {
  return `/pdf/fonts/arimo-${face}.ttf`;
}

/** Where every sheet's definition lives, relative to the site's base. */
export const kitPath = '/pdf/packet-kit.json';
