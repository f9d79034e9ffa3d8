import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/assessment/answer-form";
import { ActionPanel } from "@/components/assessment/action-panel";
import { CommentThreads } from "@/components/assessment/comment-threads";
import { EvidencePanel } from "@/components/assessment/evidence-panel";
import { ProposalsPanel } from "@/components/assessment/proposals-panel";
import { listProposals } from "@/db/queries/proposals";
import { StatusBadge } from "@/components/assessment/status-badge";
import { listComments } from "@/db/queries/assessments";
import { countWithheldEvidence, listActionItems, listEvidence, listEvidenceFiles } from "@/db/queries/evidence";
import { todayIso } from "@/lib/assessment/dates";
import { dependencyWarnings } from "@/lib/assessment/warnings";
import { isEditable, type Status } from "@/lib/assessment/workflow";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findCapability } from "@/lib/framework/navigate";
import { loadAssessment } from "../load";

type Props = { params: Promise<{ assessmentId: string; capabilityKey: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("answer"))("title") };
}

export default async function CapabilityStepPage({ params }: Props) {
  const { assessmentId, capabilityKey } = await params;
  const user = await requirePermission("workspace.read", `/assessments/${assessmentId}/${capabilityKey}`);
  const { db, assessment, def, answers } = await loadAssessment(user, assessmentId);
  const capability = findCapability(def, capabilityKey);
  if (!capability) notFound();
  const t = await getTranslations("answer");
  const ta = await getTranslations("assessments");
  const format = await getFormatter();
  const index = def.capabilities.indexOf(capability);
  const prev = def.capabilities[index - 1];
  const next = def.capabilities[index + 1];
  const answer = answers.find((a) => a.capabilityKey === capabilityKey);
  const status = assessment.status as Status;
  const editable = isEditable(status) && can(user.role, "assessment.edit") && user.countryIso2 === assessment.countryIso2;
  const levels = def.scale.levels.map((l) => ({ value: l.value, label: l.label, descriptor: capability.descriptors[String(l.value)] ?? "" }));
  const capName = new Map(def.capabilities.map((c) => [c.key, `${c.number}. ${c.name}`]));
  const warnings = dependencyWarnings(def, new Map(answers.map((a) => [a.capabilityKey, a.notApplicable ? null : a.level]))).filter(
    (w) => w.capabilityKey === capabilityKey || w.prerequisiteKey === capabilityKey,
  );
  const comments = can(user.role, "assessment.read") ? (await listComments(db, assessment)).filter((c) => c.capabilityKey === capabilityKey) : [];
  const canReadInternal = can(user.role, "assessment.read");
  // Staff names are the country's and the secretariat's business, never a shared reader's.
  const namesShown = assessment.audience === "internal";
  const [evidence, actions, files, withheld, proposals] = await Promise.all([
    listEvidence(db, assessment),
    listActionItems(db, assessment),
    listEvidenceFiles(db, assessment),
    namesShown ? Promise.resolve(0) : countWithheldEvidence(db, assessment, capabilityKey),
    // Proposals are the country's working discussion: not for shared readers.
    canReadInternal ? listProposals(db, assessment) : Promise.resolve([]),
  ]);
  const base = `/assessments/${assessment.id}`;
  const domain = def.domains.find((d) => d.key === capability.domain)!;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={base} className="text-sm font-medium text-brand underline underline-offset-4">
            {assessment.title} ({assessment.period})
          </Link>{" "}
          <StatusBadge status={status} />
        </p>
        <p className="text-sm text-muted">{t("stepOf", { n: index + 1, total: def.capabilities.length, domain: domain.name })}</p>
        <h1 className="text-3xl font-semibold">
          {capability.number}. {capability.name}
        </h1>
        <p className="max-w-3xl">{capability.summary}</p>
        {answer?.carriedOver ? <p className="rounded border-s-4 border-sky-700 bg-sky-50 p-3">{t("carriedOver")}</p> : null}
        {namesShown && answer?.updatedByName ? (
          <p className="text-sm text-muted">{t("lastSaved", { name: answer.updatedByName, date: format.dateTime(answer.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        ) : null}
      </header>

      {warnings.length ? (
        <ul className="space-y-1 rounded border-s-4 border-amber-600 bg-amber-50 p-4" aria-label={ta("warningsTitle")}>
          {warnings.map((w) => (
            <li key={`${w.capabilityKey}-${w.prerequisiteKey}`}>
              {ta("warning", { capability: capName.get(w.capabilityKey)!, level: w.level, prerequisite: capName.get(w.prerequisiteKey)!, prerequisiteLevel: w.prerequisiteLevel })}
            </li>
          ))}
        </ul>
      ) : null}

      {editable ? (
        <AnswerForm
          // A recorded agreement is a new version of the answer: start the form again from it.
          key={answer?.agreedAt?.toISOString() ?? "not-agreed"}
          assessmentId={assessment.id}
          capabilityKey={capability.key}
          levels={levels}
          version={answer?.version ?? 0}
          initial={{
            level: answer?.level ?? null,
            notApplicable: answer?.notApplicable ?? false,
            notApplicableReason: answer?.notApplicableReason ?? "",
            reasoning: answer?.reasoning ?? "",
            confidence: (answer?.confidence as "low" | "medium" | "high" | null) ?? null,
            targetLevel: answer?.targetLevel ?? null,
            targetDate: answer?.targetDate ?? "",
            leadAgency: answer?.leadAgency ?? "",
          }}
          prevHref={prev ? `${base}/${prev.key}` : null}
          nextHref={next ? `${base}/${next.key}` : `${base}/enablers`}
          overviewHref={base}
        />
      ) : (
        <section aria-labelledby="answer-title" className="space-y-2 rounded-lg border border-line bg-white p-5">
          <h2 id="answer-title" className="text-xl font-semibold">{t("readOnlyTitle")}</h2>
          <p>{t("readOnly")}</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-medium">{t("level")}</dt>
            <dd>{answer?.notApplicable ? t("notApplicable") : answer?.level != null ? `${answer.level}. ${levels.find((l) => l.value === answer.level)?.label}` : t("notAssessed")}</dd>
            <dt className="font-medium">{t("reasoning")}</dt>
            <dd className="whitespace-pre-wrap">{answer?.reasoning || "—"}</dd>
            <dt className="font-medium">{t("targetLevel")}</dt>
            <dd>{answer?.targetLevel != null ? `${answer.targetLevel}. ${levels.find((l) => l.value === answer.targetLevel)?.label}` : "—"}</dd>
            <dt className="font-medium">{t("leadAgency")}</dt>
            <dd>{answer?.leadAgency || "—"}</dd>
          </dl>
          <nav aria-label={t("stepNav")} className="flex flex-wrap justify-between gap-3 pt-4">
            {prev ? <Link className="text-brand underline" href={`${base}/${prev.key}`}>{t("previous")}</Link> : <span />}
            {next ? <Link className="text-brand underline" href={`${base}/${next.key}`}>{t("next")}</Link> : null}
          </nav>
        </section>
      )}

      {canReadInternal ? (
        <ProposalsPanel
          assessmentId={assessment.id}
          capabilityKey={capability.key}
          levels={levels}
          proposals={proposals.filter((p) => p.capabilityKey === capability.key)}
          recorded={{ level: answer?.notApplicable ? null : (answer?.level ?? null), version: answer?.version ?? 0, agreedReason: answer?.agreedReason ?? null, agreedByName: answer?.agreedByName ?? null, agreedAt: answer?.agreedAt ?? null }}
          userId={user.userId}
          canPropose={editable && can(user.role, "assessment.propose")}
          canAgree={editable && can(user.role, "assessment.agree")}
        />
      ) : null}

      <EvidencePanel
        assessmentId={assessment.id}
        capabilityKey={capability.key}
        editable={editable}
        withheld={withheld}
        items={evidence.filter((e) => e.capabilityKey === capability.key).map((e) => ({ id: e.id, title: e.title, url: e.url, issuedOn: e.issuedOn, issuer: e.issuer, sensitivity: e.sensitivity }))}
        files={files.filter((f) => f.capabilityKey === capability.key).map((f) => ({ id: f.id, fileName: f.fileName, size: f.size, sensitivity: f.sensitivity }))}
      />
      <ActionPanel
        assessmentId={assessment.id}
        capabilityKey={capability.key}
        editable={editable}
        today={todayIso()}
        items={actions.filter((a) => a.capabilityKey === capability.key).map((a) => ({ id: a.id, what: a.what, owner: a.owner, dueOn: a.dueOn, status: a.status }))}
      />

      {can(user.role, "assessment.read") ? (
        <CommentThreads assessmentId={assessment.id} capabilityKey={capability.key} comments={comments} capabilityNames={capName} headingId="cap-comments" />
      ) : null}
    </article>
  );
}
