// Where to go after signing in, from the `next` query parameter: only a path on this site.
// The value ends up in a Location header (server redirect) and in the client router, and a
// browser normalises it first (the WHATWG URL parser drops tab, newline and carriage return and
// reads "\" as "/", so "/\t/evil.example" becomes "//evil.example", another site). Rather than
// predicting every such normalisation, anything that is not plain printable ASCII is refused.

const fallbackPath = "/workspace";
const probeOrigin = "http://x.invalid";
const maxLength = 500;

/** One "/", then printable ASCII without spaces or backslashes. */
const plainPath = /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/;
/** A percent-escape, at any depth of re-encoding, of "/", "\" or a control character. */
const hiddenSeparator = /%(?:25)*(?:2f|5c|[01][0-9a-f]|7f)/i;
/** After every decoding: printable ASCII only (no look-alike slashes, no direction marks). */
const printableAscii = /^[\x20-\x7e]*$/;

function fullyDecoded(value: string): string | null {
  let current = value;
  for (let i = 0; i < 5; i += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null; // a malformed escape: some decoder somewhere would read it differently
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * The path to return to, or "/workspace". Accepted only when the value is a plain path on this
 * origin that stays one however many times it is decoded; the result is the browser's own
 * normalisation of it (resolved against a probe origin, which must not change).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > maxLength) return fallbackPath;
  if (!plainPath.test(value) || hiddenSeparator.test(value)) return fallbackPath;
  const decoded = fullyDecoded(value);
  if (decoded === null || !printableAscii.test(decoded) || decoded.includes("\\")) return fallbackPath;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return fallbackPath;
  }
  if (url.origin !== probeOrigin) return fallbackPath;
  // "/..//evil.example" resolves to the path "//evil.example": check what the browser would use.
  const resolved = url.href.slice(probeOrigin.length);
  return plainPath.test(resolved) && !hiddenSeparator.test(resolved) ? resolved : fallbackPath;
}
