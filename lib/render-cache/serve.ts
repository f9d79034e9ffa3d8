// Answers a request for a dashboard or comparison page with a page this instance rendered
// before, when nothing it depends on has changed; see README.md for the rules. Called by the
// proxy before any page renders. On a miss it has the page rendered by this same instance (a
// request to itself, marked so it is not intercepted again), keeps it, and answers with it.
// A page it rendered but may not keep (a refusal, a redirect, a refreshed cookie) is answered
// as rendered, so no page renders twice for one request (a refused view is audited once). Any
// doubt (no session, an error) means null: the request goes on to render as if this did not exist.
import { signedInStateFromCookie } from "@/lib/auth/session";
import { stackOf, summariseError } from "@/lib/security/error-summary";
import { readEnv } from "@/lib/env";
import { isLocale, localeCookie, negotiateLocale } from "@/lib/i18n/config";
import { isKeptPage, nonceOf, noncePositions, pageKey, withNonce } from "./policy";
import { type KeptPage, PageStore } from "./store";

/**
 * Marks this instance's requests to itself, which must render. Any request carrying it simply
 * renders (the benchmarks use it to time full renders): that is always safe, so it needs no
 * secret.
 */
const RENDER_HEADER = "x-mnr-render";

const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "upgrade", "te", "trailer", "host", "content-length", "expect", "accept-encoding"];

/** The response of this instance's own render: kept when it may be, else answered once as it is. */
interface Rendered {
  kept: KeptPage | null;
  status: number;
  headers: [string, string][];
  body: Buffer;
  nonce: string | null;
}

const globalForStore = globalThis as unknown as { mnrPageStore?: PageStore; mnrPageRenders?: Map<string, Promise<Rendered>> };

function store(maxBytes: number): PageStore {
  globalForStore.mnrPageStore ??= new PageStore(maxBytes);
  return globalForStore.mnrPageStore;
}

// Concurrent misses for one page share one render.
function renders(): Map<string, Promise<Rendered>> {
  globalForStore.mnrPageRenders ??= new Map();
  return globalForStore.mnrPageRenders;
}

export interface Served {
  body: Buffer;
  contentType: string;
  cacheControl: string | null;
  /** "pass": rendered for this request but not kept; `status` and `headers` are the render's. */
  outcome: "hit" | "miss" | "pass";
  status?: number;
  headers?: [string, string][];
}

export interface IncomingRequest {
  method: string;
  /** The URL as sent (Next.js's parsed URL hides its own "_rsc" parameter). */
  url: URL;
  headers: Headers;
  cookie: (name: string) => string | undefined;
}

export async function servePage(request: IncomingRequest, nonce: string): Promise<Served | null> {
  // Cheapest checks first: this runs before every request the proxy sees.
  if (request.headers.has(RENDER_HEADER)) return null;
  if (!isKeptPage({ method: request.method, pathname: request.url.pathname, search: request.url.search, header: (h) => request.headers.get(h) })) return null;
  const env = readEnv();
  if (env.PAGE_CACHE_MB === 0 || !env.INTERNAL_ORIGIN) return null;
  try {
    // The data version is read with the user, before rendering: a change committed meanwhile
    // is under a newer number, so a page kept here can be newer than its number, never older.
    const state = await signedInStateFromCookie(request.cookie);
    // No user, or one who must first set up two-factor sign-in: the page redirects. Render it.
    if (!state || state.user.mustSetUpTwoFactor) return null;
    const { user, dataVersion } = state;
    const chosen = request.cookie(localeCookie);
    const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
    const key = pageKey({
      url: request.url.pathname + request.url.search,
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "",
      userId: user.userId,
      locale,
      dataVersion,
      day: new Date().toISOString().slice(0, 10),
    });
    const pages = store(env.PAGE_CACHE_MB * 1024 * 1024);
    const kept = pages.get(key);
    if (kept) return { ...answer(kept, nonce), outcome: "hit" };
    let pending = renders().get(key);
    const joined = !!pending;
    if (!pending) {
      pending = renderOnce(env.INTERNAL_ORIGIN, request).finally(() => renders().delete(key));
      renders().set(key, pending);
    }
    const rendered = await pending;
    if (rendered.kept) {
      pages.set(key, rendered.kept);
      return { ...answer(rendered.kept, nonce), outcome: "miss" };
    }
    // Answered as rendered, to the request it was rendered for only: it may set that
    // session's cookie. A request that joined renders itself.
    if (joined) return null;
    const body = rendered.nonce ? withNonce(rendered.body, noncePositions(rendered.body, rendered.nonce), rendered.nonce, nonce) : rendered.body;
    return { body, contentType: "", cacheControl: null, outcome: "pass", status: rendered.status, headers: rendered.headers };
  } catch (err) {
    console.error(`page cache: rendering normally after an error: ${summariseError(err)} at ${stackOf(err)}`);
    return null;
  }
}

function answer(page: KeptPage, nonce: string): Omit<Served, "outcome"> {
  return { body: withNonce(page.body, page.noncePositions, page.nonce, nonce), contentType: page.contentType, cacheControl: page.cacheControl };
}

// Not passed on from this instance's own response: the proxy sets its own policy and security
// headers, and the body is re-sent whole and uncompressed.
const NOT_PASSED_ON = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "content-security-policy", "set-cookie", "x-page-cache"]);

/** Has this instance render the page for the same person; keepable only when it is a plain 200 page. */
async function renderOnce(origin: string, request: IncomingRequest): Promise<Rendered> {
  const headers = new Headers(request.headers);
  for (const h of HOP_BY_HOP) headers.delete(h);
  headers.set(RENDER_HEADER, "1");
  if (!headers.has("x-forwarded-host") && request.headers.get("host")) headers.set("x-forwarded-host", request.headers.get("host")!);
  const res = await fetch(new URL(request.url.pathname + request.url.search, origin), { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get("content-type") ?? "";
  const nonce = nonceOf(res.headers.get("content-security-policy"));
  const passedOn: [string, string][] = [];
  res.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (!NOT_PASSED_ON.has(lower) && !lower.startsWith("x-middleware-")) passedOn.push([name, value]);
  });
  for (const cookie of res.headers.getSetCookie()) passedOn.push(["set-cookie", cookie]);
  const keepable = res.status === 200 && contentType.startsWith("text/html") && res.headers.getSetCookie().length === 0 && !!nonce;
  const kept = keepable ? { body, nonce: nonce!, noncePositions: noncePositions(body, nonce!), contentType, cacheControl: res.headers.get("cache-control") } : null;
  return { kept, status: res.status, headers: passedOn, body, nonce };
}
