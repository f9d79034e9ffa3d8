"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { shareAssessment } from "@/app/(app)/assessments/actions";
import { Alert } from "@/components/ui/alert";

const audiences = ["advisory", "ngo", "public"] as const;

export function SharePanel({ assessmentId, active, canShare }: { assessmentId: string; active: string[]; canShare: boolean }) {
  const t = useTranslations("assessments.share");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // Shown at once; put back if the server refuses.
  const [on, setOn] = useState(() => new Set(active));
  const [pending, start] = useTransition();
  return (
    <fieldset className="space-y-2" disabled={!canShare || pending}>
      <legend className="font-medium">{t("legend")}</legend>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {audiences.map((audience) => (
        <label key={audience} className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            className="size-5"
            checked={on.has(audience)}
            onChange={(e) => {
              const shared = e.target.checked;
              const next = new Set(on);
              if (shared) next.add(audience);
              else next.delete(audience);
              setOn(next);
              start(async () => {
                setError(null);
                const r = await shareAssessment({ assessmentId, audience, shared }).catch(() => null);
                if (r?.ok) router.refresh();
                else {
                  setOn(new Set(on));
                  setError(r?.message ?? te("network"));
                }
              });
            }}
          />
          {t(audience)}
        </label>
      ))}
    </fieldset>
  );
}
