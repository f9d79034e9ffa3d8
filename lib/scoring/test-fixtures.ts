import raw from "@/lib/framework/definitions/mnr-2022.json";
import { frameworkDefinitionSchema, type FrameworkDefinition } from "@/lib/framework/schema";
import type { AnswerInput } from "./types";

/** The shipped MNR 2022.1 definition (levels 0..4, six domains, 21 capabilities). */
export const mnr: FrameworkDefinition = frameworkDefinitionSchema.parse(raw);

/**
 * A tiny framework whose scale starts at 1, not 0, so tests catch any assumption that the
 * lowest level is 0. Four levels give thirds (33.3, 66.7), which exercises rounding.
 * a-two requires a-one; a-three requires b-one and only "supports" a-one.
 */
export function makeTinyFramework(): FrameworkDefinition {
  const descriptors = { "1": "Nothing.", "2": "Some.", "3": "Most.", "4": "All." };
  const cap = (key: string, number: number, domain: string, prerequisites: FrameworkDefinition["capabilities"][number]["prerequisites"] = []) => ({
    key,
    number,
    domain,
    name: key,
    summary: `${key} summary.`,
    prerequisites,
    descriptors: { ...descriptors },
  });
  return {
    formatVersion: 1,
    key: "tiny",
    version: "1.0",
    name: "Tiny",
    publisher: "Tests",
    description: "A tiny framework for scoring tests.",
    locale: "en",
    scale: {
      levels: [1, 2, 3, 4].map((value) => ({ value, key: `l${value}`, label: `L${value}`, ownLabel: true, description: "Level." })),
    },
    domains: [
      { key: "alpha", number: 1, name: "Alpha", outcome: "Alpha outcome." },
      { key: "beta", number: 2, name: "Beta", outcome: "Beta outcome." },
    ],
    capabilities: [
      cap("a-one", 1, "alpha"),
      cap("a-two", 2, "alpha", [{ capability: "a-one", kind: "requires", note: "One first." }]),
      cap("a-three", 3, "alpha", [
        { capability: "b-one", kind: "requires", note: "Beta first." },
        { capability: "a-one", kind: "supports", note: "Works alongside." },
      ]),
      cap("b-one", 4, "beta"),
    ],
    enablers: [],
  };
}

/** An answer with a level, medium confidence and one piece of evidence unless told otherwise. */
export function answer(capabilityKey: string, level: number | null, over: Partial<AnswerInput> = {}): AnswerInput {
  return { capabilityKey, level, notApplicable: false, targetLevel: null, confidence: "medium", evidenceCount: 1, ...over };
}
