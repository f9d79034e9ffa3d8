import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The wrapper's collaborators (Next request APIs, translations, database) stand in here: what is
// tested is how it answers when the database cannot be reached.
const session = vi.hoisted(() => ({ getCurrentUser: vi.fn(), getRequestInfo: vi.fn(async () => ({ ipAddress: null })) }));
const audit = vi.hoisted(() => ({ writeAudit: vi.fn(async () => undefined), recordAnonymousRefusal: vi.fn(async () => true) }));
vi.mock("./session", () => session);
vi.mock("@/db/client", () => ({ getDb: vi.fn(async () => ({})) }));
vi.mock("@/db/queries/audit", () => audit);
vi.mock("next-intl/server", () => ({ getTranslations: vi.fn(async () => (key: string) => key) }));

const { defineAction } = await import("./action");

const refused = () => Object.assign(new Error("Failed query: select ..."), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
const user = { userId: "u1", role: "focal_point", countryIso2: "KE", email: "a@example.org", name: "A", sessionId: "s", twoFactorEnabled: true, mustSetUpTwoFactor: false };

function actionThat(handler: () => Promise<unknown>) {
  return defineAction({ name: "test.action", permission: "assessment.edit", input: z.strictObject({}), handler });
}

describe("the action wrapper with the database down", () => {
  beforeEach(() => {
    session.getCurrentUser.mockReset();
    audit.writeAudit.mockReset();
    audit.writeAudit.mockResolvedValue(undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });

  it("answers 'unavailable' when reading the session cannot reach the database", async () => {
    session.getCurrentUser.mockRejectedValue(refused());
    expect(await actionThat(async () => "done")({})).toEqual({ ok: false, code: "unavailable", message: "databaseUnavailable" });
  });

  it("answers 'unavailable' when the handler's query cannot reach it (and the audit entry cannot be written either)", async () => {
    session.getCurrentUser.mockResolvedValue(user);
    audit.writeAudit.mockRejectedValue(refused());
    expect(await actionThat(async () => Promise.reject(refused()))({})).toMatchObject({ ok: false, code: "unavailable" });
  });

  it("keeps answering an ordinary failure as an unexpected error with a reference", async () => {
    session.getCurrentUser.mockResolvedValue(user);
    expect(await actionThat(async () => Promise.reject(new Error("bug")))({})).toMatchObject({ ok: false, code: "error", message: "unexpected" });
  });

  it("does not hide an error that is not an outage", async () => {
    session.getCurrentUser.mockRejectedValue(new Error("bug in the session code"));
    await expect(actionThat(async () => "done")({})).rejects.toThrow("bug in the session code");
  });
});
