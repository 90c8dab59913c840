import type { Catalog } from '../../src/handbook/catalog';

/** A catalog of one situation, a few entries, one source and its worksheets: enough for the schema tests to tell known names from unknown ones. */
export const smallCatalog: Catalog = {
  entries: new Map([
    ['angry-customer', { collection: 'situations', slug: 'angry-customer', file: 'content/situations/angry-customer.mdx' }],
    ['i-message', { collection: 'tools', slug: 'i-message', file: 'content/tools/i-message.mdx' }],
    ['active-listening', { collection: 'tools', slug: 'active-listening', file: 'content/tools/active-listening.mdx' }],
    ['name-the-emotion', { collection: 'tips', slug: 'name-the-emotion', file: 'content/tips/name-the-emotion.mdx' }],
  ]),
  situations: new Set(['angry-customer']),
  sources: new Set(['gibbs-prevent-conflicts']),
  worksheets: new Set(['i-message', 'i-message-builder']),
  workshops: new Set(['the-angry-customer']),
};
