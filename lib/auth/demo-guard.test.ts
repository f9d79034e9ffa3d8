import { describe, expect, it } from "vitest";
import { demoStartRefusal } from "./demo-guard";

describe("demoStartRefusal", () => {
  it("lets a database without demo accounts start", () => {
    expect(demoStartRefusal(0, false)).toBeNull();
  });
  it("refuses while demo accounts exist", () => {
    expect(demoStartRefusal(6, false)).toMatch(/6 demo account/);
  });
  it("starts when told it is a demo", () => {
    expect(demoStartRefusal(6, true)).toBeNull();
  });
});
