"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changePassword } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { changePasswordSchema } from "@/lib/validation/auth";

export function ChangePasswordForm() {
  const t = useTranslations("password");
  const te = useTranslations("errors");
  const fieldError = useFieldError();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    setDone(false);
    if (await run(() => changePassword(values))) {
      form.reset();
      setDone(true);
    }
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{t("changed")}</Alert> : null}
      <Field label={t("current")} type="password" autoComplete="current-password" registration={form.register("currentPassword")} error={fieldError(e.currentPassword)} />
      <Field label={t("new")} hint={t("rules")} type="password" autoComplete="new-password" registration={form.register("newPassword")} error={fieldError(e.newPassword)} />
      <Field label={t("confirm")} type="password" autoComplete="new-password" registration={form.register("confirmPassword")} error={fieldError(e.confirmPassword)} />
      <Button disabled={form.formState.isSubmitting}>{t("submit")}</Button>
    </form>
  );
}
