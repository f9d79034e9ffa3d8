import { describe, expect, it } from "vitest";
import { buildCsp, securityHeaders } from "./headers";

describe("buildCsp", () => {
  const csp = buildCsp("abc123", false);
  it("allows scripts only from this origin or with the nonce, never inline without it", () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });
  it("forbids plugins and framing", () => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it("allows eval only in development", () => {
    expect(buildCsp("n", true)).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
  });
});
