import { describe, expect, it } from "vitest";
import { isPlainData } from "./plain-data";

describe("isPlainData", () => {
  it("accepts what a form sends", () => {
    expect(isPlainData({ a: "x", b: 1, c: true, d: null, e: [1, { f: "g" }], g: undefined })).toBe(true);
    expect(isPlainData({})).toBe(true);
  });
  it("refuses what React's reply decoding makes of '$' references", () => {
    for (const v of [new FormData(), Promise.resolve({}), new Date(), new Map(), new Set(), { a: 1n }, { a: new Date() }, [new Blob([])], NaN, { a: Infinity }, undefined, () => 1]) {
      expect(isPlainData(v), String(v)).toBe(false);
    }
  });
  it("refuses a cycle without looping", () => {
    const a: unknown[] = [];
    a.push(a);
    expect(isPlainData(a)).toBe(false);
  });
});
