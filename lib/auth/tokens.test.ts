import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { accountThrottleKey, createToken, hashToken, tokenFromSignedCookie } from "./tokens";

describe("tokens", () => {
  it("creates distinct url-safe tokens of 43 characters", () => {
    const a = createToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
  });

  it("hashes deterministically without keeping the token", () => {
    expect(hashToken("abc")).toBe(hashToken("abc"));
    expect(hashToken("abc")).not.toContain("abc");
  });

  it("keys the throttle on the normalised email", () => {
    expect(accountThrottleKey(" A@B.org ")).toBe(accountThrottleKey("a@b.org"));
  });
});

describe("tokenFromSignedCookie", () => {
  const secret = "a secret of more than thirty-two characters";
  const sign = (token: string, key = secret) => `${token}.${createHmac("sha256", key).update(token).digest("base64")}`;

  it("returns the token of a cookie signed with the secret, and nothing for any other", () => {
    expect(tokenFromSignedCookie(sign("abc.def"), secret)).toBe("abc.def");
    expect(tokenFromSignedCookie(sign("abc", "another secret of thirty-two characters"), secret)).toBeNull();
    expect(tokenFromSignedCookie(sign("abc").replace("abc", "abd"), secret)).toBeNull();
    expect(tokenFromSignedCookie("abc", secret)).toBeNull();
    expect(tokenFromSignedCookie(".c2lnbmF0dXJl", secret)).toBeNull();
    expect(tokenFromSignedCookie("abc.!!!", secret)).toBeNull();
  });
});
