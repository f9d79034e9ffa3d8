import { describe, expect, it } from "vitest";
import { reportMissing } from "./check-framework-translations";

describe("shipped framework translations", () => {
  it("cover every text of the framework in every interface language", () => {
    expect(reportMissing()).toEqual({ fr: [], es: [], ar: [] });
  });
});
