"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { saveAnswer } from "@/app/(app)/assessments/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFieldError } from "@/components/ui/use-field-error";
import { makeAnswerSchema, type AnswerInput } from "@/lib/validation/assessment";
import { ConflictPanel, type TheirAnswer } from "./conflict-panel";
import { LevelPicker, type LevelOption } from "./level-picker";
import { SaveStatus } from "./save-status";
import { UnsavedCopies } from "./unsaved-copies";
import { useAutosave, type SaveAttempt, type UnsavedCopy } from "./use-autosave";
import { isSameAnswer } from "@/lib/assessment/same-answer";
import { failureOfCode, failureOfThrown } from "@/lib/assessment/save-retry";
import { copyBase } from "@/lib/assessment/unsaved-copies";

export type AnswerValues = Omit<AnswerInput, "assessmentId" | "capabilityKey" | "expectedVersion">;

interface Props {
  assessmentId: string;
  capabilityKey: string;
  levels: LevelOption[];
  initial: AnswerValues;
  version: number;
  prevHref: string | null;
  nextHref: string | null;
  overviewHref: string;
}

/** The answer itself, without the ids and version the request carries. */
function answerValuesOf(v: AnswerInput): AnswerValues {
  return {
    level: v.level,
    notApplicable: v.notApplicable,
    notApplicableReason: v.notApplicableReason,
    reasoning: v.reasoning,
    confidence: v.confidence,
    targetLevel: v.targetLevel,
    targetDate: v.targetDate,
    leadAgency: v.leadAgency,
  };
}

const selectClass = "block min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2";

