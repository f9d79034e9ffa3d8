"use client";

import { useTranslations } from "next-intl";
import type { SaveState } from "./use-autosave";

const tone: Record<SaveState, string> = {
  idle: "text-muted",
  pending: "text-muted",
  saving: "text-muted",
  saved: "text-emerald-800",
  offline: "text-amber-900",
  failed: "text-red-800",
  conflict: "text-red-800",
  invalid: "text-red-800",
};

/** Always visible, announced politely: people must know whether their words are safe. */
export function SaveStatus({ state, message, restored }: { state: SaveState; message: string | null; restored: boolean }) {
  const t = useTranslations("answer.save");
  return (
    <div className="sticky top-0 z-10 rounded border border-line bg-white/95 px-3 py-2">
      <p role="status" aria-live="polite" data-testid="save-status" data-state={state} className={`font-medium ${tone[state]}`}>
        {t(state)}
        {state === "failed" && message ? ` ${message}` : ""}
      </p>
      {restored ? <p className="text-sm">{t("restored")}</p> : null}
    </div>
  );
}
