import { describe, expect, it } from "vitest";
import { checkActionBody } from "./action-body";

const text = "text/plain;charset=UTF-8";
const verdict = (args: unknown[]) => checkActionBody(text, JSON.stringify(args));

describe("checkActionBody", () => {
  it("accepts what the pages send, escaped dollars and left-out fields included", () => {
    expect(verdict([{ title: "Budget", body: "$$5 a day", next: "$undefined", level: 2, items: [{ a: null }] }])).toEqual({ ok: true });
    expect(verdict([{ n: "$NaN", d: "$D2026-01-01T00:00:00.000Z" }])).toEqual({ ok: true });
    expect(verdict([])).toEqual({ ok: true });
  });

  it("refuses references React would decode into something else, anywhere in the body", () => {
    for (const ref of ["$K1", "$@0", "$@1", "$Q1", "$W1", "$1", "$0", "$F1", "$h1", "$T", "$B1", "$R1", "$r1", "$S1", "$i1", "$", "$1:a", "$nope"]) {
      expect(verdict([ref]), ref).toEqual({ ok: false, reason: "reference" });
      expect(verdict([{ deep: [{ deeper: ref }] }]), ref).toEqual({ ok: false, reason: "reference" });
    }
  });

  it("refuses a body that is not JSON, and multipart bodies", () => {
    expect(checkActionBody(text, "[{")).toEqual({ ok: false, reason: "notJson" });
    expect(checkActionBody("multipart/form-data; boundary=x", "--x--")).toEqual({ ok: false, reason: "multipart" });
  });

  it("survives a deeply nested body", () => {
    expect(checkActionBody(text, `${"[".repeat(100_000)}"$K1"${"]".repeat(100_000)}`)).toEqual({ ok: false, reason: "reference" });
  });
});
