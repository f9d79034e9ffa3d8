import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EnablersForm } from "@/components/assessment/enablers-form";
import { getEnablerAnswers } from "@/db/queries/assessments";
import { isEditable, type Status } from "@/lib/assessment/workflow";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { loadAssessment } from "../load";

type Props = { params: Promise<{ assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enablers"))("title") };
}

export default async function EnablersPage({ params }: Props) {
  const { assessmentId } = await params;
  const user = await requirePermission("workspace.read", `/assessments/${assessmentId}/enablers`);
  const { db, assessment, def } = await loadAssessment(user, assessmentId);
  const t = await getTranslations("enablers");
  const answers = await getEnablerAnswers(db, assessment);
  const byKey = new Map(answers.map((a) => [a.enablerKey, a]));
  const editable = isEditable(assessment.status as Status) && can(user.role, "assessment.edit") && user.countryIso2 === assessment.countryIso2;
  const last = def.capabilities.at(-1)!;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/assessments/${assessment.id}`} className="text-sm font-medium text-brand underline underline-offset-4">
          {assessment.title} ({assessment.period})
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {editable ? (
        <EnablersForm
          assessmentId={assessment.id}
          enablers={def.enablers.map((e) => ({ key: e.key, name: e.name, description: e.description }))}
          initial={def.enablers.map((e) => ({ enablerKey: e.key, rating: (byKey.get(e.key)?.rating as "absent" | null) ?? null, notes: byKey.get(e.key)?.notes ?? "" }))}
        />
      ) : (
        <dl className="space-y-3">
          {def.enablers.map((e) => {
            const a = byKey.get(e.key);
            return (
              <div key={e.key} className="rounded border border-line bg-white p-4">
                <dt className="font-semibold">{e.name}</dt>
                <dd>{a?.rating ? t(`ratings.${a.rating as "absent"}`) : t("notRated")}</dd>
                {a?.notes ? <dd className="mt-1 whitespace-pre-wrap text-sm">{a.notes}</dd> : null}
              </div>
            );
          })}
        </dl>
      )}
      <nav aria-label={t("stepNav")} className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
        <Link href={`/assessments/${assessment.id}/${last.key}`} className="text-brand underline">{t("previous", { name: `${last.number}. ${last.name}` })}</Link>
        <Link href={`/assessments/${assessment.id}`} className="text-brand underline">{t("overview")}</Link>
      </nav>
    </div>
  );
}
