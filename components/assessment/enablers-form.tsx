"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveEnablers } from "@/app/(app)/assessments/item-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { enablerAnswersSchema, enablerRatings } from "@/lib/validation/assessment";

interface Enabler {
  key: string;
  name: string;
  description: string;
}

type Values = z.input<typeof enablerAnswersSchema>;

export function EnablersForm({ assessmentId, enablers, initial }: { assessmentId: string; enablers: Enabler[]; initial: Values["answers"] }) {
  const t = useTranslations("enablers");
  const te = useTranslations("errors");
  const router = useRouter();
  const baseId = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(enablerAnswersSchema), defaultValues: { assessmentId, answers: initial } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await run(() => saveEnablers(values))) {
      setSaved(true);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      {enablers.map((e, i) => (
        <fieldset key={e.key} className="space-y-3 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 font-semibold">{e.name}</legend>
          <p className="text-sm">{e.description}</p>
          <div className="grid gap-3 md:grid-cols-[16rem_1fr]">
            <div className="space-y-1">
              <label htmlFor={`${baseId}-${i}-r`} className="block font-medium">{t("rating")}</label>
              <select id={`${baseId}-${i}-r`} className="block min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2" {...form.register(`answers.${i}.rating`, { setValueAs: (v) => (v === "" || v === null ? null : v) })}>
                <option value="">{t("notRated")}</option>
                {enablerRatings.map((r) => (
                  <option key={r} value={r}>{t(`ratings.${r}`)}</option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor={`${baseId}-${i}-n`} className="block font-medium">{t("notes")}</label>
              <textarea id={`${baseId}-${i}-n`} rows={3} className="block w-full rounded border border-slate-500 bg-white px-3 py-2" {...form.register(`answers.${i}.notes`)} />
            </div>
          </div>
        </fieldset>
      ))}
      <Button disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