export function AnswerForm({ assessmentId, capabilityKey, levels, initial, version, prevHref, nextHref, overviewHref }: Props) {
  const t = useTranslations("answer");
  const router = useRouter();
  const fieldError = useFieldError();
  const ids = { confidence: useId(), target: useId(), reasoning: useId(), naReason: useId() };
  const values = levels.map((l) => l.value);
  const schema = useMemo(
    () => makeAnswerSchema(Math.min(...values), Math.max(...values)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [levels],
  );
  const form = useForm<AnswerInput>({
    resolver: zodResolver(schema),
    mode: "onChange",
    defaultValues: { ...initial, assessmentId, capabilityKey, expectedVersion: version },
  });

  const autosave = useAutosave<AnswerValues, TheirAnswer>({
    storageBase: copyBase(assessmentId, capabilityKey),
    initialVersion: version,
    save: async (v, expectedVersion): Promise<SaveAttempt<TheirAnswer>> => {
      const ok = await form.trigger();
      if (!ok) return { kind: "invalid" };
      let r: Awaited<ReturnType<typeof saveAnswer>>;
      try {
        r = await saveAnswer({ ...v, assessmentId, capabilityKey, expectedVersion });
      } catch (err) {
        return { kind: "retry", failure: failureOfThrown(err, navigator.onLine) };
      }
      if (!r.ok) {
        const failure = failureOfCode(r.code);
        if (failure) return { kind: "retry", failure, message: r.message };
        for (const [field, message] of Object.entries(r.fieldErrors ?? {})) form.setError(field as keyof AnswerInput, { type: "server", message });
        return { kind: "failed", message: r.message };
      }
      if (r.data.saved) return { kind: "saved", version: r.data.version };
      // Our own earlier save, whose reply was lost: nothing to reconcile.
      if (isSameAnswer(v, r.data.current)) return { kind: "saved", version: r.data.current.version };
      return { kind: "conflict", current: r.data.current };
    },
  });

  // Set once the form runs in the browser: typing before then reaches the field but not the form's
  // state (#14 renders every saved value on the server; this marks when typing is safe).
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);
  const watched = useWatch({ control: form.control });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    autosave.change(answerValuesOf(watched as AnswerInput));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watched]);

  // Input typed in this browser and never confirmed by the server (another tab, an earlier
  // visit, an outage) is offered, each copy on its own: restoring one saves it the normal way.
  const [copies, setCopies] = useState<UnsavedCopy<AnswerValues>[]>([]);
  useEffect(() => {
    let stored: AnswerValues = initial;
    // Back to a page the browser kept from before our last save: show what was saved since.
    const saved = autosave.readNewerSaved();
    if (saved) {
      first.current = true;
      form.reset({ ...saved.values, assessmentId, capabilityKey, expectedVersion: saved.version });
      autosave.adopt(saved.version);
      stored = saved.values;
    }
    // localStorage exists only in the browser, after hydration: read once here, not in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCopies(autosave.listUnsaved((v) => isSameAnswer(v, stored)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const restoreCopy = (copy: UnsavedCopy<AnswerValues>) => {
    first.current = true;
    form.reset({ ...copy.values, assessmentId, capabilityKey, expectedVersion: copy.baseVersion });
    autosave.restore(copy);
    // Unsaved input of this view, if any, became a copy of its own: list it with the rest.
    setCopies(autosave.listUnsaved(() => false));
  };
  const discardCopy = (copy: UnsavedCopy<AnswerValues>) => {
    autosave.discard(copy.key);
    setCopies((list) => list.filter((c) => c.key !== copy.key));
  };

  const go = async (href: string) => {
    await autosave.flush();
    router.push(href);
  };

  const level = useWatch({ control: form.control, name: "level" });
  const notApplicable = useWatch({ control: form.control, name: "notApplicable" });
  const targetLevel = useWatch({ control: form.control, name: "targetLevel" });
  const confidence = useWatch({ control: form.control, name: "confidence" });
  const e = form.formState.errors;
  const set = <K extends "level" | "notApplicable" | "confidence" | "targetLevel">(k: K, v: AnswerInput[K]) =>
    form.setValue(k, v as never, { shouldDirty: true, shouldValidate: true });

  return (
    <form onSubmit={(ev) => ev.preventDefault()} noValidate className="space-y-8" data-ready={ready ? "true" : undefined}>
      <SaveStatus state={autosave.state} message={autosave.message} restored={autosave.restored} onRetryNow={autosave.retryNow} />
      <UnsavedCopies copies={copies} levels={levels} onRestore={restoreCopy} onDiscard={discardCopy} />
      {autosave.conflict ? (
        <ConflictPanel
          mine={form.getValues()}
          theirs={autosave.conflict}
          levels={levels}
          onKeepMine={() => autosave.resolve("mine", autosave.conflict!.version)}
          onTakeTheirs={() => {
            const c = autosave.conflict!;
            first.current = true;
            form.reset({
              assessmentId,
              capabilityKey,
              expectedVersion: c.version,
              level: c.level,
              notApplicable: c.notApplicable,
              notApplicableReason: c.notApplicableReason ?? "",
              reasoning: c.reasoning,
              confidence: c.confidence as AnswerInput["confidence"],
              targetLevel: c.targetLevel,
              targetDate: c.targetDate ?? "",
              leadAgency: c.leadAgency,
            });
            autosave.resolve("theirs", c.version);
          }}
        />
      ) : null}

      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="size-5" checked={notApplicable} onChange={(ev) => set("notApplicable", ev.target.checked)} />
        {t("notApplicable")}
      </label>
      {notApplicable ? (
        <div className="space-y-1">
          <label htmlFor={ids.naReason} className="block font-medium">{t("notApplicableReason")}</label>
          <textarea id={ids.naReason} rows={2} className={selectClass} aria-invalid={e.notApplicableReason ? true : undefined} aria-describedby={e.notApplicableReason ? `${ids.naReason}-e` : undefined} {...form.register("notApplicableReason")} />
          {e.notApplicableReason ? <p id={`${ids.naReason}-e`} className="text-sm font-medium text-red-800">{fieldError(e.notApplicableReason)}</p> : null}
        </div>
      ) : (
        <LevelPicker legend={t("level")} notAssessedLabel={t("notAssessed")} levels={levels} value={level} onChange={(v) => set("level", v)} error={fieldError(e.level)} />
      )}

      <div className="space-y-1">
        <label htmlFor={ids.reasoning} className="block font-medium">{t("reasoning")}</label>
        <p id={`${ids.reasoning}-hint`} className="text-sm text-muted">{t("reasoningHint")}</p>
        <textarea id={ids.reasoning} rows={6} className={selectClass} aria-describedby={`${ids.reasoning}-hint`} {...form.register("reasoning")} />
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={ids.confidence} className="block font-medium">{t("confidence")}</label>
          <select id={ids.confidence} className={selectClass} value={confidence ?? ""} onChange={(ev) => set("confidence", (ev.target.value || null) as AnswerInput["confidence"])}>
            <option value="">{t("notRated")}</option>
            {(["low", "medium", "high"] as const).map((c) => (
              <option key={c} value={c}>{t(`confidenceLevels.${c}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.target} className="block font-medium">{t("targetLevel")}</label>
          <select id={ids.target} className={selectClass} value={targetLevel ?? ""} aria-invalid={e.targetLevel ? true : undefined} aria-describedby={e.targetLevel ? `${ids.target}-e` : undefined} onChange={(ev) => set("targetLevel", ev.target.value === "" ? null : Number(ev.target.value))}>
            <option value="">{t("noTarget")}</option>
            {levels.map((l) => (
              <option key={l.value} value={l.value}>{l.value}. {l.label}</option>
            ))}
          </select>
          {e.targetLevel ? <p id={`${ids.target}-e`} className="text-sm font-medium text-red-800">{fieldError(e.targetLevel)}</p> : null}
        </div>
        <Field label={t("targetDate")} type="date" registration={form.register("targetDate")} error={fieldError(e.targetDate)} />
        <Field label={t("leadAgency")} registration={form.register("leadAgency")} error={fieldError(e.leadAgency)} />
      </div>

      <nav aria-label={t("stepNav")} className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
        {prevHref ? <Button type="button" variant="secondary" onClick={() => go(prevHref)}>{t("previous")}</Button> : <span />}
        <Button type="button" variant="secondary" onClick={() => go(overviewHref)}>{t("overview")}</Button>
        {nextHref ? <Button type="button" onClick={() => go(nextHref)}>{t("next")}</Button> : null}
      </nav>
    </form>
  );
}
