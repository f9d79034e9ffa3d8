import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { recordAnonymousRefusal, writeAudit, type AuditEntry } from "@/db/queries/audit";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { stackOf, summariseError } from "@/lib/security/error-summary";
import { isPlainData } from "@/lib/validation/plain-data";
import { ActionError, type ActionResult } from "./action-result";
import { can, type Permission } from "./permissions";
import { reachesCountry, scopeOf } from "./scope";
import { getCurrentUser, getRequestInfo, type CurrentUser, type RequestInfo } from "./session";

export interface ActionContext<I> {
  input: I;
  user: CurrentUser | null;
  db: Db;
  request: RequestInfo;
  /** Adds ids or codes to this action's audit entry (never secrets or answer text). */
  note: (details: Record<string, string | number | boolean | null>) => void;
}

export interface ActionDefinition<S extends z.ZodType<Record<string, unknown>>, R> {
  /** Audit action name, also the key in the access matrix, e.g. "user.invite". */
  name: string;
  /** "public" only for actions a signed-out visitor must reach (signing in, accepting an invitation). */
  permission: Permission | "public";
  /** A strict zod object: unknown fields are refused. */
  input: S;
  /** The country the input touches; the caller's scope must reach it. */
  countryOf?: (input: z.infer<S>, db: Db) => Promise<string | null> | string | null;
  target?: (input: z.infer<S>, result: R | undefined) => { type: string; id: string | null };
  handler: (ctx: ActionContext<z.infer<S>>) => Promise<R>;
}

/**
 * The one wrapper for every server action: session, permission, input, scope, handler,
 * audit entry, safe error. A server action is a public endpoint: whatever the page shows,
 * this is where the decision is made.
 */
export function defineAction<S extends z.ZodType<Record<string, unknown>>, R>(def: ActionDefinition<S, R>) {
  const run = runAction(def);
  return async function action(raw: unknown): Promise<ActionResult<R>> {
    try {
      return await run(raw);
    } catch (err) {
      unstable_rethrow(err);
      // Opening the database or reading the session failed: say so (nothing was written, and
      // no audit entry can be), so a form keeps the input and tries again later.
      if (!isDatabaseUnavailable(err)) throw err;
      console.error(`action ${def.name}: database unavailable`, err);
      const t = await getTranslations("errors");
      return { ok: false, code: "unavailable", message: t("databaseUnavailable") };
    }
  };
}

function runAction<S extends z.ZodType<Record<string, unknown>>, R>(def: ActionDefinition<S, R>) {
  return async function run(raw: unknown): Promise<ActionResult<R>> {
    const t = await getTranslations("errors");
    const db = await getDb();
    const request = await getRequestInfo();
    const user = def.permission === "public" ? await getCurrentUser().catch(() => null) : await getCurrentUser();
    const details: Record<string, string | number | boolean | null> = {};
    const audit = (entry: Omit<AuditEntry, "action" | "actorId" | "actorEmail" | "actorRole" | "ipAddress">) =>
      writeAudit(db, {
        action: def.name,
        actorId: user?.userId ?? null,
        actorEmail: user?.email ?? null,
        actorRole: user?.role ?? null,
        ipAddress: request.ipAddress,
        ...entry,
        details: { ...details, ...entry.details },
      });
    // The wrapper's own refusals. Without a session they are counted, not written one by one:
    // anyone can send them as fast as they like (db/queries/audit.ts, recordAnonymousRefusal).
    const refuse = (entry: Omit<AuditEntry, "action" | "actorId" | "actorEmail" | "actorRole" | "ipAddress">) =>
      user ? audit(entry) : recordAnonymousRefusal(db, { action: def.name, ipAddress: request.ipAddress, ...entry, details: { ...details, ...entry.details } });

    if (def.permission !== "public") {
      if (!user) {
        await refuse({ outcome: "denied", details: { reason: "unauthenticated" } });
        return { ok: false, code: "unauthenticated", message: t("unauthenticated") };
      }
      if (user.mustSetUpTwoFactor && def.permission !== "account.manageOwn") {
        await audit({ outcome: "denied", details: { reason: "twoFactorSetupRequired" } });
        return { ok: false, code: "twoFactorSetupRequired", message: t("twoFactorSetupRequired") };
      }
      if (!can(user.role, def.permission)) {
        await audit({ outcome: "denied", details: { reason: "permission", permission: def.permission } });
        return { ok: false, code: "forbidden", message: t("forbidden") };
      }
    }

    // Plain data only: a crafted body can decode to a Promise, a Map or a Date, which an empty schema would take for "{}".
    if (!isPlainData(raw)) {
      await refuse({ outcome: "failure", details: { reason: "malformedInput" } });
      return { ok: false, code: "invalid", message: t("invalidInput") };
    }
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      await refuse({ outcome: "failure", details: { reason: "invalidInput" } });
      return { ok: false, code: "invalid", message: t("invalidInput"), fieldErrors: await fieldErrorsOf(parsed.error) };
    }
    const input = parsed.data;

    let country: string | null = null;
    try {
      country = def.countryOf ? await def.countryOf(input, db) : null;
    } catch (err) {
      unstable_rethrow(err);
      throw err;
    }
    if (country && !reachesCountry(scopeOf(user), country)) {
      await audit({ outcome: "denied", countryIso2: country, details: { reason: "scope" } });
      return { ok: false, code: "forbidden", message: t("forbidden") };
    }

    try {
      const result = await def.handler({ input, user, db, request, note: (d) => Object.assign(details, d) });
      const target = def.target?.(input, result);
      await audit({ outcome: "success", countryIso2: country, targetType: target?.type, targetId: target?.id });
      return { ok: true, data: result };
    } catch (err) {
      unstable_rethrow(err);
      const target = def.target?.(input, undefined);
      if (err instanceof ActionError) {
        // Without a session (a throttled sign-in, an unusable invitation link) this is counted
        // like any other anonymous refusal: the first few per address are kept in full. A failed
        // sign-in step is bounded by the throttle and always written (ActionError.auditInFull).
        await (err.auditInFull ? audit : refuse)({
          outcome: err.code === "forbidden" ? "denied" : "failure",
          countryIso2: country,
          targetType: target?.type,
          targetId: target?.id,
          details: { reason: err.auditCode ?? err.messageKey },
        });
        const tRoot = await getTranslations();
        const fieldErrors = err.fieldErrors
          ? Object.fromEntries(Object.entries(err.fieldErrors).map(([k, key]) => [k, tRoot(key as never)]))
          : undefined;
        return { ok: false, code: err.code, message: t(err.messageKey as never), fieldErrors };
      }
      // Thrown on to the outer wrapper, which answers "unavailable" (the audit write would fail too).
      if (isDatabaseUnavailable(err)) throw err;
      const reference = randomUUID().slice(0, 8);
      // Never the error itself: a database error carries the query's parameters, the user's own text.
      console.error(`action ${def.name} failed [${reference}] ${summariseError(err)} at ${stackOf(err)}`);
      await audit({ outcome: "error", countryIso2: country, details: { reference } }).catch(() => undefined);
      return { ok: false, code: "error", message: t("unexpected", { reference }) };
    }
  };
}

/** Zod messages in shared schemas are catalogue keys ("validation.*"), translated here and in the form. */
async function fieldErrorsOf(error: z.ZodError): Promise<Record<string, string>> {
  const t = await getTranslations();
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    if (out[field]) continue;
    const key =
      issue.code === "unrecognized_keys"
        ? "validation.unknownField"
        : issue.message.startsWith("validation.")
          ? issue.message
          : "validation.invalidValue";
    out[field] = t(key as never);
  }
  return out;
}
