import { describe, expect, it } from "vitest";
import { auditFilterSchema, toAuditQuery } from "./audit";

describe("audit filter", () => {
  it("drops empty fields and defaults to page 1", () => {
    expect(auditFilterSchema.parse({ action: "", actor: " ", outcome: "" })).toEqual({ page: 1 });
  });

  it("makes the end date inclusive, in UTC", () => {
    const q = toAuditQuery(auditFilterSchema.parse({ from: "2026-03-01", to: "2026-03-01" }));
    expect(q.from?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(q.to?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("refuses an unknown outcome and a malformed date", () => {
    expect(auditFilterSchema.safeParse({ outcome: "maybe" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ from: "01/03/2026" }).success).toBe(false);
  });
});
