"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { shareAssessment } from "@/app/(app)/assessments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const audiences = ["advisory", "ngo", "public"] as const;
type Audience = (typeof audiences)[number];

export interface SuspendedShare {
  audience: Audience;
  suspendedAt: Date;
  answersChanged: number;
  evidenceAdded: number;
  internalAdded: number;
}

interface Props {
  assessmentId: string;
  validated: boolean;
  /** Audiences the cycle is shared with now. */
  live: string[];
  /** Grants a reopen suspended, with what renewing would newly show. */
  suspended: SuspendedShare[];
  canShare: boolean;
}

/**
 * The focal point's consent controls. Live grants are checkboxes (granting needs a validated
 * cycle); a grant suspended by a reopen is never a checkbox: it is renewed explicitly after
 * re-validation, beside what changed since, or withdrawn at any status.
 */
export function SharePanel({ assessmentId, validated, live, suspended, canShare }: Props) {
  const t = useTranslations("assessments.share");
  const te = useTranslations("errors");
  const format = useFormatter();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // Shown at once; put back if the server refuses.
  const [on, setOn] = useState(() => new Set(live));
  const [pending, start] = useTransition();
  const suspendedAudiences = new Set(suspended.map((s) => s.audience));

  const send = (audience: Audience, shared: boolean, undo?: () => void) =>
    start(async () => {
      setError(null);
      const r = await shareAssessment({ assessmentId, audience, shared }).catch(() => null);
      if (r?.ok) router.refresh();
      else {
        undo?.();
        setError(r?.message ?? te("network"));
      }
    });

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {validated ? (
        <fieldset className="space-y-2" disabled={!canShare || pending}>
          <legend className="font-medium">{t("legend")}</legend>
          {audiences
            .filter((a) => !suspendedAudiences.has(a))
            .map((audience) => (
              <label key={audience} className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={on.has(audience)}
                  onChange={(e) => {
                    const shared = e.target.checked;
                    const before = new Set(on);
                    const next = new Set(on);
                    if (shared) next.add(audience);
                    else next.delete(audience);
                    setOn(next);
                    send(audience, shared, () => setOn(before));
                  }}
                />
                {t(audience)}
              </label>
            ))}
        </fieldset>
      ) : live.length ? (
        <fieldset className="space-y-2" disabled={!canShare || pending}>
          <legend className="font-medium">{t("liveWhileOpen")}</legend>
          {live.map((a) => (
            <Button key={a} type="button" variant="danger" onClick={() => send(a as Audience, false)}>
              {t("withdraw", { audience: t(a as Audience) })}
            </Button>
          ))}
        </fieldset>
      ) : null}

      {suspended.map((s) => {
        const audience = t(s.audience);
        const date = format.dateTime(s.suspendedAt, { dateStyle: "medium", timeStyle: "short" });
        return (
          <section key={s.audience} aria-labelledby={`suspended-${s.audience}`} className="space-y-2 rounded border-s-4 border-amber-600 bg-amber-50 p-4">
            <h3 id={`suspended-${s.audience}`} className="font-semibold">{t("suspendedTitle", { audience })}</h3>
            {validated ? (
              <>
                <p>{t("renewIntro", { audience, date })}</p>
                <ul className="list-disc ps-6">
                  <li>{t("changedAnswers", { count: s.answersChanged })}</li>
                  <li>
                    {t("addedEvidence", { count: s.evidenceAdded })}
                    {s.internalAdded > 0 ? ` ${t("addedInternal", { count: s.internalAdded })}` : ""}
                  </li>
                </ul>
                <p>
                  <Link href={`/assessments/${assessmentId}/report?version=${s.audience}`} className="font-medium text-brand underline underline-offset-4">
                    {t("preview", { audience })}
                  </Link>
                </p>
              </>
            ) : (
              <p>{t("suspendedWhileOpen", { audience, date })}</p>
            )}
            {canShare ? (
              <div className="flex flex-wrap gap-3">
                {validated ? (
                  <Button type="button" disabled={pending} onClick={() => send(s.audience, true)}>
                    {t("renew", { audience })}
                  </Button>
                ) : null}
                <Button type="button" variant="danger" disabled={pending} onClick={() => send(s.audience, false)}>
                  {t("withdraw", { audience })}
                </Button>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
