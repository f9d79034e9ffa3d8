import { describe, expect, it } from "vitest";
import { buildDashboard } from "@/lib/scoring";
import { reportAudienceFor } from "./audience";
import { buildReport } from "./build-report";
import { englishLabels } from "./labels";
import type { Audience } from "./model";
import { COMMENT_BODY, CURRENT_ID, FRENCH_REASONING, INTERNAL_TITLE, PUBLIC_TITLE, RESTRICTED_TITLE, makeFixtureInput } from "./test-fixture";

const input = makeFixtureInput();
const dash = buildDashboard(CURRENT_ID, input.cycles);
const report = (audience: Audience) => buildReport(input, audience, englishLabels);

describe("buildReport", () => {
  it("carries the scoring functions' figures unchanged", () => {
    const r = report("internal");
    expect(r.overall.value).toBe(dash.current.overall.value);
    expect(r.overall.target).toBe(dash.target.overall.value);
    expect(r.overall.change).toBe(dash.comparison.overall);
    expect(r.overall.evidenceStrength).toBe(dash.current.overall.evidence.strength);
    expect(r.domains.map((d) => d.value)).toEqual(dash.current.domains.map((d) => d.score.value));
    expect(r.capabilities.map((c) => c.points)).toEqual(dash.current.capabilities.map((c) => c.value));
    expect(r.gaps.map((g) => g.key)).toEqual(dash.gaps.map((g) => g.key));
    expect(r.trend.map((t) => t.overall)).toEqual(dash.trend.map((t) => t.overall));
    expect(r.comparison.previousPeriod).toBe("2022");
  });

  it("gives every audience the same scores", () => {
    const internal = report("internal");
    for (const audience of ["advisory", "ngo", "public"] as const) {
      const shared = report(audience);
      expect(shared.overall).toEqual(internal.overall);
      expect(shared.domains).toEqual(internal.domains);
    }
  });

  it("filters evidence by audience as lib/assessment/sensitivity.ts says", () => {
    const titles = (a: Audience) => report(a).evidence.map((e) => e.title);
    expect(titles("internal")).toEqual(expect.arrayContaining([RESTRICTED_TITLE, INTERNAL_TITLE, PUBLIC_TITLE]));
    expect(titles("advisory")).toContain(INTERNAL_TITLE);
    expect(titles("advisory")).not.toContain(RESTRICTED_TITLE);
    for (const a of ["ngo", "public"] as const) {
      expect(titles(a)).toContain(PUBLIC_TITLE);
      expect(titles(a)).not.toContain(INTERNAL_TITLE);
      expect(titles(a)).not.toContain(RESTRICTED_TITLE);
    }
    // The visible count follows the filter; the score's evidence strength does not.
    const legislation = (a: Audience) => report(a).capabilities.find((c) => c.key === "legislation")!;
    expect(legislation("internal").evidenceCount).toBe(2);
    expect(legislation("public").evidenceCount).toBe(1);
    expect(legislation("public").evidence).toBe(legislation("internal").evidence);
  });

  it("keeps comments in the internal version only", () => {
    expect(report("internal").comments.map((c) => c.body)).toEqual([COMMENT_BODY]);
    for (const a of ["advisory", "ngo", "public"] as const) expect(report(a).comments).toEqual([]);
  });

  it("keeps user text exactly as written and names from the framework", () => {
    const r = report("internal");
    expect(r.capabilities.find((c) => c.key === "leadership")!.reasoning).toBe(FRENCH_REASONING);
    expect(r.capabilities[0]!.name).toBe("Leadership");
    expect(r.scale.map((l) => l.label)).toContain("Developing");
    expect(r.enablers).toHaveLength(input.def.enablers.length);
  });

  it("writes a summary that states the overall score", () => {
    const r = report("internal");
    expect(r.summary[0]).toContain(String(r.overall.value));
    expect(r.summary.join(" ")).toContain("2022");
  });
});

describe("reportAudienceFor", () => {
  it("gives the country and the secretariat the internal version, or a shared one on request", () => {
    expect(reportAudienceFor("internal", null)).toBe("internal");
    expect(reportAudienceFor("internal", "ngo")).toBe("ngo");
    expect(reportAudienceFor("internal", "bogus")).toBeNull();
  });
  it("never gives a shared reader more than the version of the grant that lets them read", () => {
    expect(reportAudienceFor("ngo", null)).toBe("ngo");
    expect(reportAudienceFor("ngo", "internal")).toBeNull();
    expect(reportAudienceFor("ngo", "advisory")).toBeNull();
    expect(reportAudienceFor("public", "internal")).toBeNull();
    // An advisory member reading a cycle shared only with the public reads the public version.
    expect(reportAudienceFor("public", "advisory")).toBeNull();
    expect(reportAudienceFor("public", null)).toBe("public");
  });
});
