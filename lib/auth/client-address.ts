/**
 * The client's address from X-Forwarded-For. Each proxy appends the address it received the
 * request from, so the entry written by the outermost trusted proxy is `trustedHops` from the
 * right. With no trusted proxy the header holds only what Next.js wrote from the socket: the
 * proxy (proxy.ts) removes whatever the client sent (see untrustedForwardedFor).
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedHops: number): string {
  const parts = (forwardedFor ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return "unknown";
  const index = Math.max(0, parts.length - Math.max(1, trustedHops));
  return parts[index]!.slice(0, 64);
}

/**
 * Whether the X-Forwarded-For a request arrived with must be dropped before the app reads it:
 * with no trusted proxy it is the client's own claim. Next.js 16 writes the socket's address into
 * the header only when it is absent (server/base-server.js, before the proxy and again before the
 * page or action), so once the proxy has removed it the app sees the socket's address there.
 */
export function untrustedForwardedFor(trustedHops: number): boolean {
  return trustedHops === 0;
}
