"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { retryDelayMs, type SaveFailure } from "@/lib/assessment/save-retry";
import { copyKey, makeCopyId, planCopies, type StoredCopy } from "@/lib/assessment/unsaved-copies";
import { readCopies, removeCopy, sweepExpiredCopies, writeCopy } from "./unsaved-store";

export type SaveState = "idle" | "pending" | "saving" | "saved" | SaveFailure | "failed" | "conflict" | "invalid";

export type SaveAttempt<C> =
  | { kind: "saved"; version: number }
  | { kind: "conflict"; current: C }
  | { kind: "invalid" }
  /** Refused for a reason retrying cannot change (forbidden, locked, signed out). */
  | { kind: "failed"; message: string }
  /** Did not reach the database: kept, and tried again. */
  | { kind: "retry"; failure: SaveFailure; message?: string };

export type UnsavedCopy<V> = StoredCopy<V>;

interface Options<V, C> {
  /** Key prefix of this capability's copies (copyBase); each page view adds its own id. */
  storageBase: string;
  initialVersion: number;
  delayMs?: number;
  save: (values: V, expectedVersion: number) => Promise<SaveAttempt<C>>;
}

const retrying = (s: SaveState) => s === "offline" || s === "unreachable" || s === "serverError" || s === "databaseUnavailable";

/**
 * Debounced autosave with a safety net: every change is first written to this page view's
 * own copy in localStorage, removed only once the server confirmed it (so another tab's save
 * never deletes it); a save that did not reach the database is retried with backoff, and at
 * once when the browser comes back online.
 */
export function useAutosave<V, C>({ storageBase, initialVersion, delayMs = 800, save }: Options<V, C>) {
  const [state, setStateValue] = useState<SaveState>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<C | null>(null);
  const [restored, setRestored] = useState(false);
  const stateRef = useRef<SaveState>("idle");
  const version = useRef(initialVersion);
  const latest = useRef<V | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const ownKeyRef = useRef<string | null>(null);
  // The retry timer calls the current flush, which is declared after the code that sets it.
  const flushRef = useRef<(() => Promise<void>) | null>(null);
  const mounted = useRef(true);

  const setState = useCallback((s: SaveState) => {
    stateRef.current = s;
    setStateValue(s);
  }, []);
  /** Made on first use, in the browser: one key per page view, never shared with another tab. */
  const ownKey = useCallback(() => (ownKeyRef.current ??= copyKey(storageBase, makeCopyId(Date.now(), Math.random))), [storageBase]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    const values = latest.current;
    if (values === null) return;
    setState("saving");
    const attempt = (async () => {
      const result = await save(values, version.current);
      if (result.kind === "saved") {
        failures.current = 0;
        version.current = result.version;
        // The page a browser restores on "back" can predate this save: remember what was saved.
        sessionStorage.setItem(`${storageBase}:saved`, JSON.stringify({ values, version: result.version }));
        if (latest.current === values) {
          latest.current = null;
          removeCopy(ownKey());
          setState("saved");
        } else setState("pending");
        setMessage(null);
      } else if (result.kind === "conflict") {
        setConflict(result.current);
        setState("conflict");
      } else if (result.kind === "retry") {
        setMessage(result.message ?? null);
        setState(result.failure);
        // Once the form is gone its copy waits in the browser for the next visit instead.
        if (mounted.current && !timer.current) timer.current = setTimeout(() => void flushRef.current?.(), retryDelayMs(failures.current++, Math.random()));
      } else if (result.kind === "invalid") setState("invalid");
      else {
        setMessage(result.message);
        setState("failed");
      }
    })();
    running.current = attempt.finally(() => {
      running.current = null;
    });
    await running.current;
  }, [save, storageBase, ownKey, setState]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (values: V) => {
      latest.current = values;
      writeCopy(ownKey(), values, version.current);
      // While saves are failing, keep saying why (the input is kept meanwhile).
      if (!retrying(stateRef.current)) setState("pending");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, ownKey, setState],
  );

  /** After a conflict: keep mine (save over the version I have now seen) or take theirs. */
  const resolve = useCallback(
    (choice: "mine" | "theirs", theirVersion: number) => {
      version.current = theirVersion;
      setConflict(null);
      if (choice === "theirs") {
        latest.current = null;
        removeCopy(ownKey());
        setState("saved");
      } else void flush();
    },
    [flush, ownKey, setState],
  );

  const retryNow = useCallback(() => {
    failures.current = 0;
    if (latest.current !== null) void flush();
  }, [flush]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (latest.current !== null) e.preventDefault();
    };
    window.addEventListener("online", retryNow);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retryNow);
      window.removeEventListener("beforeunload", warn);
    };
  }, [retryNow]);
  // Only on unmount (`save` is new on every render, so the effect above re-runs with each one):
  // a link followed before the debounce ended still sends the input once; if that fails, the
  // copy stays in the browser and is offered on the next visit.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      if (latest.current !== null) void flushRef.current?.();
    };
  }, []);

  /** Copies of this capability left unsaved by other views (tabs, earlier visits), newest first. */
  const listUnsaved = useCallback(
    (isAlreadySaved: (values: V) => boolean): UnsavedCopy<V>[] => {
      const now = Date.now();
      sweepExpiredCopies(now);
      const plan = planCopies(readCopies<V>(storageBase), { now, isAlreadySaved, ownKey: ownKeyRef.current ?? undefined });
      plan.drop.forEach(removeCopy);
      return plan.offer;
    },
    [storageBase],
  );

  /**
   * Takes a copy over as this view's input and saves it from the version it was typed on, so
   * a newer saved answer shows as a conflict. Unsaved input of this view is not overwritten:
   * it stays as a copy of its own (offered with the others), and this view starts a new one.
   */
  const restore = useCallback(
    (copy: UnsavedCopy<V>) => {
      if (latest.current !== null) ownKeyRef.current = null;
      // The source copy goes only once this view's copy holds the same words.
      if (writeCopy(ownKey(), copy.values, copy.baseVersion) && copy.key !== ownKey()) removeCopy(copy.key);
      setRestored(true);
      version.current = copy.baseVersion;
      latest.current = copy.values;
      void flush();
    },
    [flush, ownKey],
  );

  /** What this tab last saved, if it is newer than the version the page was rendered with. */
  const readNewerSaved = useCallback((): { values: V; version: number } | null => {
    try {
      const raw = sessionStorage.getItem(`${storageBase}:saved`);
      const saved = raw ? (JSON.parse(raw) as { values: V; version: number }) : null;
      return saved && saved.version > initialVersion ? saved : null;
    } catch {
      return null;
    }
  }, [storageBase, initialVersion]);

  const adopt = useCallback((savedVersion: number) => {
    version.current = savedVersion;
  }, []);

  return { state, message, conflict, restored, change, flush, resolve, retryNow, listUnsaved, restore, discard: removeCopy, readNewerSaved, adopt };
}
