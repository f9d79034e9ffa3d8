"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { commentOnAssessment } from "@/app/(app)/assessments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { commentSchema } from "@/lib/validation/assessment";

export function CommentForm({ assessmentId, capabilityKey, parentId = null }: { assessmentId: string; capabilityKey: string | null; parentId?: string | null }) {
  const t = useTranslations("assessments.comments");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof commentSchema>>({ resolver: zodResolver(commentSchema), defaultValues: { assessmentId, capabilityKey, parentId, body: "" } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => commentOnAssessment(values))) {
      form.reset({ assessmentId, capabilityKey, parentId, body: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={parentId ? t("reply") : t("add")} registration={form.register("body")} error={fieldError(form.formState.errors.body)} />
      <Button variant="secondary" disabled={form.formState.isSubmitting}>
        {parentId ? t("postReply") : t("post")}
      </Button>
    </form>
  );
}
