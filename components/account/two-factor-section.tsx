"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { confirmTwoFactorSetup, disableTwoFactor, startTwoFactorSetup } from "@/app/(app)/account/actions";
import { OneFieldForm } from "@/components/ui/one-field-form";
import { enableTwoFactorSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

type Setup = { secret: string; totpURI: string; backupCodes: string[] };

export function TwoFactorSection({ enabled, required }: { enabled: boolean; required: boolean }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [setup, setSetup] = useState<Setup | null>(null);
  const refresh = () => router.refresh();

  if (enabled && required) return <p>{t("enabledRequired")}</p>;
  if (enabled) {
    return (
      <OneFieldForm
        schema={enableTwoFactorSchema}
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        intro={t("enabled")}
        submitLabel={t("disable")}
        variant="danger"
        submit={(v) => disableTwoFactor(v)}
        onDone={refresh}
      />
    );
  }
  if (!setup) {
    return (
      <OneFieldForm
        schema={enableTwoFactorSchema}
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        intro={t("startIntro")}
        submitLabel={t("start")}
        submit={(v) => startTwoFactorSetup(v)}
        onDone={setSetup}
      />
    );
  }
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
        <ul data-testid="backup-codes" className="mt-2 grid grid-cols-2 gap-1 font-mono text-sm">
          {setup.backupCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
      <OneFieldForm
        schema={twoFactorCodeSchema}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        label={t("code")}
        submitLabel={t("confirm")}
        submit={(v) => confirmTwoFactorSetup(v)}
        onDone={refresh}
      />
    </div>
  );
}
