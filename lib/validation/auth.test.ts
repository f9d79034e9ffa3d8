import { describe, expect, it } from "vitest";
import { inviteUserSchema } from "./auth";

describe("inviteUserSchema", () => {
  const base = { email: "Someone@Ministry.example", role: "contributor", countryIso2: "KE" };

  it("takes the invitation email's language, or none (the inviter's is used)", () => {
    expect(inviteUserSchema.parse({ ...base, language: "fr" })).toEqual({ email: "someone@ministry.example", role: "contributor", countryIso2: "KE", language: "fr" });
    expect(inviteUserSchema.parse(base).language).toBeUndefined();
  });

  it("refuses a language the product does not have, with the field's own message", () => {
    const r = inviteUserSchema.safeParse({ ...base, language: "de" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["language", "validation.languageRequired"]]);
  });

  it("drops the country for roles that work across countries, and requires it for country roles", () => {
    expect(inviteUserSchema.parse({ ...base, role: "advisory" }).countryIso2).toBeNull();
    const r = inviteUserSchema.safeParse({ ...base, countryIso2: "" });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.countryRequired"]);
  });
});
