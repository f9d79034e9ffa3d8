"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addAction, removeAction } from "@/app/(app)/assessments/item-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { actionStatuses, makeActionItemSchema } from "@/lib/validation/assessment";
import { RemoveItemButton } from "./remove-item-button";

export interface ActionItem {
  id: string;
  what: string;
  owner: string;
  dueOn: string;
  status: string;
}

export function ActionPanel({ assessmentId, capabilityKey, items, editable, today }: { assessmentId: string; capabilityKey: string; items: ActionItem[]; editable: boolean; today: string }) {
  const t = useTranslations("actions");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const schema = useMemo(() => makeActionItemSchema(today), [today]);
  const empty = { assessmentId, capabilityKey, what: "", owner: "", dueOn: "", status: "planned" as const };
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: empty });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => addAction(values))) {
      form.reset(empty);
      router.refresh();
    }
  });
  const e = form.formState.errors;
  return (
    <section aria-labelledby={`actions-${capabilityKey}`} className="space-y-4">
      <h2 id={`actions-${capabilityKey}`} className="text-xl font-semibold">{t("title")}</h2>
      {items.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      <ul className="space-y-2">
        {items.map((i) => (
          <li key={i.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-line bg-white p-3">
            <div>
              <p className="font-medium">{i.what}</p>
              <p className="text-sm text-muted">{t("line", { owner: i.owner, due: i.dueOn, status: t(`status.${i.status as "planned"}`) })}</p>
            </div>
            {editable ? <RemoveItemButton label={t("remove", { what: i.what.slice(0, 40) })} remove={() => removeAction({ assessmentId, capabilityKey, itemId: i.id })} /> : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-2" aria-label={t("add")}>
          <div className="md:col-span-2">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
          <Field label={t("fieldWhat")} registration={form.register("what")} error={fieldError(e.what)} />
          <Field label={t("fieldOwner")} registration={form.register("owner")} error={fieldError(e.owner)} />
          <Field label={t("fieldDue")} type="date" registration={form.register("dueOn")} error={fieldError(e.dueOn)} />
          <SelectField label={t("fieldStatus")} registration={form.register("status")} options={actionStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <div>
            <Button variant="secondary" disabled={form.formState.isSubmitting}>{t("add")}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
