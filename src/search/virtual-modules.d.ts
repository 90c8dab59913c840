// Modules made at build time by src/integrations/client-modules.ts.

declare module 'virtual:handbook-search/vocabulary' {
  /** Every situation, in the home page's order: its slug and its title. */
  export const situations: ReadonlyArray<{ slug: string; label: string }>;
  /** How search reads a query: the situations pinned by a word, and content/search-words.yaml. */
  export const vocabulary: import('./results').SearchVocabulary;
}
