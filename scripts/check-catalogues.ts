// Checks the interface catalogues in lib/i18n/messages/ against the English one:
// same keys, same ICU arguments (and rich-text tags), every string valid ICU MessageFormat.
// Run with `npx tsx scripts/check-catalogues.ts`; exits 1 when any catalogue has a problem.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export interface CatalogueProblems {
  /** Keys of the reference that the other catalogue lacks (dotted paths). */
  missing: string[];
  /** Keys of the other catalogue that the reference does not have. */
  extra: string[];
  /** Keys whose set of ICU argument names (and rich-text tag names) differs from the reference. */
  placeholderMismatch: string[];
  /** Keys whose value in the other catalogue is not a string that parses as ICU MessageFormat. */
  invalidIcu: string[];
}

export interface CompareOptions {
  /** When given, plural branches must use this locale's CLDR categories (or exact `=n` matches). */
  locale?: string;
}

type Leaves = Map<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Flattens a nested catalogue into dotted key paths → leaf values. */
export function flatten(catalogue: unknown, prefix = "", into: Leaves = new Map()): Leaves {
  if (!isPlainObject(catalogue)) {
    into.set(prefix, catalogue);
    return into;
  }
  for (const [key, value] of Object.entries(catalogue)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) flatten(value, at, into);
    else into.set(at, value);
  }
  return into;
}

export type Analysis =
  | { ok: true; placeholders: Set<string>; pluralKeys: string[] }
  | { ok: false; error: string };

/**
 * Parses one message the way next-intl does (rich-text tags enabled, `other` required)
 * and collects its argument names, plus `<tag>` for every rich-text tag.
 */
export function analyseMessage(message: unknown): Analysis {
  if (typeof message !== "string") return { ok: false, error: `not a string (${Array.isArray(message) ? "array" : typeof message})` };
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { requiresOtherClause: true });
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const placeholders = new Set<string>();
  const pluralKeys: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          placeholders.add(el.value);
          break;
        case TYPE.select:
          placeholders.add(el.value);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case TYPE.plural:
          placeholders.add(el.value);
          for (const [selector, option] of Object.entries(el.options)) {
            if (!selector.startsWith("=")) pluralKeys.push(selector);
            walk(option.value);
          }
          break;
        case TYPE.tag:
          placeholders.add(`<${el.value}>`);
          walk(el.children);
          break;
        default:
          break;
      }
    }
  };
  walk(ast);
  return { ok: true, placeholders, pluralKeys };
}

