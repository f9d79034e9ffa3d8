import { describe, expect, it } from "vitest";
import { localiseDefinition, missingTranslations } from "./localise";
import { mnr } from "@/lib/scoring/test-fixtures";

describe("localiseDefinition", () => {
  it("replaces the texts it has and keeps English for the rest, never touching keys or numbers", () => {
    const fr = localiseDefinition(mnr, { domains: { [mnr.domains[0]!.key]: { name: "Politique et gouvernance" } }, capabilities: { legislation: { name: "Législation", descriptors: { "2": "Texte en français." } } } });
    expect(fr.domains[0]!.name).toBe("Politique et gouvernance");
    expect(fr.domains[0]!.outcome).toBe(mnr.domains[0]!.outcome);
    const legislation = fr.capabilities.find((c) => c.key === "legislation")!;
    expect([legislation.name, legislation.number, legislation.descriptors["2"], legislation.descriptors["3"]]).toEqual([
      "Législation",
      3,
      "Texte en français.",
      mnr.capabilities.find((c) => c.key === "legislation")!.descriptors["3"],
    ]);
    expect(fr.capabilities.map((c) => c.key)).toEqual(mnr.capabilities.map((c) => c.key));
  });

  it("is the definition itself without a translation", () => {
    expect(localiseDefinition(mnr, null)).toBe(mnr);
  });
});

describe("missingTranslations", () => {
  it("lists every text a translation lacks, by path", () => {
    const all = missingTranslations(mnr, {});
    // name, description, 2 per level, 2 per domain, 2 + descriptors per capability, 2 per enabler.
    const expected = 2 + mnr.scale.levels.length * 2 + mnr.domains.length * 2 + mnr.capabilities.reduce((n, c) => n + 2 + Object.keys(c.descriptors).length, 0) + mnr.enablers.length * 2;
    expect(all).toHaveLength(expected);
    expect(all).toContain("capabilities.legislation.descriptors.4");
    expect(missingTranslations(mnr, { name: "x" })).not.toContain("name");
  });
});
