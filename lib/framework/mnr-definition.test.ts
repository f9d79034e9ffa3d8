import { describe, expect, it } from "vitest";
import raw from "./definitions/mnr-2022.json";
import { findCycle, validateFramework } from "./validate";

const officialNames = [
  "Leadership",
  "Research, Analysis and Monitoring",
  "Legislation",
  "Dedicated Law Enforcement",
  "Judiciary and Prosecutors",
  "Offender Management Process",
  "Access to Image Databases",
  "End-to-end Support",
  "Child Protection Workforce",
  "Compensation, Remedies and Complaints Arrangements",
  "Child Helpline",
  "CSEA Hotline",
  "Education Programme",
  "Child Participation",
  "Offender Support Systems",
  "Takedown Procedures",
  "CSEA Reporting",
  "Innovative Solution Development",
  "Corporate Social Responsibility",
  "Ethical and Informed Media Reporting",
  "Universal Terminology",
];

describe("the shipped MNR definition", () => {
  const result = validateFramework(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const def = result.definition;

  it("has the six domains in official order", () => {
    expect(def.domains.map((d) => d.name)).toEqual([
      "Policy and Governance",
      "Criminal Justice",
      "Victim",
      "Societal",
      "Industry",
      "Media and Communications",
    ]);
  });

  it("has the 21 capabilities with official numbers and names", () => {
    expect(def.capabilities.map((c) => [c.number, c.name])).toEqual(officialNames.map((n, i) => [i + 1, n]));
  });

  it("puts each capability in its official domain", () => {
    const counts = def.domains.map((d) => def.capabilities.filter((c) => c.domain === d.key).length);
    expect(counts).toEqual([3, 4, 4, 4, 4, 2]);
  });

  it("runs from Building to Maturity, with our own labels flagged", () => {
    const publisher = def.scale.levels.filter((l) => !l.ownLabel).map((l) => l.label);
    expect(publisher).toEqual(["Building", "Maturity"]);
    expect(def.scale.levels.at(-1)?.label).toBe("Maturity");
  });

  it("has a distinct descriptor for every level of every capability", () => {
    const all: string[] = [];
    for (const c of def.capabilities) {
      for (const level of def.scale.levels) {
        const text = c.descriptors[String(level.value)];
        expect(text?.length, `${c.key} level ${level.value}`).toBeGreaterThan(80);
        all.push(text!);
      }
    }
    expect(new Set(all).size).toBe(def.capabilities.length * def.scale.levels.length);
  });

  it("carries the stated dependencies, without a cycle", () => {
    const requires = (key: string) => def.capabilities.find((c) => c.key === key)!.prerequisites.map((p) => p.capability);
    expect(requires("image-databases").sort()).toEqual(["dedicated-law-enforcement", "legislation"]);
    expect(requires("csea-hotline")).toEqual(["legislation"]);
    expect(requires("research-analysis-monitoring")).toEqual(["leadership"]);
    expect(findCycle(def)).toBeNull();
  });

  it("lists the enablers", () => {
    expect(def.enablers.length).toBeGreaterThanOrEqual(5);
  });
});
