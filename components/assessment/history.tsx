import { getFormatter, getTranslations } from "next-intl/server";

interface Entry {
  id: number;
  at: Date;
  actorEmail: string | null;
  action: string;
  details: unknown;
}

const simple = new Set(["addEvidence", "removeEvidence", "addAction", "removeAction", "assign"]);

/** The assessment's change history, read from the audit trail (which holds ids and levels, never answer text). */
export async function History({ entries, capabilityNames, levelLabels }: { entries: Entry[]; capabilityNames: Map<string, string>; levelLabels: Map<number, string> }) {
  const t = await getTranslations("assessments.history");
  const format = await getFormatter();
  const line = (e: Entry) => {
    const d = (e.details ?? {}) as Record<string, string | number | boolean | null>;
    const who = e.actorEmail ?? t("someone");
    const capability = typeof d.capability === "string" ? (capabilityNames.get(d.capability) ?? d.capability) : "";
    const verb = e.action.replace(/^assessment\./, "");
    const level = (v: unknown) => (typeof v === "number" ? `${v} ${levelLabels.get(v) ?? ""}`.trim() : "—");
    if (verb === "saveAnswer") {
      const hadLevel = typeof d.fromLevel === "number";
      const change = hadLevel && d.fromLevel !== d.level ? t("levelChange", { from: level(d.fromLevel), to: level(d.level) }) : !hadLevel && d.level != null ? t("levelSet", { to: level(d.level) }) : "";
      return t("saveAnswer", { who, capability, change });
    }
    if (simple.has(verb)) return t(verb as "assign", { who, capability });
    if (verb === "create" || verb === "submit" || verb === "comment") return t(verb, { who });
    if (verb === "review") return t("review", { who, action: String(d.action ?? "") });
    if (verb === "share") return t("share", { who, audience: `${d.audience}: ${d.shared ? "+" : "−"}` });
    return t("other", { who, action: e.action });
  };
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-2xl font-semibold">{t("title")}</h2>
      {entries.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ol className="max-h-96 space-y-1 overflow-y-auto rounded border border-line bg-white p-3 text-sm" tabIndex={0} aria-labelledby="history-title">
          {entries.map((e) => (
            <li key={e.id}>
              <span className="font-mono text-muted">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</span> {line(e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
