import { NextResponse, type NextRequest } from "next/server";
import { untrustedForwardedFor } from "@/lib/auth/client-address";
import { readEnv } from "@/lib/env";
import { servePage } from "@/lib/render-cache/serve";
import { checkActionBody } from "@/lib/security/action-body";
import { buildCsp, securityHeaders } from "@/lib/security/headers";

let dropsForwardedForCached: boolean | undefined;
const dropsForwardedFor = () => (dropsForwardedForCached ??= untrustedForwardedFor(readEnv().TRUSTED_PROXY_HOPS));

// Runs before every request: a fresh CSP nonce (Next.js reads it from the request's
// policy header and puts it on its own scripts) and the security headers. Dashboards and
// comparison pages may be answered from this instance's kept pages (lib/render-cache).
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = buildCsp(nonce, dev);
  // A server-action body this app's pages never send is refused before React decodes it
  // (lib/security/action-body.ts). Next.js buffers the body for the proxy, so reading it here
  // leaves it whole for the action.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const verdict = checkActionBody(request.headers.get("content-type"), await request.text());
    if (!verdict.ok) {
      const refused = new NextResponse(`malformed server action request (${verdict.reason})`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      refused.headers.set("Content-Security-Policy", csp);
      for (const [name, value] of Object.entries(securityHeaders(process.env.NODE_ENV === "production"))) refused.headers.set(name, value);
      return refused;
    }
  }
  const kept = await servePage({ method: request.method, url: new URL(request.url), headers: request.headers, cookie: (name) => request.cookies.get(name)?.value }, nonce);
  let response: NextResponse;
  if (kept?.outcome === "pass") {
    // Rendered for this request by the page keeper but not kept (a refusal, a redirect): as rendered.
    const headers = new Headers();
    for (const [name, value] of kept.headers ?? []) headers.append(name, value);
    response = new NextResponse(kept.status === 204 || kept.status === 304 ? null : new Uint8Array(kept.body), { status: kept.status, headers });
  } else if (kept) {
    response = new NextResponse(new Uint8Array(kept.body), { status: 200, headers: { "Content-Type": kept.contentType, "X-Page-Cache": kept.outcome } });
    if (kept.cacheControl) response.headers.set("Cache-Control", kept.cacheControl);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    // Without a trusted proxy in front, a client's X-Forwarded-For is its own claim: removed here,
    // Next.js puts the socket's address in its place before the page or action runs.
    if (dropsForwardedFor()) requestHeaders.delete("x-forwarded-for");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(process.env.NODE_ENV === "production"))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
