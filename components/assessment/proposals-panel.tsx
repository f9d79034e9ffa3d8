import { getFormatter, getTranslations } from "next-intl/server";
import { summariseProposals } from "@/lib/assessment/proposals";
import { AgreeForm, ProposalForm } from "./proposal-form";

interface Props {
  assessmentId: string;
  capabilityKey: string;
  levels: { value: number; label: string }[];
  proposals: { authorId: string; authorName: string; level: number; reasoning: string; updatedAt: Date }[];
  recorded: { level: number | null; version: number; agreedReason: string | null; agreedByName: string | null; agreedAt: Date | null };
  userId: string;
  canPropose: boolean;
  canAgree: boolean;
}

/** Each ministry's view of the level side by side, where they differ, and what was agreed. */
export async function ProposalsPanel({ assessmentId, capabilityKey, levels, proposals, recorded, userId, canPropose, canAgree }: Props) {
  const t = await getTranslations("proposals");
  const format = await getFormatter();
  const summary = summariseProposals(proposals, recorded.level);
  const label = (v: number | null) => (v === null ? t("none") : `${v}. ${levels.find((l) => l.value === v)?.label ?? ""}`);
  const mine = proposals.find((p) => p.authorId === userId) ?? null;
  const headingId = `proposals-${capabilityKey}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold">{t("title")}</h2>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      {proposals.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className={summary.disagree ? "rounded border-s-4 border-amber-600 bg-amber-50 p-3" : "rounded border-s-4 border-emerald-700 bg-emerald-50 p-3"} data-testid="proposal-summary">
            {summary.disagree ? t("disagree", { count: summary.count, levels: summary.levels.join(", "), spread: summary.spread }) : t("agree_all", { count: summary.count, level: label(summary.levels[0]!) })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2 text-start">{t("colPerson")}</th>
                  <th scope="col" className="p-2 text-start">{t("colLevel")}</th>
                  <th scope="col" className="p-2 text-start">{t("colReasoning")}</th>
                  <th scope="col" className="p-2 text-start">{t("colUpdated")}</th>
                </tr>
              </thead>
              <tbody>
                {proposals.map((p) => (
                  <tr key={p.authorId} className="border-b border-line align-top">
                    <th scope="row" className="p-2 text-start font-medium">{p.authorName}</th>
                    <td className="p-2">
                      {label(p.level)}
                      {summary.disagree && p.level !== recorded.level ? <span className="ms-2 text-sm text-amber-900">({t("differs")})</span> : null}
                    </td>
                    <td className="whitespace-pre-wrap p-2">{p.reasoning}</td>
                    <td className="p-2 text-sm">{format.dateTime(p.updatedAt, { dateStyle: "medium" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="recorded-level">
        <dt className="font-medium">{t("recordedLevel")}</dt>
        <dd>{label(recorded.level)}</dd>
        {recorded.agreedReason ? (
          <>
            <dt className="font-medium">{t("agreedBecause")}</dt>
            <dd className="whitespace-pre-wrap">
              {recorded.agreedReason}{" "}
              <span className="text-sm text-muted">{t("agreedBy", { name: recorded.agreedByName ?? "—", date: format.dateTime(recorded.agreedAt!, { dateStyle: "medium" }) })}</span>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        {canPropose ? <ProposalForm assessmentId={assessmentId} capabilityKey={capabilityKey} levels={levels} mine={mine ? { level: mine.level, reasoning: mine.reasoning } : null} /> : null}
        {canAgree && proposals.length > 0 ? <AgreeForm key={recorded.version} assessmentId={assessmentId} capabilityKey={capabilityKey} levels={levels} version={recorded.version} suggested={summary.mostProposed ?? recorded.level} /> : null}
      </div>
    </section>
  );
}
