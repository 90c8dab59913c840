/** The components an author may use in any MDX entry, without importing them. */
export const authorComponentNames = ['Callout', 'Steps', 'SayThis', 'Ref', 'Contact'] as const;
