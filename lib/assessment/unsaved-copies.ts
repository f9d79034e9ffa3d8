/**
 * Unsaved copies of an answer kept in the browser (localStorage) until the server confirms
 * them. Each page view writes its own key, so one tab's save can never delete what another
 * tab typed; on the next visit every copy still there is offered to the person.
 */

export const UNSAVED_PREFIX = "mnr-unsaved:";
/** Old enough that nobody will want it back; without an end they would pile up forever. */
export const MAX_COPY_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** More than anyone keeps open on one capability: the oldest beyond it are dropped. */
export const MAX_COPIES_PER_CAPABILITY = 10;

export interface StoredCopy<V> {
  key: string;
  values: V;
  baseVersion: number;
  /** When it was last written (ms since epoch). */
  at: number;
}

/** The key prefix shared by every copy of one capability's answer. */
export function copyBase(assessmentId: string, capabilityKey: string): string {
  return `${UNSAVED_PREFIX}${assessmentId}:${capabilityKey}`;
}

export function copyKey(base: string, copyId: string): string {
  return `${base}:${copyId}`;
}

/** A fresh id for one page view's copy; `random` is Math.random or a test's stand-in. */
export function makeCopyId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, "0")}`;
}

/** Whether a storage key holds a copy of this capability: per-view keys, and the one key earlier releases wrote. */
export function isCopyOf(base: string, key: string): boolean {
  if (key === base) return true;
  if (!key.startsWith(`${base}:`)) return false;
  const id = key.slice(base.length + 1);
  return id.length > 0 && !id.includes(":");
}

/** A stored entry read back, or null when it is not one we wrote (then it is dropped). */
export function parseCopy<V>(key: string, raw: string | null): StoredCopy<V> | null {
  if (!raw) return null;
  try {
    const e = JSON.parse(raw) as { values?: unknown; baseVersion?: unknown; at?: unknown };
    if (!e || typeof e.values !== "object" || e.values === null) return null;
    if (!Number.isInteger(e.baseVersion) || (e.baseVersion as number) < 0) return null;
    // Entries of earlier releases may lack a time: count them as written now, so they are offered.
    const at = typeof e.at === "number" && Number.isFinite(e.at) ? e.at : Date.now();
    return { key, values: e.values as V, baseVersion: e.baseVersion as number, at };
  } catch {
    return null;
  }
}

export function serializeCopy<V>(values: V, baseVersion: number, at: number): string {
  return JSON.stringify({ values, baseVersion, at });
}

export interface CopyPlan<V> {
  /** Newest first: what the person is asked to restore or discard. */
  offer: StoredCopy<V>[];
  /** Keys to remove now: expired, beyond the cap, or already saved word for word. */
  drop: string[];
}

/**
 * Which copies of one capability to offer. A copy equal to the stored answer is already
 * saved (its reply was lost, or another tab saved the same), so it is dropped, not offered.
 */
export function planCopies<V>(copies: StoredCopy<V>[], opts: { now: number; isAlreadySaved: (values: V) => boolean; ownKey?: string }): CopyPlan<V> {
  const drop: string[] = [];
  const live: StoredCopy<V>[] = [];
  for (const c of copies) {
    if (c.key === opts.ownKey) continue;
    if (opts.now - c.at > MAX_COPY_AGE_MS || opts.isAlreadySaved(c.values)) drop.push(c.key);
    else live.push(c);
  }
  live.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
  for (const c of live.slice(MAX_COPIES_PER_CAPABILITY)) drop.push(c.key);
  return { offer: live.slice(0, MAX_COPIES_PER_CAPABILITY), drop };
}

/** Across every capability: keys of copies too old to keep, or unreadable. */
export function expiredCopyKeys(entries: { key: string; raw: string | null }[], now: number): string[] {
  return entries
    .filter((e) => e.key.startsWith(UNSAVED_PREFIX))
    .filter((e) => {
      const c = parseCopy(e.key, e.raw);
      return !c || now - c.at > MAX_COPY_AGE_MS;
    })
    .map((e) => e.key);
}
