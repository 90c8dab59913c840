// Made at build time by src/integrations/client-modules.ts.

declare module 'virtual:handbook/client-modules' {
  /** URL of the search dialog's module, imported by the header's opener on first use. */
  export const searchDialogUrl: string;
  /** URL of the search page's module. */
  export const searchPageUrl: string;
  /** URL of the device module (src/offline/device.ts): the offline marker, the update prompt and "Keep on this device". */
  export const deviceUrl: string;
}
