import { describe, expect, it } from "vitest";
import { clientAddressFrom, untrustedForwardedFor } from "./client-address";

describe("clientAddressFrom", () => {
  it("takes the right-most entry behind one proxy, ignoring what the client wrote before it", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
  });
  it("takes the entry written by the outermost of two proxies", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
  });
  it("without a proxy, uses the entry Next.js wrote from the socket", () => {
    expect(clientAddressFrom("127.0.0.1", 0)).toBe("127.0.0.1");
  });
  it("never steps past the first entry", () => {
    expect(clientAddressFrom("203.0.113.9", 3)).toBe("203.0.113.9");
  });
  it("says unknown when there is nothing", () => {
    expect(clientAddressFrom(null, 0)).toBe("unknown");
  });
});

describe("untrustedForwardedFor", () => {
  it("drops the client's own header when no proxy is trusted, and keeps it behind one", () => {
    expect(untrustedForwardedFor(0)).toBe(true);
    expect(untrustedForwardedFor(1)).toBe(false);
    expect(untrustedForwardedFor(2)).toBe(false);
  });
});
