// Open data for NGO analysts: every assessment they may see, as CSV or JSON, produced one
// cycle at a time so a route can stream ~2,000 assessments without holding them all.
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { SCORING_METHOD, scoreAssessment, type AnswerInput } from "@/lib/scoring";
import { CSV_BOM, toCsvLine, type CsvCell } from "./csv";
import { visibleTo } from "./audience";
import { toCycleInput } from "./build-report";
import type { Audience, CountryInfo, ReportInput } from "./model";
import { capabilityColumns, capabilityRow } from "./open-data-columns";

export const OPEN_DATA_SCHEMA = "mnr-assess/open-data";
export const OPEN_DATA_SCHEMA_VERSION = 1;

export interface OpenDataAnswer extends AnswerInput {
  targetDate: string | null;
  /** Evidence items the reader may see; `evidenceCount` (all items) is what scoring uses. */
  visibleEvidenceCount: number;
}

/** The least a loader must give per cycle: no free text, no evidence titles. */
export interface OpenDataCycle {
  country: CountryInfo;
  assessment: { id: string; period: string; validatedAt: string | null };
  def: FrameworkDefinition;
  answers: readonly OpenDataAnswer[];
}

export interface OpenDataRecord {
  country: CountryInfo;
  assessmentId: string;
  period: string;
  validatedOn: string | null;
  frameworkVersion: string;
  scoringMethod: string;
  overallScore: number | null;
  domains: { key: string; name: string; score: number | null }[];
  capabilities: {
    number: number;
    key: string;
    name: string;
    domainKey: string;
    level: number | null;
    notApplicable: boolean;
    targetLevel: number | null;
    targetDate: string | null;
    confidence: AnswerInput["confidence"];
    evidenceCount: number;
    gap: number | null;
    points: number | null;
  }[];
}

/** Builds the open-data view of one cycle from the records a report loader already reads. */
export function toOpenDataCycle(
  input: Pick<ReportInput, "country" | "assessment" | "def" | "answers" | "evidence">,
  audience: Audience,
): OpenDataCycle {
  const { assessment } = input;
  const scoring = toCycleInput(assessment, input.def, input.answers, input.evidence);
  const visible = visibleTo(audience);
  const shown = input.evidence.filter((e) => visible.has(e.sensitivity));
  return {
    country: input.country,
    assessment: { id: assessment.id, period: assessment.period, validatedAt: assessment.validatedAt },
    def: input.def,
    answers: scoring.answers.map((a, i) => ({
      ...a,
      targetDate: input.answers[i]?.targetDate ?? null,
      visibleEvidenceCount: shown.filter((e) => e.capabilityKey === a.capabilityKey).length,
    })),
  };
}

/** One cycle, scored, in the shape both open-data formats are written from. */
export function toOpenDataRecord(cycle: OpenDataCycle): OpenDataRecord {
  const { def } = cycle;
  const score = scoreAssessment(def, cycle.answers);
  const answers = new Map(cycle.answers.map((a) => [a.capabilityKey, a]));
  const domainNames = new Map(def.domains.map((d) => [d.key, d.name]));
  const capabilityNames = new Map(def.capabilities.map((c) => [c.key, c.name]));
  return {
    country: cycle.country,
    assessmentId: cycle.assessment.id,
    period: cycle.assessment.period,
    validatedOn: cycle.assessment.validatedAt?.slice(0, 10) ?? null,
    frameworkVersion: def.version,
    scoringMethod: SCORING_METHOD,
    overallScore: score.overall.value,
    domains: score.domains.map((d) => ({ key: d.key, name: domainNames.get(d.key) ?? d.key, score: d.score.value })),
    capabilities: score.capabilities.map((c) => {
      const a = answers.get(c.key);
      return {
        number: c.number,
        key: c.key,
        name: capabilityNames.get(c.key) ?? c.key,
        domainKey: c.domain,
        level: c.current,
        notApplicable: c.notApplicable,
        targetLevel: c.target,
        targetDate: a?.targetDate ?? null,
        confidence: a?.confidence ?? null,
        evidenceCount: a?.visibleEvidenceCount ?? 0,
        gap: c.gap,
        points: c.value,
      };
    }),
  };
}

function rowsOf(record: OpenDataRecord): CsvCell[][] {
  const domains = new Map(record.domains.map((d) => [d.key, d]));
  return record.capabilities.map((c) =>
    capabilityRow({
      country: record.country,
      assessment: { id: record.assessmentId, period: record.period, validatedAt: record.validatedOn, frameworkVersion: record.frameworkVersion },
      method: record.scoringMethod,
      capability: { ...c, domainName: domains.get(c.domainKey)?.name ?? c.domainKey },
      domainScore: domains.get(c.domainKey)?.score ?? null,
      overallScore: record.overallScore,
    }),
  );
}

/** One row per capability and cycle, in `capabilityColumns` order, without the header. */
export function capabilityRowsForCycles(cycles: Iterable<OpenDataCycle>): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const cycle of cycles) rows.push(...rowsOf(toOpenDataRecord(cycle)));
  return rows;
}

/** Header first (with a BOM unless told otherwise), then one chunk per cycle. */
export async function* streamOpenDataCsv(
  source: AsyncIterable<OpenDataCycle> | Iterable<OpenDataCycle>,
  options: { bom?: boolean } = {},
): AsyncGenerator<string> {
  yield (options.bom === false ? "" : CSV_BOM) + toCsvLine(capabilityColumns);
  for await (const cycle of source) {
    yield rowsOf(toOpenDataRecord(cycle)).map(toCsvLine).join("");
  }
}

/**
 * `{ "schema", "schemaVersion", "assessments": [ ... ] }`, written record by record. JSON
 * needs no formula escaping: it is data, and spreadsheets do not evaluate it on opening.
 */
export async function* streamOpenDataJson(
  source: AsyncIterable<OpenDataCycle> | Iterable<OpenDataCycle>,
): AsyncGenerator<string> {
  yield `{"schema":${JSON.stringify(OPEN_DATA_SCHEMA)},"schemaVersion":${OPEN_DATA_SCHEMA_VERSION},"assessments":[`;
  let first = true;
  for await (const cycle of source) {
    yield (first ? "\n" : ",\n") + JSON.stringify(toOpenDataRecord(cycle));
    first = false;
  }
  yield "\n]}\n";
}
