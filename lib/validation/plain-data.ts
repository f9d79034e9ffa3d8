/**
 * Whether a server action's argument is plain JSON-like data: objects, arrays, strings, finite
 * numbers, booleans and null. React decodes "$"-prefixed strings in an action's body into
 * references (a FormData, a Promise, a Date, a Map...); the browser escapes such strings in
 * what it sends, so only a crafted request produces them, and an empty schema would take
 * several of them for "{}".
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  // `undefined` is what an optional field left out of a form arrives as.
  if (value === undefined) return depth > 0;
  if (typeof value !== "object") return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every((v) => isPlainData(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v) => isPlainData(v, depth + 1));
}
