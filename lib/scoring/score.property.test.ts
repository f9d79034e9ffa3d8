import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import { prioritiseGaps } from "./gaps";
import { readScale } from "./scale";
import { scoreAssessment } from "./score";
import { makeTinyFramework, mnr } from "./test-fixtures";
import type { AnswerInput, Score } from "./types";

/** Any mix of answered, unanswered, unassessed and not-applicable capabilities, one answer per key at most. */
function answersFor(def: FrameworkDefinition): fc.Arbitrary<AnswerInput[]> {
  const { min, max } = readScale(def);
  const level = fc.option(fc.integer({ min, max }), { nil: null });
  const one = (capabilityKey: string) =>
    fc.option(
      fc.record({
        capabilityKey: fc.constant(capabilityKey),
        level,
        // About one answer in five is not applicable.
        notApplicable: fc.nat(4).map((n) => n === 0),
        targetLevel: level,
        confidence: fc.constantFrom("low", "medium", "high", null),
        evidenceCount: fc.nat(3),
      }),
      { nil: undefined },
    );
  return fc.tuple(...def.capabilities.map((c) => one(c.key))).map((all) => all.filter((a) => a !== undefined));
}

const stray: AnswerInput = { capabilityKey: "no-such-key", level: 1, notApplicable: false, targetLevel: 2, confidence: "high", evidenceCount: 1 };
const allScores = (s: ReturnType<typeof scoreAssessment>): Score[] => [s.overall, ...s.domains.map((d) => d.score)];

describe.each([
  ["MNR 2022.1", mnr],
  ["the tiny framework", makeTinyFramework()],
])("scoring properties on %s", (_name, def) => {
  const { min, max } = readScale(def);

  it("keeps every score within 0..100 or null, and completeness and evidence within 0..1", () => {
    fc.assert(
      fc.property(answersFor(def), (answers) => {
        for (const score of allScores(scoreAssessment(def, answers))) {
          if (score.value !== null) expect(score.value >= 0 && score.value <= 100).toBe(true);
          expect(score.completeness >= 0 && score.completeness <= 1).toBe(true);
          expect(score.evidence.value >= 0 && score.evidence.value <= 1).toBe(true);
          expect(score.value === null).toBe(score.assessed === 0);
        }
      }),
    );
  });

  it("never lowers the domain or overall score when one level goes up by one", () => {
    const setup = fc.record({
      answers: answersFor(def),
      index: fc.nat(def.capabilities.length - 1),
      level: fc.integer({ min, max: max - 1 }),
    });
    fc.assert(
      fc.property(setup, ({ answers, index, level }) => {
        const cap = def.capabilities[index]!;
        const others = answers.filter((a) => a.capabilityKey !== cap.key);
        const base = { capabilityKey: cap.key, notApplicable: false, targetLevel: null, confidence: null, evidenceCount: 0 };
        const lower = scoreAssessment(def, [...others, { ...base, level }]);
        const higher = scoreAssessment(def, [...others, { ...base, level: level + 1 }]);
        const domainOf = (s: typeof lower) => s.domains.find((d) => d.key === cap.domain)!.score.value!;
        expect(domainOf(higher)).toBeGreaterThanOrEqual(domainOf(lower));
        expect(higher.overall.value!).toBeGreaterThanOrEqual(lower.overall.value!);
      }),
    );
  });

  it("gives the same results whatever the order of the answers, and ignores unknown keys", () => {
    const shuffled = answersFor(def).chain((answers) =>
      fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length })),
    );
    fc.assert(
      fc.property(shuffled, ([answers, reordered]) => {
        expect(scoreAssessment(def, [...reordered, stray])).toEqual(scoreAssessment(def, answers));
        expect(prioritiseGaps(def, reordered)).toEqual(prioritiseGaps(def, answers));
      }),
    );
  });

  it("lists gaps that are positive and sorted by gap, then dependents, then number", () => {
    fc.assert(
      fc.property(answersFor(def), (answers) => {
        const gaps = prioritiseGaps(def, answers);
        for (const [i, g] of gaps.entries()) {
          expect(g.gap).toBeGreaterThan(0);
          const next = gaps[i + 1];
          if (!next) continue;
          const order = next.gap - g.gap || next.dependents.length - g.dependents.length || g.number - next.number;
          expect(order).toBeLessThan(0);
        }
      }),
    );
  });
});