const pluralCategoriesCache = new Map<string, Set<string>>();
function pluralCategoriesOf(locale: string): Set<string> {
  let categories = pluralCategoriesCache.get(locale);
  if (!categories) {
    const rules = new Intl.PluralRules(locale);
    categories = new Set<string>(rules.resolvedOptions().pluralCategories);
    // Ordinal categories are legitimate in `selectordinal`.
    for (const c of new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories) categories.add(c);
    pluralCategoriesCache.set(locale, categories);
  }
  return categories;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Compares one catalogue with the reference (normally English). Pure: no I/O. */
export function compareCatalogues(reference: object, other: object, options: CompareOptions = {}): CatalogueProblems {
  const ref = flatten(reference);
  const oth = flatten(other);
  const problems: CatalogueProblems = { missing: [], extra: [], placeholderMismatch: [], invalidIcu: [] };
  for (const key of ref.keys()) if (!oth.has(key)) problems.missing.push(key);
  for (const [key, value] of oth) {
    if (!ref.has(key)) {
      problems.extra.push(key);
      continue;
    }
    const mine = analyseMessage(value);
    if (!mine.ok) {
      problems.invalidIcu.push(key);
      continue;
    }
    if (options.locale) {
      const allowed = pluralCategoriesOf(options.locale);
      if (mine.pluralKeys.some((k) => !allowed.has(k))) {
        problems.invalidIcu.push(key);
        continue;
      }
    }
    const theirs = analyseMessage(ref.get(key));
    // A broken reference string is reported when the reference is checked against itself.
    if (theirs.ok && !sameSet(mine.placeholders, theirs.placeholders)) problems.placeholderMismatch.push(key);
  }
  return problems;
}

export function problemCount(p: CatalogueProblems): number {
  return p.missing.length + p.extra.length + p.placeholderMismatch.length + p.invalidIcu.length;
}

export interface LanguageReport {
  language: string;
  keys: number;
  problems: CatalogueProblems;
  /** Set when the file could not be read or is not a JSON object. */
  loadError?: string;
}

export const defaultMessagesDir = path.resolve(__dirname, "..", "lib", "i18n", "messages");

/** Loads every catalogue in `dir` and compares each (English included) with en.json. */
export function checkDirectory(dir: string = defaultMessagesDir, referenceLanguage = "en"): { referenceKeys: number; reports: LanguageReport[] } {
  const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const reference = load(`${referenceLanguage}.json`);
  if (!isPlainObject(reference)) throw new Error(`${referenceLanguage}.json is not a JSON object`);
  const referenceKeys = flatten(reference).size;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => (a === `${referenceLanguage}.json` ? -1 : b === `${referenceLanguage}.json` ? 1 : a.localeCompare(b)));
  const reports: LanguageReport[] = files.map((file) => {
    const language = file.replace(/\.json$/, "");
    const empty: CatalogueProblems = { missing: [], extra: [], placeholderMismatch: [], invalidIcu: [] };
    let catalogue: unknown;
    try {
      catalogue = load(file);
    } catch (err) {
      return { language, keys: 0, problems: empty, loadError: err instanceof Error ? err.message : String(err) };
    }
    if (!isPlainObject(catalogue)) return { language, keys: 0, problems: empty, loadError: "not a JSON object" };
    return { language, keys: flatten(catalogue).size, problems: compareCatalogues(reference, catalogue, { locale: language }) };
  });
  return { referenceKeys, reports };
}

function listLines(list: string[], label: string, detail?: (key: string) => string): string[] {
  return list.map((key) => `  ${label}: ${key}${detail ? ` (${detail(key)})` : ""}`);
}

/** CLI entry: prints problems per language; returns the exit code. */
export function main(dir: string = defaultMessagesDir): number {
  let result: ReturnType<typeof checkDirectory>;
  try {
    result = checkDirectory(dir);
  } catch (err) {
    console.error(`catalogues: cannot read the English catalogue: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const { referenceKeys, reports } = result;
  const reference = flatten(JSON.parse(readFileSync(path.join(dir, "en.json"), "utf8")));
  let failed = false;
  for (const report of reports) {
    if (report.loadError) {
      failed = true;
      console.error(`${report.language}: cannot load ${report.language}.json: ${report.loadError}`);
      continue;
    }
    const p = report.problems;
    if (problemCount(p) === 0) continue;
    failed = true;
    const other = flatten(JSON.parse(readFileSync(path.join(dir, `${report.language}.json`), "utf8")));
    const show = (a: Analysis) => (a.ok ? `{${[...a.placeholders].sort().join(", ")}}` : "invalid");
    console.error(`${report.language}: ${problemCount(p)} problem(s)`);
    for (const line of [
      ...listLines(p.missing, "missing key"),
      ...listLines(p.extra, "extra key"),
      ...listLines(p.placeholderMismatch, "placeholders differ", (k) => `en ${show(analyseMessage(reference.get(k)))}, ${report.language} ${show(analyseMessage(other.get(k)))}`),
      ...listLines(p.invalidIcu, "invalid ICU", (k) => {
        const a = analyseMessage(other.get(k));
        return a.ok ? `plural category not used by "${report.language}": ${a.pluralKeys.join(", ")}` : a.error;
      }),
    ])
      console.error(line);
  }
  if (failed) return 1;
  console.log(`catalogues: ${reports.length} languages, ${referenceKeys} keys each, no problems`);
  return 0;
}

if (/check-catalogues\.ts$/.test(process.argv[1] ?? "")) process.exit(main());
