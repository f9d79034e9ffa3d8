// Import problems: stable codes plus parameters, so the app can translate them; English
// renderings for logs, tests and the fallback. Codes are a contract: add, never rename.
import type { z } from "zod";
import { fillTemplate, type Params } from "./format";

export const englishProblemMessages = {
  "file.tooLarge": "The file is larger than {max} bytes.",
  "file.notJson": "The file is not valid JSON.",
  "file.notSpreadsheet": "The file is not an Excel workbook (.xlsx).",
  "zip.tooLarge": "The workbook would unpack to more than {max} MB, so it was refused without being opened.",
  "zip.ratio": "Part “{name}” of the workbook is packed more than {max} times smaller than its content, far more than any spreadsheet, so the file was refused without being opened.",
  "zip.tooManyEntries": "The workbook has more than {max} parts, so it was refused without being opened.",
  "schema.unknown": "This is not an MNR Assess assessment export (expected schema {expected}).",
  "schema.unsupportedVersion": "Schema version {found} is not supported; this app reads version {supported}.",
  "framework.mismatch": "The file was made for framework {found}; this assessment uses {expected}.",
  "field.required": "A value is required.",
  "field.type": "The value has the wrong type: expected {expected}.",
  "field.unknown": "Unknown field: {keys}.",
  "format.invalid": "The value is not in the expected format.",
  "text.empty": "The text must not be empty.",
  "text.tooLong": "The text is longer than {max} characters.",
  "list.tooLong": "The list has more than {max} entries.",
  "value.invalid": "The value must be one of: {allowed}.",
  "level.outOfScale": "The level must be one of the framework's levels: {allowed}.",
  "level.notInteger": "The level must be a whole number.",
  "target.belowLevel": "The target level ({target}) is below the current level ({level}).",
  "notApplicable.reasonMissing": "Give a reason when a capability is not applicable.",
  "capability.unknown": "Capability “{key}” is not part of this framework.",
  "capability.duplicate": "Capability “{key}” appears more than once (first at {first}).",
  "enabler.unknown": "Enabler “{key}” is not part of this framework.",
  "enabler.duplicate": "Enabler “{key}” appears more than once (first at {first}).",
  "date.invalid": "Dates must be real calendar dates written YYYY-MM-DD.",
  "datetime.invalid": "Timestamps must be ISO 8601 date-times such as 2024-05-01T10:00:00Z.",
  "url.invalid": "Links must start with http:// or https:// and contain no spaces.",
  "confidence.invalid": "Confidence must be one of: {allowed}.",
  "sensitivity.invalid": "Sensitivity must be one of: {allowed}.",
  "actionStatus.invalid": "Action status must be one of: {allowed}.",
  "rating.invalid": "Rating must be one of: {allowed}.",
  "evidenceKind.invalid": "Evidence type must be one of: {allowed}.",
  "audience.invalid": "Audience must be one of: {allowed}.",
  "boolean.invalid": "Write yes or no.",
  "cell.formula": "Formulas are not accepted here; type the value itself.",
  "sheet.missing": "The workbook has no sheet named “{sheet}”.",
  "header.missing": "The column “{column}” is missing from the first row.",
  "rows.empty": "No capability rows were found.",
  "rows.tooMany": "The sheet has more than {max} rows.",
} as const;

export type ProblemCode = keyof typeof englishProblemMessages;
export const problemCodes = Object.keys(englishProblemMessages) as ProblemCode[];

export interface ImportProblem {
  /** Spreadsheet row number (1-based, as the spreadsheet shows it); absent for JSON. */
  row?: number;
  /** JSON path such as `answers[3].level`, or the template's column key; `$` for the whole file. */
  path: string;
  code: ProblemCode;
  params: Params;
  /** English rendering; the app shows its catalogue's text for `code` instead. */
  message: string;
}

export type ImportResult<T> = { ok: true; data: T } | { ok: false; problems: ImportProblem[] };

export interface Locator {
  path: string;
  row?: number;
}

export function renderProblem(code: ProblemCode, params: Params = {}, messages: Record<ProblemCode, string> = englishProblemMessages): string {
  return fillTemplate(messages[code], params);
}

export function makeProblem(code: ProblemCode, at: Locator, params: Params = {}): ImportProblem {
  return { ...(at.row === undefined ? {} : { row: at.row }), path: at.path, code, params, message: renderProblem(code, params) };
}

/** `["answers", 3, "level"]` -> `answers[3].level`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "$";
}

function isProblemCode(message: string): message is ProblemCode {
  return Object.prototype.hasOwnProperty.call(englishProblemMessages, message);
}

/** Maps zod's issues onto problem codes; schema messages that are codes win. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], locate: (path: readonly PropertyKey[]) => Locator): ImportProblem[] {
  return issues.map((issue) => {
    const at = locate(issue.path);
    const custom = isProblemCode(issue.message) ? issue.message : null;
    // Parsed with reportInput, so a missing field shows as an undefined input on any issue.
    if (issue.input === undefined && issue.code !== "unrecognized_keys") return makeProblem("field.required", at);
    const value = typeof issue.input === "string" ? issue.input.slice(0, 80) : String(issue.input);
    switch (issue.code) {
      case "invalid_type":
        return makeProblem(custom ?? "field.type", at, { expected: issue.expected });
      case "unrecognized_keys":
        return makeProblem("field.unknown", at, { keys: issue.keys.join(", ") });
      case "too_big":
        if (issue.origin === "array") return makeProblem("list.tooLong", at, { max: Number(issue.maximum) });
        return makeProblem(custom ?? "text.tooLong", at, { max: Number(issue.maximum) });
      case "too_small":
        return makeProblem(custom ?? "text.empty", at);
      case "invalid_value":
        return makeProblem(custom ?? "value.invalid", at, { allowed: issue.values.map(String).join(", ") });
      case "custom":
        return makeProblem(custom ?? "value.invalid", at, { key: value, ...issue.params });
      default:
        return makeProblem(custom ?? "format.invalid", at, { key: value });
    }
  });
}

/** Problems in file order: by row, then by path with numbers compared as numbers. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const collator = new Intl.Collator("en", { numeric: true });
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || collator.compare(a.path, b.path));
}
