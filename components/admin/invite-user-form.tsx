"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { inviteUser } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { roles } from "@/lib/auth/roles";
import { defaultLocale, isLocale, languageNames, locales } from "@/lib/i18n/config";
import { inviteUserSchema } from "@/lib/validation/auth";

export interface CountryOption {
  value: string;
  label: string;
}

export function InviteUserForm({ countries }: { countries: CountryOption[] }) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  const te = useTranslations("errors");
  const router = useRouter();
  const locale = useLocale();
  const fieldError = useFieldError();
  const [created, setCreated] = useState<{ link: string; expiresAt: string; mailed: boolean } | null>(null);
  const form = useForm<z.input<typeof inviteUserSchema>, unknown, z.output<typeof inviteUserSchema>>({
    resolver: zodResolver(inviteUserSchema),
    // The invitation email goes out in the inviter's language unless they pick the invitee's.
    defaultValues: { email: "", role: "contributor", countryIso2: "", language: isLocale(locale) ? locale : defaultLocale },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const role = useWatch({ control: form.control, name: "role" });
  const needsCountry = role === "contributor" || role === "focal_point";
  const onSubmit = form.handleSubmit(async () => {
    setCreated(null);
    const values = form.getValues();
    const data = await run(() => inviteUser(needsCountry ? values : { email: values.email, role: values.role, language: values.language }));
    if (data) {
      setCreated(data);
      form.reset({ email: "", role: values.role, countryIso2: values.countryIso2, language: values.language });
      router.refresh();
    }
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <p>{created.mailed ? t("invitedMailed") : t("invitedNotMailed")}</p>
          <p className="mt-2 break-all font-mono text-sm" data-testid="invitation-link">
            {created.link}
          </p>
          <p className="mt-1 text-sm">{t("expires", { date: created.expiresAt.slice(0, 10) })}</p>
        </Alert>
      ) : null}
      <Field label={t("email")} type="email" autoComplete="off" registration={form.register("email")} error={fieldError(e.email)} />
      <SelectField label={t("role")} registration={form.register("role")} error={fieldError(e.role)} options={roles.map((r) => ({ value: r, label: tr(r) }))} />
      {needsCountry ? (
        <SelectField
          label={t("country")}
          registration={form.register("countryIso2")}
          error={fieldError(e.countryIso2)}
          options={[{ value: "", label: t("chooseCountry") }, ...countries]}
        />
      ) : null}
      <SelectField
        label={t("language")}
        registration={form.register("language")}
        error={fieldError(e.language)}
        options={locales.map((l) => ({ value: l, label: languageNames[l], lang: l }))}
      />
      <Button disabled={form.formState.isSubmitting}>{t("invite")}</Button>
    </form>
  );
}
