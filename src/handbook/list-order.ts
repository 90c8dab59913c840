/** Something listed in the handbook's order: its `order` field, if any, and its title. */
export interface Ordered {
  order?: number | undefined;
  title: string;
}

/** Lower `order` first; entries without one follow, all ties by title. One rule for every list. */
export function byOrderThenTitle(a: Ordered, b: Ordered): number {
  const orderA = a.order ?? Number.POSITIVE_INFINITY;
  const orderB = b.order ?? Number.POSITIVE_INFINITY;
  return orderA === orderB ? a.title.localeCompare(b.title) : orderA - orderB;
}
