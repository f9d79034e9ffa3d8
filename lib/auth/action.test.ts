import { DrizzleQueryError } from "drizzle-orm/errors";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The wrapper's own rules, with the request, the database and the catalogue replaced.
const writeAudit = vi.fn(async () => undefined);
const recordAnonymousRefusal = vi.fn(async () => true);
const currentUser = vi.fn();
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("@/db/client", () => ({ getDb: async () => ({}) }));
vi.mock("@/db/queries/audit", () => ({ writeAudit, recordAnonymousRefusal }));
vi.mock("./session", () => ({ getCurrentUser: () => currentUser(), getRequestInfo: async () => ({ ipAddress: "192.0.2.5", userAgent: null, origin: null, host: null }) }));

const { defineAction } = await import("./action");

const secretariat = { userId: "u1", role: "secretariat", countryIso2: null, email: "s@example.org", name: "S", sessionId: "s", twoFactorEnabled: true, mustSetUpTwoFactor: false };
const secret = "what the ministry told us in confidence";
const handler = vi.fn(async () => ({ done: true }));
const action = defineAction({ name: "test.act", permission: "user.invite", input: z.strictObject({ note: z.string() }), handler });

beforeEach(() => {
  vi.clearAllMocks();
  currentUser.mockResolvedValue(secretariat);
});

describe("defineAction", () => {
  it("logs an unexpected database error without the query's parameters", async () => {
    const failing = defineAction({
      name: "test.fail",
      permission: "user.invite",
      input: z.strictObject({ note: z.string() }),
      handler: async ({ input }) => {
        throw new DrizzleQueryError('insert into "comments" ("body") values ($1)', [input.note], Object.assign(new Error("invalid byte sequence"), { code: "22021" }));
      },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await failing({ note: secret });
    expect(result).toMatchObject({ ok: false, code: "error" });
    expect(logged).toHaveBeenCalled();
    const text = logged.mock.calls.map((args) => args.map((a) => (a instanceof Error ? `${a.message} ${a.stack} ${JSON.stringify(a)}` : String(a))).join(" ")).join("\n");
    expect(text).not.toContain(secret);
    expect(text).toContain("22021");
    logged.mockRestore();
  });

  it("counts a refusal without a session instead of writing it in full; a signed-in refusal is written", async () => {
    currentUser.mockResolvedValue(null);
    expect(await action({ note: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(recordAnonymousRefusal).toHaveBeenCalledTimes(1);
    expect(writeAudit).not.toHaveBeenCalled();

    currentUser.mockResolvedValue({ ...secretariat, role: "ngo" });
    expect(await action({ note: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(writeAudit).toHaveBeenCalledTimes(1);
    expect(recordAnonymousRefusal).toHaveBeenCalledTimes(1);
  });

  /** A public action (signing in, accepting an invitation) whose handler refuses. */
  async function refusingPublicAction(auditCode: string, auditInFull: boolean) {
    const { ActionError } = await import("./action-result");
    return defineAction({
      name: "test.public",
      permission: "public",
      input: z.strictObject({ note: z.string() }),
      handler: async () => {
        throw new ActionError("failed", "invitationInvalid", undefined, auditCode, auditInFull);
      },
    });
  }

  it("counts a public action's refusal without a session too (an unusable invitation link, bad input)", async () => {
    currentUser.mockResolvedValue(null);
    const accept = await refusingPublicAction("invitationUnusable", false);
    expect(await accept({ note: "x" })).toMatchObject({ ok: false, code: "failed" });
    expect(await accept({ bad: 1 })).toMatchObject({ ok: false, code: "invalid" });
    expect(recordAnonymousRefusal).toHaveBeenCalledTimes(2);
    expect(writeAudit).not.toHaveBeenCalled();
  });

  it("writes a failed sign-in step in full without a session: the throttle already bounds it", async () => {
    currentUser.mockResolvedValue(null);
    const signIn = await refusingPublicAction("badCredentials", true);
    expect(await signIn({ note: "x" })).toMatchObject({ ok: false, code: "failed" });
    expect(writeAudit).toHaveBeenCalledTimes(1);
    expect(recordAnonymousRefusal).not.toHaveBeenCalled();
  });

  it("refuses an argument that is not plain data (what a crafted reference decodes to)", async () => {
    for (const raw of [new FormData(), Promise.resolve({ note: "x" }), { note: new Date() }, Object.assign(Object.create({ polluted: true }), { note: "x" })]) {
      expect(await action(raw)).toMatchObject({ ok: false, code: "invalid" });
    }
    // An empty schema would take a Promise, a Date or a Map as "{}".
    const empty = defineAction({ name: "test.empty", permission: "user.invite", input: z.strictObject({}), handler });
    for (const raw of [Promise.resolve({}), new Date(), new Map(), new FormData()]) {
      expect(await empty(raw)).toMatchObject({ ok: false, code: "invalid" });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(await action({ note: "fine" })).toMatchObject({ ok: true });
    expect(await empty({})).toMatchObject({ ok: true });
  });
});
