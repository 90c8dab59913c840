/**
 * Site-relative URL for a path inside the handbook, under Astro's `base`, so
 * the same build works at / and at a sub-path such as /handbook/.
 */
export function siteUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export function entryPath(collection: string, slug: string): string {
  return `/${collection}/${slug}/`;
}

/** A site URL as a full address, for paper: the site's origin when the build knows it. */
export function fullAddress(url: string, site: URL | undefined): string {
  return site === undefined ? url : new URL(url, site).href;
}
