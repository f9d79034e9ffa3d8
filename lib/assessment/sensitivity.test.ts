import { describe, expect, it } from "vitest";
import { readerAudience, visibleSensitivities } from "./sensitivity";

describe("readerAudience", () => {
  const advisory = { kind: "shared", audience: "advisory" } as const;
  const ngo = { kind: "shared", audience: "ngo" } as const;

  it("reads a cycle as the grant it holds, not as the reader's role", () => {
    expect(readerAudience(advisory, "KE", ["advisory"])).toBe("advisory");
    expect(readerAudience(advisory, "KE", ["public"])).toBe("public");
    expect(readerAudience(advisory, "KE", ["ngo", "public"])).toBe("public");
    expect(readerAudience(ngo, "KE", ["advisory", "public"])).toBe("public");
    expect(readerAudience(ngo, "KE", ["ngo"])).toBe("ngo");
  });
  it("gives nothing where no grant the reader stands for is active", () => {
    expect(readerAudience(advisory, "KE", [])).toBeNull();
    expect(readerAudience(advisory, "KE", ["ngo"])).toBeNull();
    expect(readerAudience({ kind: "public" }, "KE", ["advisory", "ngo"])).toBeNull();
    expect(readerAudience({ kind: "public" }, "KE", ["public"])).toBe("public");
  });
  it("reads the country's own cycles as internal, another country's not at all", () => {
    expect(readerAudience({ kind: "country", countryIso2: "KE" }, "ke", [])).toBe("internal");
    expect(readerAudience({ kind: "country", countryIso2: "KE" }, "UG", ["public"])).toBeNull();
    expect(readerAudience({ kind: "platform" }, "UG", [])).toBe("internal");
  });
  it("keeps internal evidence from everyone but the country, the secretariat and the board", () => {
    expect(visibleSensitivities("internal")).toEqual(["public", "internal", "restricted"]);
    expect(visibleSensitivities("advisory")).toEqual(["public", "internal"]);
    expect(visibleSensitivities("public")).toEqual(["public"]);
    expect(visibleSensitivities("ngo")).toEqual(["public"]);
  });
});
