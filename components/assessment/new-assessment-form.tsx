"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createAssessment } from "@/app/(app)/assessments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { createAssessmentSchema } from "@/lib/validation/assessment";

export function NewAssessmentForm({ baselineTitle }: { baselineTitle: string | null }) {
  const t = useTranslations("assessments");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof createAssessmentSchema>>({
    resolver: zodResolver(createAssessmentSchema),
    defaultValues: { title: "", period: String(new Date().getFullYear()), useBaseline: !!baselineTitle },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    const data = await run(() => createAssessment(values));
    if (data) router.push(`/assessments/${data.assessmentId}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("fieldTitle")} hint={t("fieldTitleHint")} registration={form.register("title")} error={fieldError(form.formState.errors.title)} />
      <Field label={t("fieldPeriod")} hint={t("fieldPeriodHint")} registration={form.register("period")} error={fieldError(form.formState.errors.period)} />
      {baselineTitle ? (
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" className="size-5" {...form.register("useBaseline")} />
          {t("useBaseline", { title: baselineTitle })}
        </label>
      ) : (
        <p className="text-sm text-muted">{t("noBaseline")}</p>
      )}
      <Button disabled={form.formState.isSubmitting}>{t("create")}</Button>
    </form>
  );
}
