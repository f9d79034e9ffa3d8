// The capability-row layout shared by the open-data CSV and the report CSV, and its data
// dictionary. Column names are a published contract: add columns at the end, never rename.
import type { Confidence } from "@/lib/scoring";
import type { CountryInfo } from "./model";

export const capabilityColumns = [
  "country_iso2",
  "country_name",
  "region",
  "income_group",
  "assessment_id",
  "period",
  "validated_on",
  "framework_version",
  "scoring_method",
  "capability_number",
  "capability_key",
  "capability_name",
  "domain_key",
  "domain_name",
  "level",
  "not_applicable",
  "target_level",
  "target_date",
  "confidence",
  "evidence_count",
  "gap",
  "capability_points",
  "domain_score",
  "overall_score",
] as const;

export type CapabilityColumn = (typeof capabilityColumns)[number];

export const openDataDictionary: readonly { column: CapabilityColumn; type: string; description: string }[] = [
  { column: "country_iso2", type: "text", description: "ISO 3166-1 alpha-2 code of the country." },
  { column: "country_name", type: "text", description: "Country name in English." },
  { column: "region", type: "text", description: "UN M49 region; empty when unknown." },
  { column: "income_group", type: "text", description: "World Bank income group: low, lower-middle, upper-middle or high; empty when unknown." },
  { column: "assessment_id", type: "text", description: "Identifier of the assessment cycle; joins the rows of one cycle." },
  { column: "period", type: "text", description: "Period the cycle covers: a year (2024) or a range (2023-2024)." },
  { column: "validated_on", type: "date", description: "Date (YYYY-MM-DD) the secretariat validated the cycle; empty if not validated." },
  { column: "framework_version", type: "text", description: "Version of the framework answered against, e.g. 2022.1." },
  { column: "scoring_method", type: "text", description: "Scoring method that produced the figures, e.g. mnr-score-1." },
  { column: "capability_number", type: "integer", description: "Capability number in the framework (1-21 in MNR 2022.1)." },
  { column: "capability_key", type: "text", description: "Stable capability key, e.g. legislation." },
  { column: "capability_name", type: "text", description: "Capability name as published in the framework." },
  { column: "domain_key", type: "text", description: "Stable key of the capability's domain." },
  { column: "domain_name", type: "text", description: "Domain name as published in the framework." },
  { column: "level", type: "integer", description: "Maturity level on the framework's scale (0-4 in 2022.1); empty when not assessed or not applicable." },
  { column: "not_applicable", type: "boolean", description: "true when the country marked the capability not applicable." },
  { column: "target_level", type: "integer", description: "Level the country aims for; empty when none is set." },
  { column: "target_date", type: "date", description: "Date (YYYY-MM-DD) by which the target should be reached; empty when none." },
  { column: "confidence", type: "text", description: "Assessor's confidence in the level: low, medium or high; empty when not given." },
  { column: "evidence_count", type: "integer", description: "Evidence items (references and documents) the reader may see; scores count every item." },
  { column: "gap", type: "integer", description: "Target level minus level, never below 0; empty without both." },
  { column: "capability_points", type: "number", description: "Level placed on 0-100 (level x 25 on the 0-4 scale), 1 decimal." },
  { column: "domain_score", type: "number", description: "Score of the capability's domain (0-100, 1 decimal): mean of its assessed capabilities' points." },
  { column: "overall_score", type: "number", description: "Overall score of the cycle (0-100, 1 decimal): mean of the domain scores." },
];

export interface CapabilityRowInput {
  country: CountryInfo;
  assessment: { id: string; period: string; validatedAt: string | null; frameworkVersion: string };
  method: string;
  capability: {
    number: number;
    key: string;
    name: string;
    domainKey: string;
    domainName: string;
    level: number | null;
    notApplicable: boolean;
    targetLevel: number | null;
    targetDate: string | null;
    confidence: Confidence | null;
    evidenceCount: number;
    gap: number | null;
    points: number | null;
  };
  domainScore: number | null;
  overallScore: number | null;
}

/** Values in `capabilityColumns` order; numbers stay numbers so no formula escaping hides them. */
export function capabilityRow(r: CapabilityRowInput): (string | number | boolean | null)[] {
  const c = r.capability;
  return [
    r.country.iso2,
    r.country.name,
    r.country.region,
    r.country.incomeGroup,
    r.assessment.id,
    r.assessment.period,
    r.assessment.validatedAt ? r.assessment.validatedAt.slice(0, 10) : null,
    r.assessment.frameworkVersion,
    r.method,
    c.number,
    c.key,
    c.name,
    c.domainKey,
    c.domainName,
    // A level left behind on a not-applicable capability is not part of the picture.
    c.notApplicable ? null : c.level,
    c.notApplicable,
    c.notApplicable ? null : c.targetLevel,
    c.targetDate,
    c.confidence,
    c.evidenceCount,
    c.gap,
    c.points,
    r.domainScore,
    r.overallScore,
  ];
}
