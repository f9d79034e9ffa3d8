"use client";

import { expiredCopyKeys, isCopyOf, parseCopy, serializeCopy, type StoredCopy } from "@/lib/assessment/unsaved-copies";

// localStorage can throw (storage full, disabled, private mode): an autosave must still go on.

/** Writes one view's copy; false when the browser refused it. */
export function writeCopy<V>(key: string, values: V, baseVersion: number): boolean {
  try {
    localStorage.setItem(key, serializeCopy(values, baseVersion, Date.now()));
    return true;
  } catch {
    return false;
  }
}

export function removeCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: a copy that cannot be removed is offered again, never lost.
  }
}

function entries(): { key: string; raw: string | null }[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
      .filter((k): k is string => k !== null)
      .map((key) => ({ key, raw: localStorage.getItem(key) }));
  } catch {
    return [];
  }
}

/** Every copy of one capability still in this browser; what cannot be read is removed. */
export function readCopies<V>(base: string): StoredCopy<V>[] {
  const out: StoredCopy<V>[] = [];
  for (const e of entries()) {
    if (!isCopyOf(base, e.key)) continue;
    const copy = parseCopy<V>(e.key, e.raw);
    if (copy) out.push(copy);
    else removeCopy(e.key);
  }
  return out;
}

/** Removes copies of any capability past their age, so a browser does not fill up over the years. */
export function sweepExpiredCopies(now: number): void {
  for (const key of expiredCopyKeys(entries(), now)) removeCopy(key);
}
