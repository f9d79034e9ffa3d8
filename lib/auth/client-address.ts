/**
 * The client's address from X-Forwarded-For. Each proxy appends the address it received
 * from, so only the right-most `trustedHops + 1` entries are trustworthy; anything further
 * left may be written by the client itself. Next.js's own server is the first hop.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedHops: number): string {
  const parts = (forwardedFor ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return "unknown";
  const index = Math.max(0, parts.length - 1 - trustedHops);
  return parts[index]!.slice(0, 64);
}
