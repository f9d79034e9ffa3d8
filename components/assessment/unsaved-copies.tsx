"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { LevelOption } from "./level-picker";
import type { UnsavedCopy } from "./use-autosave";

interface CopyValues {
  level: number | null;
  reasoning: string;
  leadAgency: string;
}

/**
 * Input this browser kept and the server never received (another tab, a closed page, an
 * outage). Nothing is restored or thrown away without the person choosing it.
 */
export function UnsavedCopies<V extends CopyValues>({ copies, levels, onRestore, onDiscard }: { copies: UnsavedCopy<V>[]; levels: LevelOption[]; onRestore: (c: UnsavedCopy<V>) => void; onDiscard: (c: UnsavedCopy<V>) => void }) {
  const t = useTranslations("answer.unsaved");
  const format = useFormatter();
  const titleId = useId();
  if (copies.length === 0) return null;
  const level = (v: number | null) => (v === null ? t("noLevel") : t("level", { level: `${v}. ${levels.find((l) => l.value === v)?.label ?? ""}` }));
  return (
    <section aria-labelledby={titleId} data-testid="unsaved-copies" className="space-y-3 rounded border-s-4 border-amber-700 bg-amber-50 p-4">
      <h2 id={titleId} className="text-lg font-semibold">{t("title")}</h2>
      <p>{t("intro")}</p>
      <ul className="space-y-3">
        {copies.map((c) => (
          <li key={c.key} data-testid="unsaved-copy" className="rounded border border-line bg-white p-3">
            <p className="font-medium">
              <time dateTime={new Date(c.at).toISOString()}>{t("typedAt", { time: format.dateTime(c.at, { dateStyle: "medium", timeStyle: "short" }) })}</time>
            </p>
            <p className="text-sm">{level(c.values.level)}</p>
            <p className="line-clamp-3 whitespace-pre-wrap text-sm">{c.values.reasoning || t("noReasoning")}</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <Button type="button" onClick={() => onRestore(c)}>{t("restore")}</Button>
              <Button type="button" variant="secondary" onClick={() => onDiscard(c)}>{t("discard")}</Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
