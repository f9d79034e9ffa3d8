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
  // Next.js hides its own "_rsc" parameter from the proxy's parsed URL: test the raw query too.
  if (new URLSearchParams(r.search).has("_rsc")) return false;
  if (["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"].some((h) => r.header(h) !== null)) return false;
  // Only a browser loading a document (which asks for HTML); the client router's fetches of a
  // page's component payload do not, and must never receive a page.
  return (r.header("accept") ?? "").includes("text/html");
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

/** Where a page's nonce occurs, in bytes of its UTF-8 body. */
export function noncePositions(body: Buffer, nonce: string): number[] {
  const positions: number[] = [];
  for (let at = body.indexOf(nonce, 0, "latin1"); at !== -1; at = body.indexOf(nonce, at + nonce.length, "latin1")) positions.push(at);
  return positions;
}

/**
 * A kept page with a new nonce written over the old one, so each response still carries a
 * nonce of its own. A nonce is a random token (base64, one length): it cannot occur in the
 * page by accident, and the new one fits exactly where the old one was.
 */
export function withNonce(body: Buffer, positions: readonly number[], renderedWith: string, fresh: string): Buffer {
  if (fresh.length !== renderedWith.length) {
    return Buffer.from(body.toString("utf8").replaceAll(renderedWith, fresh), "utf8");
  }
  const copy = Buffer.from(body);
  for (const at of positions) copy.write(fresh, at, "latin1");
  return copy;
}
