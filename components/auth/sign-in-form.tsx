"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signIn, verifySignInBackupCode, verifySignInCode } from "@/app/(auth)/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { OneFieldForm } from "@/components/ui/one-field-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { backupCodeSchema, signInSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

export function SignInForm({ next }: { next?: string }) {
  const [step, setStep] = useState<"password" | "code">("password");
  return step === "password" ? <PasswordStep next={next} onTwoFactor={() => setStep("code")} /> : <CodeStep next={next} />;
}

function useFinish() {
  const router = useRouter();
  return (path: string) => {
    router.replace(path);
    router.refresh();
  };
}

function PasswordStep({ next, onTwoFactor }: { next?: string; onTwoFactor: () => void }) {
  const t = useTranslations("signIn");
  const te = useTranslations("errors");
  const fieldError = useFieldError();
  const finish = useFinish();
  const form = useForm<z.input<typeof signInSchema>>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "", next } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    const data = await run(() => signIn({ ...values, next }));
    if (!data) return;
    if (data.twoFactor) onTwoFactor();
    else finish(data.next);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("email")} type="email" autoComplete="username" registration={form.register("email")} error={fieldError(form.formState.errors.email)} />
      <Field label={t("password")} type="password" autoComplete="current-password" registration={form.register("password")} error={fieldError(form.formState.errors.password)} />
      <Button disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("submitting") : t("submit")}</Button>
    </form>
  );
}

function CodeStep({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const finish = useFinish();
  // A backup code stands in for the authenticator app (a lost phone); each works once.
  const [backup, setBackup] = useState(false);
  return (
    <div className="space-y-4">
      {backup ? (
        <OneFieldForm
          key="backup"
          schema={backupCodeSchema}
          name="code"
          autoComplete="off"
          label={t("backupCode")}
          intro={t("backupCodeIntro")}
          submitLabel={t("verify")}
          submit={(v) => verifySignInBackupCode({ code: v.code ?? "", next })}
          onDone={(data) => finish(data.next)}
        />
      ) : (
        <OneFieldForm
          key="totp"
          schema={twoFactorCodeSchema}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          label={t("code")}
          intro={t("codeIntro")}
          submitLabel={t("verify")}
          submit={(v) => verifySignInCode({ code: v.code ?? "", next })}
          onDone={(data) => finish(data.next)}
        />
      )}
      <button type="button" className="min-h-11 font-medium text-brand underline" onClick={() => setBackup((b) => !b)}>
        {backup ? t("useAuthenticatorCode") : t("useBackupCode")}
      </button>
    </div>
  );
}
