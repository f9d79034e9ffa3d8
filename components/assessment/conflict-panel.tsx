"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { AnswerFields } from "@/lib/assessment/answer-fields";
import type { LevelOption } from "./level-picker";

export interface TheirAnswer extends AnswerFields {
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

interface Mine {
  level: number | null;
  reasoning: string;
  targetLevel: number | null;
  leadAgency: string;
}

/** Someone else saved first: both versions side by side, and the user decides. Nothing is overwritten silently. */
export function ConflictPanel({ mine, theirs, levels, onKeepMine, onTakeTheirs }: { mine: Mine; theirs: TheirAnswer; levels: LevelOption[]; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const t = useTranslations("answer.conflict");
  const label = (v: number | null) => (v === null ? t("none") : `${v}. ${levels.find((l) => l.value === v)?.label ?? ""}`);
  const column = (title: string, a: Mine, testId: string) => (
    <div className="rounded border border-line bg-white p-3" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      <dl className="mt-2 space-y-1 text-sm">
        <dt className="font-medium">{t("level")}</dt>
        <dd>{label(a.level)}</dd>
        <dt className="font-medium">{t("target")}</dt>
        <dd>{label(a.targetLevel)}</dd>
        <dt className="font-medium">{t("leadAgency")}</dt>
        <dd>{a.leadAgency || t("none")}</dd>
        <dt className="font-medium">{t("reasoning")}</dt>
        <dd className="whitespace-pre-wrap">{a.reasoning || t("none")}</dd>
      </dl>
    </div>
  );
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-3 rounded border-s-4 border-red-700 bg-red-50 p-4">
      <h2 id="conflict-title" className="text-lg font-semibold">{t("title")}</h2>
      <p>{t("explain", { name: theirs.updatedByName ?? "?" })}</p>
      <div className="grid gap-3 md:grid-cols-2">
        {column(t("yours"), mine, "conflict-mine")}
        {column(t("theirs", { name: theirs.updatedByName ?? "?" }), theirs, "conflict-theirs")}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onKeepMine}>{t("keepMine")}</Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>{t("takeTheirs")}</Button>
      </div>
    </section>
  );
}
