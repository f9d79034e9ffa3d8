import { describe, expect, it } from "vitest";
import { mnr } from "@/lib/scoring/test-fixtures";
import { buildNamedComparison, listShareableCountries } from "./named-comparison";
import { makeCycle, tinyNext } from "./test-cycles";

const shared = { sharedWithAdvisory: true };
const cycles = [
  makeCycle("ZM", [4, 4, 4, 4], { ...shared, countryName: "Zambia", region: "Africa" }),
  makeCycle("IE", [1, 1, 1, 1], { ...shared, countryName: "Éire", region: "Europe" }),
  makeCycle("EC", [2, 2, 2, 2], { ...shared, countryName: "Ecuador", region: "Americas" }),
  makeCycle("FJ", [3, 3, 3, 3], { ...shared, countryName: "Fiji", region: "Oceania" }),
  makeCycle("NO", [4, 4, 4, 4], { countryName: "Norway", region: "Europe" }),
];
const all = ["ZM", "IE", "EC", "FJ", "NO"];
const names = (r: ReturnType<typeof buildNamedComparison>) => r.rows.map((row) => row.countryName);

describe("buildNamedComparison", () => {
  it("leaves out a chosen country that did not share, without a trace", () => {
    const result = buildNamedComparison(cycles, all);
    expect(names(result)).not.toContain("Norway");
    expect(JSON.stringify(result)).not.toMatch(/NO|Norway/);
  });

  it("orders by name with the locale's rules, never by score", () => {
    // Zambia has the highest score and Éire the lowest; neither moves for it.
    expect(names(buildNamedComparison(cycles, all, { locale: "en" }))).toEqual(["Ecuador", "Éire", "Fiji", "Zambia"]);
  });

  it("orders by region, then name", () => {
    expect(names(buildNamedComparison(cycles, all, { sort: "region", locale: "en" }))).toEqual(["Zambia", "Ecuador", "Éire", "Fiji"]);
  });

  it("carries no rank or position field", () => {
    const keys = Object.keys(buildNamedComparison(cycles, all).rows[0]!);
    expect(keys.filter((k) => /rank|position|place/i.test(k))).toEqual([]);
  });

  it("gives the heatmap: a level, evidence strength and gap per capability", () => {
    const withTarget = makeCycle("EC", [2, 2, 2, 2], { ...shared, countryName: "Ecuador" });
    withTarget.answers = withTarget.answers.map((a, i) => (i === 0 ? { ...a, targetLevel: 4, confidence: "high" } : a));
    const [row] = buildNamedComparison([withTarget], ["EC"]).rows;
    expect(row!.capabilities[0]).toEqual({
      key: "a-one",
      number: 1,
      domain: "alpha",
      level: 2,
      notApplicable: false,
      target: 4,
      gap: 2,
      evidence: { value: 1, strength: "strong" },
    });
    expect(row!.domains.map((d) => d.score.value)).toEqual([33.3, 33.3]);
  });

  it("covers the 21 capabilities of MNR 2022.1", () => {
    const c = makeCycle("EC", [], { ...shared, def: mnr, answers: mnr.capabilities.map((x) => ({ capabilityKey: x.key, level: 2, notApplicable: false, targetLevel: null, confidence: "low", evidenceCount: 0 })) });
    const result = buildNamedComparison([c], ["EC"]);
    const [row] = result.rows;
    expect(result.columns.map((col) => col.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(row!.capabilities).toHaveLength(21);
    expect(row!.overall).toMatchObject({ value: 50, completeness: 1, evidence: { strength: "weak" } });
  });

  it("shows the trend over the cycles the country shared, and only those", () => {
    const history = [
      makeCycle("EC", [1, 1, 1, 1], { ...shared, period: "2020" }),
      makeCycle("EC", [2, 2, 2, 2], { period: "2022" }),
      makeCycle("EC", [3, 3, 3, 3], { ...shared, period: "2024" }),
      makeCycle("EC", [4, 4, 4, 4], { ...shared, period: "2026" }),
    ];
    const [row] = buildNamedComparison(history, ["EC"], { upTo: "2025" }).rows;
    expect(row!.period).toBe("2024");
    expect(row!.trend.map((t) => [t.period, t.overall])).toEqual([
      ["2020", 0],
      ["2024", 66.7],
    ]);
  });

  it("leaves a country out when its latest cycle at the period is not shared, even if an older one was", () => {
    const history = [makeCycle("EC", [1, 1, 1, 1], { ...shared, period: "2020" }), makeCycle("EC", [2, 2, 2, 2], { period: "2022" })];
    expect(buildNamedComparison(history, ["EC"]).rows).toEqual([]);
    expect(buildNamedComparison(history, ["EC"], { upTo: "2021" }).rows).toHaveLength(1);
  });

  it("marks rows on a framework version the others do not use", () => {
    const mixed = [...cycles, makeCycle("PE", [2, 2, 2, 2], { ...shared, countryName: "Peru", def: tinyNext })];
    const result = buildNamedComparison(mixed, [...all, "PE"]);
    expect(result.referenceVersion).toBe("1.0");
    expect(result.rows.map((r) => [r.countryIso2, r.comparable])).toEqual([
      ["EC", true],
      ["IE", true],
      ["FJ", true],
      ["PE", false],
      ["ZM", true],
    ]);
  });
});

describe("listShareableCountries", () => {
  it("lists only countries whose latest cycle is shared, by name", () => {
    expect(listShareableCountries(cycles, { locale: "en" }).map((c) => c.countryIso2)).toEqual(["EC", "IE", "FJ", "ZM"]);
  });
});
