import { describe, expect, it, vi } from "vitest";

// route.ts imports the session module (Next.js request APIs); only the pure origin rule is tested here.
vi.mock("./session", () => ({ getCurrentUser: vi.fn(), getRequestInfo: vi.fn() }));
vi.mock("@/db/client", () => ({ getDb: vi.fn() }));

const { isSameOrigin } = await import("./route");

describe("isSameOrigin", () => {
  it("accepts a request whose Origin names this host", () => {
    expect(isSameOrigin("https://mnr.example.org", "mnr.example.org")).toBe(true);
    expect(isSameOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
  });
  it("refuses another site, another port, a missing or malformed Origin", () => {
    expect(isSameOrigin("https://evil.example", "mnr.example.org")).toBe(false);
    expect(isSameOrigin("http://127.0.0.1:4000", "127.0.0.1:3000")).toBe(false);
    expect(isSameOrigin(null, "mnr.example.org")).toBe(false);
    expect(isSameOrigin("null", "mnr.example.org")).toBe(false);
  });
});
