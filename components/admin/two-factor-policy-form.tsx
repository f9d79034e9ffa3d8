"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setTwoFactorPolicy } from "@/app/(app)/admin/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { roles, type Role } from "@/lib/auth/roles";

export function TwoFactorPolicyForm({ required }: { required: Role[] }) {
  const t = useTranslations("security");
  const tr = useTranslations("roles");
  const te = useTranslations("errors");
  const [selected, setSelected] = useState<Set<Role>>(new Set(required));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="max-w-xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await setTwoFactorPolicy({ roles: [...selected] }).catch(() => null);
          setMessage(r?.ok ? { tone: "success", text: t("saved") } : { tone: "error", text: r?.message ?? te("network") });
        });
      }}
    >
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("requireFor")}</legend>
        {roles.map((r) => (
          <label key={r} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              className="size-5"
              checked={selected.has(r)}
              onChange={(e) => {
                const next = new Set(selected);
                if (e.target.checked) next.add(r);
                else next.delete(r);
                setSelected(next);
              }}
            />
            {tr(r)}
          </label>
        ))}
      </fieldset>
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
