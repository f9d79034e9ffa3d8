import { describe, expect, it } from "vitest";
import { copyBase, copyKey, expiredCopyKeys, isCopyOf, makeCopyId, MAX_COPIES_PER_CAPABILITY, MAX_COPY_AGE_MS, parseCopy, planCopies, serializeCopy, type StoredCopy } from "./unsaved-copies";

const base = copyBase("a1", "legislation");
const copy = (id: string, at: number, reasoning = id): StoredCopy<{ reasoning: string }> => ({ key: copyKey(base, id), values: { reasoning }, baseVersion: 1, at });
const now = 1_800_000_000_000;

describe("unsaved copy keys", () => {
  it("gives each page view its own key under the capability", () => {
    const one = makeCopyId(now, () => 0.1);
    const two = makeCopyId(now, () => 0.7);
    expect(one).not.toBe(two);
    expect(isCopyOf(base, copyKey(base, one))).toBe(true);
    expect(isCopyOf(base, base)).toBe(true); // the single key earlier releases wrote
  });

  it("does not mistake another capability, or a capability whose key starts the same, for this one", () => {
    expect(isCopyOf(base, `${copyBase("a1", "legislation-review")}:x`)).toBe(false);
    expect(isCopyOf(base, copyBase("a1", "legislation-review"))).toBe(false);
    expect(isCopyOf(base, `${copyBase("a2", "legislation")}:x`)).toBe(false);
    expect(isCopyOf(base, `${base}:`)).toBe(false);
    expect(isCopyOf(base, `${base}:x:saved`)).toBe(false);
  });

  it("reads back what it wrote and refuses anything else", () => {
    expect(parseCopy("k", serializeCopy({ reasoning: "r" }, 3, now))).toEqual({ key: "k", values: { reasoning: "r" }, baseVersion: 3, at: now });
    expect(parseCopy("k", "not json")).toBeNull();
    expect(parseCopy("k", JSON.stringify({ values: "text", baseVersion: 1, at: now }))).toBeNull();
    expect(parseCopy("k", JSON.stringify({ values: {}, baseVersion: -1, at: now }))).toBeNull();
    expect(parseCopy("k", null)).toBeNull();
  });
});

describe("which copies to offer", () => {
  const never = () => false;

  it("offers every other copy, newest first, and leaves this view's own copy alone", () => {
    const plan = planCopies([copy("old", now - 5000), copy("mine", now), copy("new", now - 1000)], { now, isAlreadySaved: never, ownKey: copyKey(base, "mine") });
    expect(plan.offer.map((c) => c.key)).toEqual([copyKey(base, "new"), copyKey(base, "old")]);
    expect(plan.drop).toEqual([]);
  });

  it("drops copies already saved word for word, and copies past their age", () => {
    const plan = planCopies([copy("same", now, "stored text"), copy("stale", now - MAX_COPY_AGE_MS - 1), copy("keep", now - MAX_COPY_AGE_MS + 1000)], {
      now,
      isAlreadySaved: (v) => v.reasoning === "stored text",
    });
    expect(plan.offer.map((c) => c.key)).toEqual([copyKey(base, "keep")]);
    expect(plan.drop.sort()).toEqual([copyKey(base, "same"), copyKey(base, "stale")].sort());
  });

  it("keeps at most the newest few per capability", () => {
    const many = Array.from({ length: MAX_COPIES_PER_CAPABILITY + 3 }, (_, i) => copy(`c${i}`, now - i * 1000));
    const plan = planCopies(many, { now, isAlreadySaved: never });
    expect(plan.offer).toHaveLength(MAX_COPIES_PER_CAPABILITY);
    expect(plan.offer[0]?.key).toBe(copyKey(base, "c0"));
    expect(plan.drop).toEqual([`c${MAX_COPIES_PER_CAPABILITY}`, `c${MAX_COPIES_PER_CAPABILITY + 1}`, `c${MAX_COPIES_PER_CAPABILITY + 2}`].map((id) => copyKey(base, id)));
  });

  it("sweeps old and unreadable copies of any capability, and nothing that is not a copy", () => {
    const entries = [
      { key: `${base}:fresh`, raw: serializeCopy({}, 1, now) },
      { key: `${copyBase("a9", "x")}:old`, raw: serializeCopy({}, 1, now - MAX_COPY_AGE_MS - 1) },
      { key: `${base}:broken`, raw: "{" },
      { key: "theme", raw: "dark" },
    ];
    expect(expiredCopyKeys(entries, now)).toEqual([`${copyBase("a9", "x")}:old`, `${base}:broken`]);
  });
});
