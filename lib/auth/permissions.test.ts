import { describe, expect, it } from "vitest";
import { can, permissions, permissionTable, permissionsOf } from "./permissions";
import { roles } from "./roles";
import { reachesCountry, scopeOf } from "./scope";

describe("permission table", () => {
  it("names only known roles", () => {
    for (const [permission, allowed] of Object.entries(permissionTable)) {
      for (const role of allowed) expect([...roles, "anonymous"], permission).toContain(role);
    }
  });

  it("lets anonymous users read the framework and nothing else", () => {
    expect(permissionsOf("anonymous")).toEqual(["framework.read"]);
  });

  it("keeps administration with the secretariat", () => {
    for (const p of ["user.invite", "user.manage", "audit.read", "settings.manage", "framework.import"] as const) {
      expect(roles.filter((r) => can(r, p))).toEqual(["secretariat"]);
    }
  });

  it("gives a focal point everything a contributor has, and more", () => {
    const contributor = permissionsOf("contributor");
    const focal = permissionsOf("focal_point");
    expect(contributor.every((p) => focal.includes(p))).toBe(true);
    expect(focal.filter((p) => !contributor.includes(p)).sort()).toEqual([
      "assessment.agree",
      "assessment.assign",
      "assessment.create",
      "assessment.share",
      "assessment.submit",
    ]);
  });

  it("keeps the named comparison from NGOs and country users", () => {
    expect(roles.filter((r) => can(r, "comparison.read"))).toEqual(["secretariat", "advisory"]);
  });

  it("covers every permission for at least one role", () => {
    for (const p of permissions) expect(roles.some((r) => can(r, p)) || can("anonymous", p), p).toBe(true);
  });
});

describe("scope rule", () => {
  it("confines country roles to their own country", () => {
    const scope = scopeOf({ userId: "u", role: "contributor", countryIso2: "KE" });
    expect(scope).toEqual({ kind: "country", countryIso2: "KE" });
    expect(reachesCountry(scope, "KE")).toBe(true);
    expect(reachesCountry(scope, "ke")).toBe(true);
    expect(reachesCountry(scope, "UG")).toBe(false);
  });

  it("gives a country role without a country nothing", () => {
    const scope = scopeOf({ userId: "u", role: "focal_point", countryIso2: null });
    expect(reachesCountry(scope, "KE")).toBe(false);
  });

  it("lets the secretariat reach every country, and the advisory board and NGOs none directly", () => {
    expect(reachesCountry(scopeOf({ userId: "s", role: "secretariat", countryIso2: null }), "KE")).toBe(true);
    expect(reachesCountry(scopeOf({ userId: "a", role: "advisory", countryIso2: null }), "KE")).toBe(false);
    expect(scopeOf({ userId: "n", role: "ngo", countryIso2: null })).toEqual({ kind: "shared", audience: "ngo" });
    expect(reachesCountry(scopeOf(null), "KE")).toBe(false);
  });
});
