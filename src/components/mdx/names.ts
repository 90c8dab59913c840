/**
 * The components an author may use in any MDX entry, without importing them,
 * and the attributes each takes. The MDX checker (src/handbook/mdx-rules.ts)
 * allows these and nothing else; content/README.md documents them.
 */
export const authorComponentAttributes = {
  Callout: { required: [], optional: ['type', 'title'] },
  Steps: { required: [], optional: [] },
  SayThis: { required: ['say'], optional: ['not'] },
  Ref: { required: ['to'], optional: [] },
  Contact: { required: ['of'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type AuthorComponentName = keyof typeof authorComponentAttributes;

export const authorComponentNames: readonly AuthorComponentName[] = ['Callout', 'Steps', 'SayThis', 'Ref', 'Contact'];

/** The kinds of <Callout>. */
export const calloutTypes = ['tip', 'note', 'warning'] as const;
