"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { reviewAssessment, submitAssessment } from "@/app/(app)/assessments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WorkflowAction } from "@/lib/assessment/workflow";

export function WorkflowPanel({ assessmentId, actions, missing }: { assessmentId: string; actions: WorkflowAction[]; missing: number }) {
  const t = useTranslations("assessments.workflow");
  const te = useTranslations("errors");
  const router = useRouter();
  const commentId = useId();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (actions.length === 0) return null;
  const run = (action: WorkflowAction) =>
    start(async () => {
      setError(null);
      const call = action === "submit" ? submitAssessment : reviewAssessment;
      const r = await call({ assessmentId, action, comment }).catch(() => null);
      if (r?.ok) {
        setComment("");
        router.refresh();
      } else setError(r ? [r.message, ...Object.values(r.fieldErrors ?? {})].join(" ") : te("network"));
    });
  return (
    <section aria-labelledby="workflow-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="workflow-title" className="text-xl font-semibold">{t("title")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {actions.includes("submit") && missing > 0 ? <p>{t("missing", { count: missing })}</p> : null}
      <div className="space-y-1">
        <label htmlFor={commentId} className="block font-medium">
          {t("comment")}
        </label>
        <textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} className="block w-full rounded border border-slate-500 bg-white px-3 py-2" />
      </div>
      <div className="flex flex-wrap gap-3">
        {actions.map((a) => (
          <Button key={a} type="button" variant={a === "return" || a === "reopen" ? "secondary" : "primary"} disabled={pending} onClick={() => run(a)}>
            {t(a)}
          </Button>
        ))}
      </div>
    </section>
  );
}
