"use client";

import { useTranslations } from "next-intl";
import type { SaveState } from "./use-autosave";

const tone: Record<SaveState, string> = {
  idle: "text-muted",
  pending: "text-muted",
  saving: "text-muted",
  saved: "text-emerald-800",
  offline: "text-amber-900",
  unreachable: "text-amber-900",
  serverError: "text-amber-900",
  databaseUnavailable: "text-amber-900",
  failed: "text-red-800",
  conflict: "text-red-800",
  invalid: "text-red-800",
};

const retried = new Set<SaveState>(["offline", "unreachable", "serverError", "databaseUnavailable"]);

/** Always visible, announced politely: people must know whether their words are safe, and why not. */
export function SaveStatus({ state, message, restored, onRetryNow }: { state: SaveState; message: string | null; restored: boolean; onRetryNow: () => void }) {
  const t = useTranslations("answer.save");
  // The server's own words add a reference to quote, or why it refused.
  const detail = (state === "failed" || state === "serverError") && message ? ` ${message}` : "";
  return (
    <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded border border-line bg-white/95 px-3 py-2">
      <div>
        <p role="status" aria-live="polite" data-testid="save-status" data-state={state} className={`font-medium ${tone[state]}`}>
          {t(state)}
          {detail}
        </p>
        {restored ? <p className="text-sm">{t("restored")}</p> : null}
      </div>
      {retried.has(state) && state !== "offline" ? (
        <button type="button" onClick={onRetryNow} className="min-h-11 rounded border border-brand px-3 text-brand hover:bg-brand-soft">
          {t("retryNow")}
        </button>
      ) : null}
    </div>
  );
}
