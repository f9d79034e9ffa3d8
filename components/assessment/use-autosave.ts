"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "offline" | "failed" | "conflict" | "invalid";

export type SaveAttempt<C> = { kind: "saved"; version: number } | { kind: "conflict"; current: C } | { kind: "invalid" } | { kind: "failed"; message: string } | { kind: "offline" };

interface Options<V, C> {
  storageKey: string;
  initialVersion: number;
  delayMs?: number;
  save: (values: V, expectedVersion: number) => Promise<SaveAttempt<C>>;
}

/**
 * Debounced autosave with a safety net: every change is first written to localStorage, and
 * only removed once the server confirmed it; a lost connection is retried when it returns.
 */
export function useAutosave<V, C>({ storageKey, initialVersion, delayMs = 800, save }: Options<V, C>) {
  const [state, setState] = useState<SaveState>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<C | null>(null);
  const [restored, setRestored] = useState(false);
  const version = useRef(initialVersion);
  const latest = useRef<V | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);

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
        version.current = result.version;
        // The page a browser restores on "back" can predate this save: remember what was saved.
        sessionStorage.setItem(`${storageKey}:saved`, JSON.stringify({ values, version: result.version }));
        if (latest.current === values) {
          latest.current = null;
          localStorage.removeItem(storageKey);
          setState("saved");
        } else setState("pending");
        setMessage(null);
      } else if (result.kind === "conflict") {
        setConflict(result.current);
        setState("conflict");
      } else if (result.kind === "offline") setState("offline");
      else if (result.kind === "invalid") setState("invalid");
      else {
        setMessage(result.message);
        setState("failed");
      }
    })();
    running.current = attempt.finally(() => {
      running.current = null;
    });
    await running.current;
  }, [save, storageKey]);

  const change = useCallback(
    (values: V) => {
      latest.current = values;
      localStorage.setItem(storageKey, JSON.stringify({ values, baseVersion: version.current, at: Date.now() }));
      setState("pending");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, storageKey],
  );

  /** After a conflict: keep mine (save over the version I have now seen) or take theirs. */
  const resolve = useCallback(
    (choice: "mine" | "theirs", theirVersion: number) => {
      version.current = theirVersion;
      setConflict(null);
      if (choice === "theirs") {
        latest.current = null;
        localStorage.removeItem(storageKey);
        setState("saved");
      } else void flush();
    },
    [flush, storageKey],
  );

  useEffect(() => {
    const retry = () => {
      if (latest.current !== null) void flush();
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (latest.current !== null) e.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
    };
  }, [flush]);

  /** Unsaved input left in this browser by an earlier visit, if any. */
  const readStored = useCallback((): { values: V; baseVersion: number } | null => {
    try {
      const raw = localStorage.getItem(storageKey);
      return raw ? (JSON.parse(raw) as { values: V; baseVersion: number }) : null;
    } catch {
      return null;
    }
  }, [storageKey]);

  const restore = useCallback((values: V, baseVersion: number) => {
    setRestored(true);
    version.current = baseVersion;
    latest.current = values;
    void flush();
  }, [flush]);

  /** What this tab last saved, if it is newer than the version the page was rendered with. */
  const readNewerSaved = useCallback((): { values: V; version: number } | null => {
    try {
      const raw = sessionStorage.getItem(`${storageKey}:saved`);
      const saved = raw ? (JSON.parse(raw) as { values: V; version: number }) : null;
      return saved && saved.version > initialVersion ? saved : null;
    } catch {
      return null;
    }
  }, [storageKey, initialVersion]);

  const adopt = useCallback((savedVersion: number) => {
    version.current = savedVersion;
  }, []);

  return { state, message, conflict, restored, change, flush, resolve, readStored, restore, readNewerSaved, adopt };
}
