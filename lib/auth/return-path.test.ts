import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const fallback = "/workspace";
const base = "https://assess.example";

/** What a browser does with the value as a link on this site: where does it end up? */
function landsOnThisSite(path: string): boolean {
  const url = new URL(path, base);
  return url.origin === base && path.startsWith("/") && !path.startsWith("//");
}

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    for (const ok of ["/admin/users?x=1", "/assessments/abc-123/capabilities/legislation", "/compare?a=KE&b=UG#chart", "/workspace", "/a%20b"]) {
      expect(safeReturnPath(ok)).toBe(ok);
    }
  });

  it("refuses other sites, however they are spelled", () => {
    const hostile = [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "\\/evil.example",
      "/\t/evil.example", // a browser strips tab, newline and carriage return: "//evil.example"
      "/\n/evil.example",
      "/\r/evil.example",
      "\t//evil.example",
      " /evil.example",
      "/%2F%2Fevil.example", // encoded again: whatever decodes it later must not find "//"
      "/%2f/evil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/%09/evil.example",
      "/%252F%252Fevil.example",
      "javascript:alert(1)",
      "/\u2215\u2215evil.example", // division slashes
      "/\uff0f/evil.example", // full-width solidus
      "/\u202e/evil.example",
      "/\u0000",
      "/\u0085/evil.example",
      "http:/evil.example",
      "/..//evil.example", // resolves to the path "//evil.example"
      "/a/..//evil.example",
      "/.//evil.example",
      "",
    ];
    for (const bad of hostile) expect(safeReturnPath(bad), JSON.stringify(bad)).toBe(fallback);
  });

  it("refuses values a response header cannot carry", () => {
    for (const bad of ["/\n", "/\r\nSet-Cookie: x=1", "/%0D%0ASet-Cookie:%20x=1", "/a\u0000b"]) expect(safeReturnPath(bad)).toBe(fallback);
  });

  it("refuses what is not a single string (a repeated query parameter, nothing)", () => {
    expect(safeReturnPath(["/admin", "/workspace"])).toBe(fallback);
    expect(safeReturnPath(undefined)).toBe(fallback);
    expect(safeReturnPath(null)).toBe(fallback);
    expect(safeReturnPath(42)).toBe(fallback);
    expect(safeReturnPath(`/${"a".repeat(600)}`)).toBe(fallback);
  });

  it("whatever the input, returns the workspace or a path that stays on this site", () => {
    const printable = fc.string({ unit: fc.constantFrom(..."/\\%.:@?#&=;abcEVIL0123 \t\n\r".split("")) });
    const encoded = fc.array(fc.constantFrom("/", "\\", "%2F", "%5C", "%252F", "%09", "%0A", "%0D", "%00", "evil.example", "http:", ":", "..", "?", "#", "\t", "\n"), { maxLength: 8 }).map((p) => p.join(""));
    const input = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), printable, encoded, encoded.map((s) => `/${s}`));
    fc.assert(
      fc.property(input, (value) => {
        const result = safeReturnPath(value);
        if (result === fallback) return;
        expect(landsOnThisSite(result)).toBe(true);
        // Nothing a header or a second decoding could turn into another site.
        expect(result).toMatch(/^\/[\x21-\x7e]*$/);
        expect(result).not.toMatch(/\\|%(25)*(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i);
        expect(safeReturnPath(result)).toBe(result);
      }),
      { numRuns: 3000 },
    );
  });
});
