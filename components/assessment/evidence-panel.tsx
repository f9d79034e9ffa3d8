"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addEvidenceRef, removeEvidenceRef, removeEvidenceUpload } from "@/app/(app)/assessments/item-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { evidenceRefSchema, sensitivities } from "@/lib/validation/assessment";
import { RemoveItemButton } from "./remove-item-button";
import { UploadForm } from "./upload-form";

export interface EvidenceItem {
  id: string;
  title: string;
  url: string | null;
  issuedOn: string | null;
  issuer: string;
  sensitivity: string;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  size: number;
  sensitivity: string;
}

interface Props {
  assessmentId: string;
  capabilityKey: string;
  items: EvidenceItem[];
  files: EvidenceFile[];
  editable: boolean;
  /** Evidence that exists on this capability but is not shared with this reader (shared readers only). */
  withheld?: number;
}

export function EvidencePanel({ assessmentId, capabilityKey, items, files, editable, withheld = 0 }: Props) {
  const t = useTranslations("evidence");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const empty = { assessmentId, capabilityKey, title: "", url: "", issuedOn: "", issuer: "", sensitivity: "internal" as const };
  const form = useForm<z.input<typeof evidenceRefSchema>>({ resolver: zodResolver(evidenceRefSchema), defaultValues: empty });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => addEvidenceRef(values))) {
      form.reset(empty);
      router.refresh();
    }
  });
  const e = form.formState.errors;
  return (
    <section aria-labelledby={`evidence-${capabilityKey}`} className="space-y-4">
      <h2 id={`evidence-${capabilityKey}`} className="text-xl font-semibold">{t("title")}</h2>
      {items.length === 0 && files.length === 0 && withheld === 0 ? <p className="text-muted">{t("none")}</p> : null}
      {withheld > 0 ? <p className="rounded border-s-4 border-slate-500 bg-slate-50 p-3">{t("withheld", { count: withheld })}</p> : null}
      <ul className="space-y-2">
        {items.map((i) => (
          <li key={i.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-line bg-white p-3">
            <div>
              <p className="font-medium">
                {i.url ? (
                  <a href={i.url} rel="noopener noreferrer nofollow" target="_blank" className="text-brand underline">
                    {i.title}
                  </a>
                ) : (
                  i.title
                )}
              </p>
              <p className="text-sm text-muted">
                {[i.issuer, i.issuedOn, t(`sensitivity.${i.sensitivity as "public"}`)].filter(Boolean).join(" · ")}
              </p>
            </div>
            {editable ? <RemoveItemButton label={t("remove", { title: i.title })} remove={() => removeEvidenceRef({ assessmentId, capabilityKey, itemId: i.id })} /> : null}
          </li>
        ))}
      </ul>
      {files.length ? (
        <ul className="space-y-2" aria-label={t("files")}>
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-line bg-white p-3">
              <div>
                <a href={`/api/files/${f.id}`} className="font-medium text-brand underline" download>
                  {f.fileName}
                </a>
                <p className="text-sm text-muted">{t("fileLine", { kb: Math.max(1, Math.round(f.size / 1024)), sensitivity: t(`sensitivity.${f.sensitivity as "public"}`) })}</p>
              </div>
              {editable ? <RemoveItemButton label={t("remove", { title: f.fileName })} remove={() => removeEvidenceUpload({ assessmentId, capabilityKey, itemId: f.id })} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? <UploadForm assessmentId={assessmentId} capabilityKey={capabilityKey} /> : null}
      {editable ? (
        <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-2" aria-label={t("add")}>
          <div className="md:col-span-2">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
          <Field label={t("fieldTitle")} registration={form.register("title")} error={fieldError(e.title)} />
          <Field label={t("fieldUrl")} type="url" registration={form.register("url")} error={fieldError(e.url)} />
          <Field label={t("fieldIssuer")} registration={form.register("issuer")} error={fieldError(e.issuer)} />
          <Field label={t("fieldDate")} type="date" registration={form.register("issuedOn")} error={fieldError(e.issuedOn)} />
          <SelectField
            label={t("fieldSensitivity")}
            hint={t("sensitivityHint")}
            registration={form.register("sensitivity")}
            error={fieldError(e.sensitivity)}
            options={sensitivities.map((s) => ({ value: s, label: t(`sensitivity.${s}`) }))}
          />
          <div className="flex items-end">
            <Button variant="secondary" disabled={form.formState.isSubmitting}>{t("add")}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
