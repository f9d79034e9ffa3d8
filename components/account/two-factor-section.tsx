"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { confirmTwoFactorSetup, disableTwoFactor, startTwoFactorSetup } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { enableTwoFactorSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

type Setup = { secret: string; totpURI: string; backupCodes: string[] };

export function TwoFactorSection({ enabled, required }: { enabled: boolean; required: boolean }) {
  const t = useTranslations("twoFactor");
  const [setup, setSetup] = useState<Setup | null>(null);
  if (enabled) return <DisableForm required={required} />;
  if (!setup) return <PasswordForm label={t("start")} onDone={setSetup} />;
  return (
    <div className="space-y-4">
      <p>{t("scanIntro")}</p>
      <p>
        <span className="font-medium">{t("secretLabel")} </span>
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-2 py-1 font-mono">
          {setup.secret}
        </code>
      </p>
      <details>
        <summary className="cursor-pointer font-medium">{t("backupCodesTitle")}</summary>
        <p className="mt-2 text-sm">{t("backupCodesIntro")}</p>
        <ul className="mt-2 grid grid-cols-2 gap-1 font-mono text-sm">
          {setup.backupCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
      <ConfirmForm />
    </div>
  );
}

function PasswordForm({ label, onDone }: { label: string; onDone: (s: Setup) => void }) {
  const t = useTranslations("twoFactor");
  const te = useTranslations("errors");
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof enableTwoFactorSchema>>({ resolver: zodResolver(enableTwoFactorSchema), defaultValues: { password: "" } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    const data = await run(() => startTwoFactorSetup(values));
    if (data) onDone(data);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <p>{t("startIntro")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("password")} type="password" autoComplete="current-password" registration={form.register("password")} error={fieldError(form.formState.errors.password)} />
      <Button disabled={form.formState.isSubmitting}>{label}</Button>
    </form>
  );
}

function ConfirmForm() {
  const t = useTranslations("twoFactor");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof twoFactorCodeSchema>>({ resolver: zodResolver(twoFactorCodeSchema), defaultValues: { code: "" } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => confirmTwoFactorSetup(values))) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("code")} inputMode="numeric" autoComplete="one-time-code" registration={form.register("code")} error={fieldError(form.formState.errors.code)} />
      <Button disabled={form.formState.isSubmitting}>{t("confirm")}</Button>
    </form>
  );
}

function DisableForm({ required }: { required: boolean }) {
  const t = useTranslations("twoFactor");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof enableTwoFactorSchema>>({ resolver: zodResolver(enableTwoFactorSchema), defaultValues: { password: "" } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    if (await run(() => disableTwoFactor(values))) router.refresh();
  });
  if (required) return <p>{t("enabledRequired")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <p>{t("enabled")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("password")} type="password" autoComplete="current-password" registration={form.register("password")} error={fieldError(form.formState.errors.password)} />
      <Button variant="danger" disabled={form.formState.isSubmitting}>{t("disable")}</Button>
    </form>
  );
}
