"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { changeUserRole, setUserActive } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFieldError } from "@/components/ui/use-field-error";
import { roles, type Role } from "@/lib/auth/roles";
import { changeRoleSchema } from "@/lib/validation/auth";
import type { CountryOption } from "./invite-user-form";

interface Props {
  userId: string;
  email: string;
  role: Role;
  countryIso2: string | null;
  active: boolean;
  countries: CountryOption[];
}

export function UserControls({ userId, email, role, countryIso2, active, countries }: Props) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  const te = useTranslations("errors");
  const router = useRouter();
  const fieldError = useFieldError();
  const [pending, start] = useTransition();
  const [activeError, setActiveError] = useState<string | null>(null);
  const form = useForm<z.input<typeof changeRoleSchema>, unknown, z.output<typeof changeRoleSchema>>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { userId, role, countryIso2: countryIso2 ?? "" },
  });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const selected = useWatch({ control: form.control, name: "role" });
  const needsCountry = selected === "contributor" || selected === "focal_point";
  const onSubmit = form.handleSubmit(async () => {
    const v = form.getValues();
    if (await run(() => changeUserRole(needsCountry ? v : { userId, role: v.role }))) router.refresh();
  });
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("changeRoleFor", { email })}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <SelectField label={t("role")} registration={form.register("role")} options={roles.map((r) => ({ value: r, label: tr(r) }))} />
        {needsCountry ? (
          <SelectField
            label={t("country")}
            registration={form.register("countryIso2")}
            error={fieldError(form.formState.errors.countryIso2)}
            options={[{ value: "", label: t("chooseCountry") }, ...countries]}
          />
        ) : null}
        <Button variant="secondary" disabled={form.formState.isSubmitting}>
          {t("saveRole")}
        </Button>
      </form>
      {activeError ? <Alert tone="error">{activeError}</Alert> : null}
      <Button
        type="button"
        variant={active ? "danger" : "secondary"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            setActiveError(null);
            const r = await setUserActive({ userId, active: !active }).catch(() => null);
            if (r?.ok) router.refresh();
            else setActiveError(r?.message ?? te("network"));
          })
        }
      >
        {active ? t("deactivate", { email }) : t("reactivate", { email })}
      </Button>
    </div>
  );
}
