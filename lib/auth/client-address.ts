/**
 * The client's address from X-Forwarded-For. Each proxy appends the address it received
 * the request from; Next.js adds the socket's address only when the header is absent.
 * So the entry written by the outermost trusted proxy is `trustedHops` from the right
 * (with no proxy, the right-most, which Next.js wrote, unless the client sent the header
 * itself: without a proxy the per-address throttle can be evaded; per-account limits hold).
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
