"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { assignCapability } from "@/app/(app)/assessments/item-actions";

export function AssignSelect({ assessmentId, capabilityKey, capabilityName, members, value }: { assessmentId: string; capabilityKey: string; capabilityName: string; members: { id: string; name: string }[]; value: string | null }) {
  const t = useTranslations("assessments.assign");
  const router = useRouter();
  const id = useId();
  const [current, setCurrent] = useState(value ?? "");
  const [failed, setFailed] = useState(false);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("label", { capability: capabilityName })}
      </label>
      <select
        id={id}
        value={current}
        disabled={pending}
        aria-invalid={failed ? true : undefined}
        className="min-h-11 rounded border border-slate-500 bg-white px-2 py-1 text-sm"
        onChange={(e) => {
          const next = e.target.value;
          const before = current;
          setCurrent(next);
          start(async () => {
            const r = await assignCapability({ assessmentId, capabilityKey, assigneeId: next }).catch(() => null);
            setFailed(!r?.ok);
            if (r?.ok) router.refresh();
            else setCurrent(before);
          });
        }}
      >
        <option value="">{t("nobody")}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      {failed ? <span role="alert" className="text-sm text-red-800">{t("failed")}</span> : null}
    </span>
  );
}
