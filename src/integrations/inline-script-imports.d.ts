// Imports served by the Vite plugin in src/integrations/inline-scripts.ts.

declare module '*?inline-script' {
  /** The script's minified text, the same bytes the CSP hashes. */
  const code: string;
  export default code;
}
