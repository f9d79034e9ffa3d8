import { describe, expect, it } from "vitest";
import { checksumDefinition, stableStringify } from "./checksum";

describe("checksumDefinition", () => {
  it("ignores key order", () => {
    expect(checksumDefinition({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(checksumDefinition({ b: [1, { d: 3, c: 2 }], a: 1 }));
  });

  it("changes when a value changes", () => {
    expect(checksumDefinition({ a: "x" })).not.toBe(checksumDefinition({ a: "y" }));
  });

  it("keeps array order significant", () => {
    expect(stableStringify([1, 2])).not.toBe(stableStringify([2, 1]));
  });
});
