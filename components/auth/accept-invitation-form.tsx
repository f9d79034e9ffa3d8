"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { acceptInvitation } from "@/app/(auth)/invite/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { acceptInvitationSchema } from "@/lib/validation/auth";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const te = useTranslations("errors");
  const tp = useTranslations("password");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof acceptInvitationSchema>>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    const data = await run(() => acceptInvitation(values));
    if (data) router.replace("/sign-in?invited=1");
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("name")} autoComplete="name" registration={form.register("name")} error={fieldError(e.name)} />
      <Field label={tp("new")} hint={tp("rules")} type="password" autoComplete="new-password" registration={form.register("password")} error={fieldError(e.password)} />
      <Field label={tp("confirm")} type="password" autoComplete="new-password" registration={form.register("confirmPassword")} error={fieldError(e.confirmPassword)} />
      <Button disabled={form.formState.isSubmitting}>{t("submit")}</Button>
    </form>
  );
}
