import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { countries } from "./countries";
import { users } from "./auth";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** One-time invitation links; only a hash of the token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    role: text("role").notNull(),
    countryIso2: text("country_iso2").references(() => countries.iso2),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    acceptedAt: ts("accepted_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("invitations_email_idx").on(t.email)],
);

/**
 * Append-only record of security events and mutations. A trigger refuses UPDATE, DELETE
 * and TRUNCATE. Never holds passwords, tokens or answer text: `details` carries ids and codes.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: ts("at").notNull().defaultNow(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    countryIso2: text("country_iso2"),
    outcome: text("outcome").notNull(),
    ipAddress: text("ip_address"),
    details: jsonb("details"),
  },
  (t) => [
    check("audit_log_outcome", sql`${t.outcome} in ('success', 'denied', 'failure', 'error')`),
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_action_idx").on(t.action),
  ],
);

/**
 * Refusals of requests without a session (no signed-in user: nobody to hold to account, and
 * free to repeat), counted per client address, action, outcome, reason and 15-minute window.
 * The audit log, which cannot be pruned, takes only the first few per address and window
 * (db/queries/audit.ts); this table keeps the count of all of them, so a flood of anonymous
 * requests costs a handful of rows, not one each.
 */
export const auditDenialSummary = pgTable(
  "audit_denial_summary",
  {
    ipAddress: text("ip_address").notNull(),
    action: text("action").notNull(),
    outcome: text("outcome").notNull(),
    reason: text("reason").notNull(),
    windowStart: ts("window_start").notNull(),
    count: integer("count").notNull(),
    firstAt: ts("first_at").notNull(),
    lastAt: ts("last_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ipAddress, t.windowStart, t.action, t.outcome, t.reason] }),
    index("audit_denial_summary_window_idx").on(t.windowStart),
  ],
);

/** Failed sign-in counters per account and per client address, shared by every app instance. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: ts("window_start").notNull(),
  lockedUntil: ts("locked_until"),
});

/** Platform settings the secretariat changes at run time (e.g. which roles must use 2FA). */
export const platformSettings = pgTable("platform_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
  updatedBy: text("updated_by"),
});

export const instanceSecrets = pgTable("instance_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});
