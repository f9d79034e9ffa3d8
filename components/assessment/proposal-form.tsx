"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { agreeLevel, proposeLevel } from "@/app/(app)/assessments/proposal-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { agreeSchema, proposalSchema } from "@/lib/validation/assessment";

interface Common {
  assessmentId: string;
  capabilityKey: string;
  levels: { value: number; label: string }[];
}

// Selects hand strings to the form; the schema wants a number.
const asLevel = { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) };

/** A contributor's own proposal: one per person, proposing again replaces it. */
export function ProposalForm({ assessmentId, capabilityKey, levels, mine }: Common & { mine: { level: number; reasoning: string } | null }) {
  const t = useTranslations("proposals");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof proposalSchema>>({
    resolver: zodResolver(proposalSchema),
    defaultValues: { assessmentId, capabilityKey, level: mine?.level ?? levels[0]!.value, reasoning: mine?.reasoning ?? "" },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => proposeLevel(values))) router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-line bg-white p-4" aria-label={t("yourProposal")}>
      <h3 className="font-semibold">{mine ? t("updateProposal") : t("yourProposal")}</h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label={t("proposedLevel")} registration={form.register("level", asLevel)} error={fieldError(e.level)} options={levels.map((l) => ({ value: String(l.value), label: `${l.value}. ${l.label}` }))} />
      <TextAreaField label={t("proposalReasoning")} hint={t("proposalReasoningHint")} registration={form.register("reasoning")} error={fieldError(e.reasoning)} />
      <Button variant="secondary" disabled={form.formState.isSubmitting}>{mine ? t("updateProposal") : t("propose")}</Button>
    </form>
  );
}

/** The focal point settles the level, saying why; the proposals stay on record beside it. */
export function AgreeForm({ assessmentId, capabilityKey, levels, version, suggested }: Common & { version: number; suggested: number | null }) {
  const t = useTranslations("proposals");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof agreeSchema>>({
    resolver: zodResolver(agreeSchema),
    defaultValues: { assessmentId, capabilityKey, expectedVersion: version, level: suggested ?? levels[0]!.value, reason: "" },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => agreeLevel(values))) router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-line bg-white p-4" aria-label={t("agreeTitle")}>
      <h3 className="font-semibold">{t("agreeTitle")}</h3>
      <p className="text-sm text-muted">{t("agreeHint")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label={t("agreedLevel")} registration={form.register("level", asLevel)} error={fieldError(e.level)} options={levels.map((l) => ({ value: String(l.value), label: `${l.value}. ${l.label}` }))} />
      <TextAreaField label={t("agreeReason")} hint={t("agreeReasonHint")} registration={form.register("reason")} error={fieldError(e.reason)} />
      <Button disabled={form.formState.isSubmitting}>{t("agree")}</Button>
    </form>
  );
}
