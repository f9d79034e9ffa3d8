import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getDb, type Db } from "@/db/client";
import { recordAnonymousRefusal, writeAudit } from "@/db/queries/audit";
import { stackOf, summariseError } from "@/lib/security/error-summary";
import { can, type Permission } from "./permissions";
import { getCurrentUser, getRequestInfo, type CurrentUser } from "./session";

export interface RouteContext {
  request: NextRequest;
  user: CurrentUser | null;
  /** Opened on demand, so a handler that reports database trouble (health) can run without it. */
  getDb: () => Promise<Db>;
  params: Record<string, string | string[]>;
  /** Adds ids or codes to this request's audit entry. */
  note: (details: Record<string, string | number | boolean | null>) => void;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The same-origin rule for state-changing requests: Origin must name this host. */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The one wrapper for route handlers: origin check for state-changing methods, session,
 * permission, handler, audit of denials and mutations, safe error.
 */
export function defineRoute(def: {
  name: string;
  permission: Permission | "public";
  /** Also record successful reads (downloads of country data). */
  auditReads?: boolean;
  handler: (ctx: RouteContext) => Promise<Response>;
}) {
  return async function route(request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) {
    const info = await getRequestInfo();
    const mutating = !safeMethods.has(request.method);
    const user = def.permission === "public" ? null : await getCurrentUser();
    const noted: Record<string, string | number | boolean | null> = {};
    const audit = async (outcome: "success" | "denied" | "failure" | "error", details: Record<string, string | number | boolean | null>) =>
      writeAudit(await getDb(), {
        action: def.name,
        actorId: user?.userId ?? null,
        actorEmail: user?.email ?? null,
        actorRole: user?.role ?? null,
        outcome,
        ipAddress: info.ipAddress,
        details: { ...noted, ...details },
      });
    // Refusals at the door. Without a session they are counted, not written one by one:
    // anyone can send them as fast as they like (db/queries/audit.ts, recordAnonymousRefusal).
    const refuse = async (details: Record<string, string | number | boolean | null>) =>
      user ? audit("denied", details) : recordAnonymousRefusal(await getDb(), { action: def.name, outcome: "denied", ipAddress: info.ipAddress, details: { ...noted, ...details } });
    if (mutating && !isSameOrigin(info.origin, info.host)) {
      await refuse({ reason: "origin" });
      return NextResponse.json({ error: "cross-origin request refused" }, { status: 403 });
    }
    if (def.permission !== "public") {
      if (!user) {
        await refuse({ reason: "unauthenticated" });
        return NextResponse.json({ error: "sign in first" }, { status: 401 });
      }
      if (!can(user.role, def.permission) || (user.mustSetUpTwoFactor && def.permission !== "account.manageOwn")) {
        await refuse({ reason: "permission", permission: def.permission });
        return NextResponse.json({ error: "not allowed" }, { status: 403 });
      }
    }
    try {
      const response = await def.handler({ request, user, getDb, params: await context.params, note: (d) => Object.assign(noted, d) });
      if (mutating || def.auditReads) await audit(response.ok ? "success" : "failure", { status: response.status });
      return response;
    } catch (err) {
      const reference = randomUUID().slice(0, 8);
      // Never the error itself: a database error carries the query's parameters, the user's own text.
      console.error(`route ${def.name} failed [${reference}] ${summariseError(err)} at ${stackOf(err)}`);
      return NextResponse.json({ error: "internal error", reference }, { status: 500 });
    }
  };
}
