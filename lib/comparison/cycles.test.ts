import { describe, expect, it } from "vitest";
import { comparePeriods, latestPerCountry, readPeriod } from "./cycles";
import { makeCycle } from "./test-cycles";

describe("readPeriod", () => {
  it("reads a year, a span and a short span", () => {
    expect(readPeriod("2024")).toEqual({ start: 2024, end: 2024 });
    expect(readPeriod("2023-2024")).toEqual({ start: 2023, end: 2024 });
    expect(readPeriod("2023-24")).toEqual({ start: 2023, end: 2024 });
  });

  it("refuses anything else", () => {
    for (const bad of ["24", "2024-2023", "FY2024", "2024-"]) expect(() => readPeriod(bad)).toThrow(RangeError);
  });

  it("orders by first year, then by last year", () => {
    expect(["2024", "2023-2024", "2023", "2022-2023"].sort(comparePeriods)).toEqual(["2022-2023", "2023", "2023-2024", "2024"]);
  });
});

describe("latestPerCountry", () => {
  const cycles = [
    makeCycle("FR", [1], { period: "2022" }),
    makeCycle("FR", [2], { period: "2023-2024" }),
    makeCycle("FR", [3], { period: "2025" }),
    makeCycle("BE", [1], { period: "2024" }),
    makeCycle("AT", [1], { period: "2019" }),
  ];
  const periods = (upTo?: string) => latestPerCountry(cycles, { upTo }).map((c) => `${c.countryIso2} ${c.period}`);

  it("keeps each country's latest cycle, in country-code order", () => {
    expect(periods()).toEqual(["AT 2019", "BE 2024", "FR 2025"]);
  });

  it("compares a span by its first year, inclusively", () => {
    expect(periods("2023")).toEqual(["AT 2019", "FR 2023-2024"]);
    expect(periods("2023-2024")).toEqual(["AT 2019", "FR 2023-2024"]);
    expect(periods("2024")).toEqual(["AT 2019", "BE 2024", "FR 2023-2024"]);
  });

  it("leaves out countries with nothing validated by then", () => {
    expect(periods("2018")).toEqual([]);
  });

  it("refuses two validated cycles of one country for one period", () => {
    expect(() => latestPerCountry([...cycles, makeCycle("BE", [4], { period: "2024" })])).toThrow(/more than one/);
  });
});
