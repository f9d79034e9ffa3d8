import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommentThreads } from "@/components/assessment/comment-threads";
import { SharePanel, type SuspendedShare } from "@/components/assessment/share-panel";
import { StatusBadge } from "@/components/assessment/status-badge";
import { WorkflowPanel } from "@/components/assessment/workflow-panel";
import { AssignSelect } from "@/components/assessment/assign-select";
import { History } from "@/components/assessment/history";
import { getEnablerAnswers, listComments, listCountryMembers } from "@/db/queries/assessments";
import { listGrants, listSuspendedGrantChanges } from "@/db/queries/sharing";
import { listHistory } from "@/db/queries/audit";
import { countProposalsByCapability } from "@/db/queries/proposals";
import { isAnswered, progressOf } from "@/lib/assessment/progress";
import { dependencyWarnings } from "@/lib/assessment/warnings";
import { availableActions, type Status } from "@/lib/assessment/workflow";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { groupByDomain } from "@/lib/framework/navigate";
import { loadAssessment } from "./load";

type Props = { params: Promise<{ assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("overview") };
}

export default async function AssessmentPage({ params }: Props) {
  const { assessmentId } = await params;
  const user = await requirePermission("workspace.read", `/assessments/${assessmentId}`);
  const { db, assessment, def, answers } = await loadAssessment(user, assessmentId);
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const status = assessment.status as Status;
  const progress = progressOf(def, answers);
  const byKey = new Map(answers.map((a) => [a.capabilityKey, a]));
  const levelLabel = new Map(def.scale.levels.map((l) => [l.value, l.label]));
  const warnings = dependencyWarnings(def, new Map(answers.map((a) => [a.capabilityKey, a.notApplicable ? null : a.level])));
  const capName = new Map(def.capabilities.map((c) => [c.key, `${c.number}. ${c.name}`]));
  const isCountryMember = user.countryIso2 === assessment.countryIso2;
  const canComment = can(user.role, "assessment.read");
  const [comments, grants, suspended, members, history, enablerAnswers, proposalCounts] = await Promise.all([
    canComment ? listComments(db, assessment) : [],
    listGrants(db, assessment),
    isCountryMember ? listSuspendedGrantChanges(db, assessment) : [],
    isCountryMember ? listCountryMembers(db, assessment.countryIso2) : [],
    canComment ? listHistory(db, "assessment", assessment.id) : [],
    getEnablerAnswers(db, assessment),
    canComment ? countProposalsByCapability(db, assessment) : [],
  ]);
  const proposalsOn = new Map(proposalCounts.map((p) => [p.capabilityKey, p]));
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const canAssign = isCountryMember && can(user.role, "assessment.assign") && (status === "draft" || status === "returned");
  const mine = def.capabilities.filter((c) => byKey.get(c.key)?.assigneeId === user.userId);
  const liveGrants = grants.filter((g) => !g.revokedAt && !g.suspendedAt).map((g) => g.audience);
  // A shared reader sees when consent changed, never who in the country changed it.
  const namesShown = assessment.audience === "internal";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const actions = availableActions(status, user.role).filter((a) => a !== "submit" || isCountryMember);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-muted">{t("frameworkLine", { name: def.name, version: def.version })}</p>
        <h1 className="text-3xl font-semibold">
          {assessment.title} ({assessment.period})
        </h1>
        <p className="flex flex-wrap items-center gap-3">
          <StatusBadge status={status} />
          <span>{t("progress", { done: progress.done, total: progress.total })}</span>
          <Link href={`/assessments/${assessment.id}/dashboard`} className="font-medium text-brand underline underline-offset-4">{t("dashboardLink")}</Link>
          <Link href={`/assessments/${assessment.id}/report`} className="font-medium text-brand underline underline-offset-4">{t("reportLink")}</Link>
        </p>
      </header>

      <WorkflowPanel assessmentId={assessment.id} actions={actions} missing={progress.total - progress.done} />

      {mine.length ? (
        <section aria-labelledby="mine-title" className="rounded-lg border border-brand bg-brand-soft p-4">
          <h2 id="mine-title" className="text-xl font-semibold">{t("assign.mine")}</h2>
          <ul className="mt-2 space-y-1">
            {mine.map((c) => (
              <li key={c.key}>
                <Link href={`/assessments/${assessment.id}/${c.key}`} className="font-medium text-brand underline underline-offset-4">
                  {c.number}. {c.name}
                </Link>{" "}
                <span className="text-sm">({isAnswered(byKey.get(c.key)) ? t("state.done") : t("state.notStarted")})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {warnings.length ? (
        <section aria-labelledby="warnings-title" className="rounded border-s-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="warnings-title" className="font-semibold">{t("warningsTitle")}</h2>
          <ul className="mt-2 list-disc ps-6">
            {warnings.map((w) => (
              <li key={`${w.capabilityKey}-${w.prerequisiteKey}`}>
                {t("warning", { capability: capName.get(w.capabilityKey)!, level: w.level, prerequisite: capName.get(w.prerequisiteKey)!, prerequisiteLevel: w.prerequisiteLevel })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-2xl font-semibold">{t("stepsTitle")}</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {groupByDomain(def).map((d) => {
            const dp = progress.domains.find((p) => p.domainKey === d.key)!;
            return (
              <section key={d.key} aria-labelledby={`d-${d.key}`} className="rounded-lg border border-line bg-white p-4">
                <h3 id={`d-${d.key}`} className="font-semibold text-brand">
                  {d.name} <span className="font-normal text-muted">({t("domainProgress", { done: dp.done, total: dp.total })})</span>
                </h3>
                <ol className="mt-2 space-y-1">
                  {d.capabilities.map((c) => {
                    const a = byKey.get(c.key);
                    const state = !a ? "notStarted" : a.notApplicable ? "notApplicable" : a.carriedOver ? "carriedOver" : isAnswered(a) ? "done" : "notStarted";
                    return (
                      <li key={c.key} className="flex flex-wrap justify-between gap-2">
                        <Link href={`/assessments/${assessment.id}/${c.key}`} className="text-brand underline underline-offset-4">
                          {c.number}. {c.name}
                        </Link>
                        <span className="text-sm">
                          {t(`state.${state}`)}
                          {a && a.level !== null && !a.notApplicable ? ` · ${a.level} ${levelLabel.get(a.level)}` : ""}
                          {proposalsOn.get(c.key) ? ` · ${t(proposalsOn.get(c.key)!.distinctLevels > 1 ? "proposalsDisagree" : "proposalsAgree", { count: proposalsOn.get(c.key)!.count })}` : ""}
                          {!canAssign && a?.assigneeId && memberName.get(a.assigneeId) ? ` · ${t("assign.by", { name: memberName.get(a.assigneeId)! })}` : ""}
                        </span>
                        {canAssign ? (
                          <AssignSelect assessmentId={assessment.id} capabilityKey={c.key} capabilityName={`${c.number}. ${c.name}`} members={members} value={a?.assigneeId ?? null} />
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
        </div>
        <p className="mt-4">
          <Link href={`/assessments/${assessment.id}/enablers`} className="font-medium text-brand underline underline-offset-4">
            {t("enablersLink", { rated: enablerAnswers.filter((e) => e.rating).length, total: def.enablers.length })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="sharing-title" className="space-y-3">
        <h2 id="sharing-title" className="text-2xl font-semibold">{t("share.title")}</h2>
        <p>{status === "validated" ? t("share.intro") : t("share.afterValidation")}</p>
        {isCountryMember && (status === "validated" || liveGrants.length || suspended.length) ? (
          // Keyed by the live grants: after a change the panel starts again from what the server holds.
          <SharePanel key={`${liveGrants.join(",")}|${suspended.map((g) => g.audience).join(",")}`} assessmentId={assessment.id} validated={status === "validated"} live={liveGrants} suspended={suspended as SuspendedShare[]} canShare={can(user.role, "assessment.share")} />
        ) : null}
        {grants.length ? (
          <ul className="list-disc ps-6 text-sm">
            {grants.map((g) => {
              const audience = t(`share.${g.audience as "advisory"}`);
              const parts = [namesShown ? t("share.granted", { audience, name: g.grantedByName ?? "?", date: when(g.grantedAt) }) : t("share.grantedAnon", { audience, date: when(g.grantedAt) })];
              if (g.suspendedAt) parts.push(t("share.suspended", { date: when(g.suspendedAt) }));
              if (g.revokedAt && g.supersededBy) parts.push(t("share.renewed", { date: when(g.revokedAt) }));
              else if (g.revokedAt) parts.push(namesShown ? t("share.revoked", { name: g.revokedByName ?? "?", date: when(g.revokedAt) }) : t("share.revokedAnon", { date: when(g.revokedAt) }));
              return <li key={g.id}>{parts.join(" ")}</li>;
            })}
          </ul>
        ) : (
          <p className="text-sm text-muted">{t("share.none")}</p>
        )}
      </section>

      {canComment ? <History entries={history} capabilityNames={capName} levelLabels={levelLabel} /> : null}

      {canComment ? <CommentThreads assessmentId={assessment.id} capabilityKey={null} comments={comments} capabilityNames={capName} headingId="comments-title" /> : null}
    </div>
  );
}
