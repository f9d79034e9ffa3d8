import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("takes the right-most entry when no proxy is trusted, so a forged entry is ignored", () => {
    expect(clientAddressFrom("6.6.6.6, 10.0.0.5", 0)).toBe("10.0.0.5");
  });
  it("steps left once per trusted proxy", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.1", 1)).toBe("203.0.113.9");
  });
  it("never steps past the first entry", () => {
    expect(clientAddressFrom("203.0.113.9", 3)).toBe("203.0.113.9");
  });
  it("says unknown when there is nothing", () => {
    expect(clientAddressFrom(null, 0)).toBe("unknown");
  });
});
