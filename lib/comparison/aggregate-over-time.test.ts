import { describe, expect, it } from "vitest";
import { aggregate, aggregateOverTime, type AggregateResult } from "./aggregate";
import { makeCountries, makeCycle } from "./test-cycles";

const verdicts = (results: AggregateResult[]) =>
  results.map((r) => [r.upTo, r.groups[0]!.countries, r.groups[0]!.shown ? "shown" : r.groups[0]!.reason]);

describe("aggregateOverTime", () => {
  const first = makeCountries(5, [2, 2, 2, 2], { period: "2023" });

  it("hides a year whose countries differ from another shown year's by one", () => {
    const cycles = [...first, makeCycle("ZZ", [4, 4, 4, 4], { period: "2024" })];
    // 2024 minus 2023 would be ZZ's answers; the larger, later group is kept.
    expect(verdicts(aggregateOverTime(cycles, { by: "all", periods: ["2023", "2024"] }))).toEqual([
      ["2023", 5, "complementary"],
      ["2024", 6, "shown"],
    ]);
  });

  it("keeps the same decision when the years are asked for one at a time", () => {
    const cycles = [...first, makeCycle("ZZ", [4, 4, 4, 4], { period: "2024" })];
    expect(aggregate(cycles, { by: "all", upTo: "2023" }).groups[0]).toMatchObject({ shown: false, reason: "complementary" });
  });

  it("also protects a country that replaced its cycle, not only one that arrived", () => {
    // Same five countries; AA re-assessed in 2024. 2023 minus 2024 would show AA's change.
    const cycles = [...first, makeCycle("AA", [4, 4, 4, 4], { period: "2024" })];
    expect(verdicts(aggregateOverTime(cycles, { by: "all", periods: ["2023", "2024"] }))).toEqual([
      ["2023", 5, "complementary"],
      ["2024", 5, "shown"],
    ]);
  });

  it("shows both years when enough changed between them", () => {
    const cycles = [...first, ...makeCountries(5, [4, 4, 4, 4], { period: "2024" }, 10)];
    expect(verdicts(aggregateOverTime(cycles, { by: "all", periods: ["2023", "2024"] }))).toEqual([
      ["2023", 5, "shown"],
      ["2024", 10, "shown"],
    ]);
  });

  it("gives a year without new cycles the figures of the year before", () => {
    const cycles = [...first, ...makeCountries(5, [4, 4, 4, 4], { period: "2025" }, 10)];
    const [y2023, y2024] = aggregateOverTime(cycles, { by: "all", periods: ["2023", "2024"] });
    expect(y2024!.snapshotYear).toBe(2023);
    expect(y2024!.groups).toEqual(y2023!.groups);
  });

  it("applies the rule to regions across years too", () => {
    const cycles = [
      ...makeCountries(5, [2, 2, 2, 2], { period: "2023" }),
      ...makeCountries(5, [3, 3, 3, 3], { period: "2023", region: "South" }, 5),
      makeCycle("ZZ", [4, 4, 4, 4], { period: "2024", region: "South" }),
    ];
    const [y2023, y2024] = aggregateOverTime(cycles, { by: "region", periods: ["2023", "2024"] });
    const south = (r: AggregateResult) => r.groups.find((g) => g.label === "South")!;
    // South gained one country: only one of its two years can be shown.
    expect([south(y2023!).shown, south(y2024!).shown].filter(Boolean)).toHaveLength(1);
  });
});
