import { describe, expect, it } from "vitest";
import { directionOf, negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  const supported = ["en", "fr", "ar"];
  it("falls back to English without a header", () => {
    expect(negotiateLocale(undefined, supported)).toBe("en");
  });
  it("respects quality values and regional tags", () => {
    expect(negotiateLocale("de-DE,fr-CA;q=0.8,en;q=0.5", supported)).toBe("fr");
    expect(negotiateLocale("ar-MA;q=0.9,en;q=0.95", supported)).toBe("en");
  });
  it("ignores languages refused with q=0", () => {
    expect(negotiateLocale("fr;q=0,ar", supported)).toBe("ar");
  });
});

describe("directionOf", () => {
  it("is right to left for Arabic only among ours", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
  });
});
