import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { assessments } from "./assessments";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A reference backing an answer. The sensitivity label decides what may leave in exports. */
export const evidenceRefs = pgTable(
  "evidence_refs",
  {
    id: text("id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    issuedOn: date("issued_on"),
    issuer: text("issuer").notNull().default(""),
    sensitivity: text("sensitivity").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("evidence_refs_sensitivity", sql`${t.sensitivity} in ('public', 'internal', 'restricted')`),
    index("evidence_refs_assessment_idx").on(t.assessmentId, t.capabilityKey),
  ],
);

/** What the country will do to close a gap: what, who, by when, and where it stands. */
export const actionItems = pgTable(
  "action_items",
  {
    id: text("id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key").notNull(),
    what: text("what").notNull(),
    owner: text("owner").notNull(),
    dueOn: date("due_on").notNull(),
    status: text("status").notNull().default("planned"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("action_items_status", sql`${t.status} in ('planned', 'in_progress', 'done', 'dropped')`),
    index("action_items_assessment_idx").on(t.assessmentId, t.capabilityKey),
  ],
);
