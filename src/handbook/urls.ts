// No imports, and nothing from Node: the search UI bundles this for the browser.

/** Astro's `base` with one trailing slash, so a path can follow it: "/handbook" and "/handbook/" both give "/handbook/". */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Site-relative URL for a path inside the handbook, under Astro's `base`, so
 * the same build works at / and at a sub-path such as /handbook/.
 */
export function siteUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${withTrailingSlash(base)}${path.replace(/^\//, '')}`;
}

export function entryPath(collection: string, slug: string): string {
  return `/${collection}/${slug}/`;
}

/** A site URL as a full address, for paper: the site's origin when the build knows it. */
export function fullAddress(url: string, site: URL | undefined): string {
  return site === undefined ? url : new URL(url, site).href;
}
