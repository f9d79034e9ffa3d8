// Rules an import must meet that depend on the framework or on several fields at once. They
// read raw values (a field may still have the wrong type), so every problem in a file is found
// in one pass, alongside the structural ones, and the JSON and spreadsheet imports share them.
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { makeProblem, type ImportProblem, type Locator } from "./problems";

/** Where field `field` of item `index` sits in the file. */
export type Locate = (index: number, field: string) => Locator;

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const isInteger = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** The first occurrence as a reader finds it: the row number in a sheet, the path in JSON. */
function describe(at: Locator): string {
  return at.row === undefined ? at.path : String(at.row);
}

export function checkFramework(found: unknown, def: FrameworkDefinition, at: Locator): ImportProblem[] {
  if (!isRecord(found)) return [];
  if (found.key === def.key && found.version === def.version) return [];
  return [makeProblem("framework.mismatch", at, { found: `${String(found.key)} ${String(found.version)}`, expected: `${def.key} ${def.version}` })];
}

export function checkAnswers(items: readonly unknown[], def: FrameworkDefinition, locate: Locate): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const levels = def.scale.levels.map((l) => l.value);
  const allowed = levels.join(", ");
  const known = new Set(def.capabilities.map((c) => c.key));
  const firstAt = new Map<string, number>();

  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const key = item.capabilityKey;
    if (typeof key === "string") {
      if (!known.has(key)) problems.push(makeProblem("capability.unknown", locate(i, "capabilityKey"), { key }));
      else if (firstAt.has(key))
        problems.push(makeProblem("capability.duplicate", locate(i, "capabilityKey"), { key, first: describe(locate(firstAt.get(key)!, "capabilityKey")) }));
      else firstAt.set(key, i);
    }
    for (const field of ["level", "targetLevel"] as const) {
      const v = item[field];
      if (isInteger(v) && !levels.includes(v)) problems.push(makeProblem("level.outOfScale", locate(i, field), { allowed }));
    }
    const { level, targetLevel } = item;
    if (isInteger(level) && isInteger(targetLevel) && levels.includes(level) && levels.includes(targetLevel) && targetLevel < level) {
      problems.push(makeProblem("target.belowLevel", locate(i, "targetLevel"), { target: targetLevel, level }));
    }
    const reason = item.notApplicableReason;
    if (item.notApplicable === true && !(typeof reason === "string" && reason.trim().length > 0)) {
      problems.push(makeProblem("notApplicable.reasonMissing", locate(i, "notApplicableReason")));
    }
  });
  return problems;
}

/** Evidence, actions and comments must point at capabilities the framework has (comments may point at none). */
export function checkCapabilityRefs(items: readonly unknown[], def: FrameworkDefinition, locate: Locate): ImportProblem[] {
  const known = new Set(def.capabilities.map((c) => c.key));
  const problems: ImportProblem[] = [];
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const key = item.capabilityKey;
    if (typeof key === "string" && !known.has(key)) problems.push(makeProblem("capability.unknown", locate(i, "capabilityKey"), { key }));
  });
  return problems;
}

export function checkEnablers(items: readonly unknown[], def: FrameworkDefinition, locate: Locate): ImportProblem[] {
  const known = new Set(def.enablers.map((e) => e.key));
  const firstAt = new Map<string, number>();
  const problems: ImportProblem[] = [];
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.enablerKey !== "string") return;
    const key = item.enablerKey;
    if (!known.has(key)) problems.push(makeProblem("enabler.unknown", locate(i, "enablerKey"), { key }));
    else if (firstAt.has(key))
      problems.push(makeProblem("enabler.duplicate", locate(i, "enablerKey"), { key, first: describe(locate(firstAt.get(key)!, "enablerKey")) }));
    else firstAt.set(key, i);
  });
  return problems;
}
