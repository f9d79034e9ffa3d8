// Server-action requests as this app's own pages send them. React encodes an action's arguments
// as JSON in which a string starting with "$" is a reference to decode (a FormData, a Promise,
// another part of the body...); the browser escapes a real leading "$" as "$$". A crafted body
// with other references made React's decoder throw before any action ran, which Next.js answers
// with a 500, or produced objects no schema expects. The proxy refuses such bodies with a 400.

/** "$"-strings the browser's encoder produces for plain values, which decode without surprises. */
const plainValue = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

export type ActionBodyVerdict = { ok: true } | { ok: false; reason: "multipart" | "notJson" | "reference" };

/**
 * `contentType` and `body` of a POST carrying a Next-Action header. The pages call every
 * action with plain objects, which React sends as one JSON text; multipart bodies only come
 * with files, form actions or streams, none of which this app's actions take.
 */
export function checkActionBody(contentType: string | null, body: string): ActionBodyVerdict {
  if ((contentType ?? "").toLowerCase().startsWith("multipart/")) return { ok: false, reason: "multipart" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: "notJson" };
  }
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const pending: unknown[] = [parsed];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !plainValue.test(value)) return { ok: false, reason: "reference" };
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (value && typeof value === "object") {
      pending.push(...Object.values(value));
    }
  }
  return { ok: true };
}
