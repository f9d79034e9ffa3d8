// Which requests may be answered with a kept page. Only whole-document GETs of the pages that
// are read far more often than the data under them changes: a country's dashboard and the
// cross-country views. Client-side navigations (React Server Component requests), prefetches
// and server actions always render.

const KEPT_PAGES = [/^\/assessments\/[^/]+\/dashboard$/, /^\/compare$/, /^\/compare\/aggregates$/, /^\/peers$/];

export interface RequestShape {
  method: string;
  pathname: string;
  search: string;
  header: (name: string) => string | null;
}

export function isKeptPage(r: RequestShape): boolean {
  if (r.method !== "GET") return false;
  if (!KEPT_PAGES.some((p) => p.test(r.pathname))) return false;
  if (new URLSearchParams(r.search).has("_rsc")) return false;
  return !["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"].some((h) => r.header(h) !== null);
}

/** Everything a kept page depends on. Two requests share a page only when all of it is equal. */
export interface PageKeyParts {
  /** Path and query string. */
  url: string;
  host: string;
  userId: string;
  locale: string;
  /** data_version when the page was rendered. */
  dataVersion: number;
  /** The UTC day: pages say what is overdue today. */
  day: string;
}

export function pageKey(p: PageKeyParts): string {
  return JSON.stringify([p.url, p.host, p.userId, p.locale, p.dataVersion, p.day]);
}

/** The script nonce in a Content-Security-Policy header, if any. */
export function nonceOf(csp: string | null): string | null {
  return csp ? (/'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1] ?? null) : null;
}

/**
 * A kept page with a new nonce, so each response still carries a nonce of its own. A nonce is
 * a random 48-character token: it cannot occur in the page by accident.
 */
export function withNonce(html: string, renderedWith: string, fresh: string): string {
  return html.replaceAll(renderedWith, fresh);
}
