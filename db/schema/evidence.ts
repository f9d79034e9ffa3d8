import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
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

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => Buffer.from(v),
});

/**
 * Uploaded evidence documents, kept in the database so any app instance can serve them.
 * Only documents get here: lib/uploads/classify.ts refuses images, video and archives.
 */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: text("id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    sensitivity: text("sensitivity").notNull(),
    uploadedBy: text("uploaded_by").references(() => users.id),
    uploadedAt: ts("uploaded_at").notNull().defaultNow(),
  },
  (t) => [
    check("evidence_files_sensitivity", sql`${t.sensitivity} in ('public', 'internal', 'restricted')`),
    check("evidence_files_size", sql`${t.size} > 0 and ${t.size} <= 10485760`),
    index("evidence_files_assessment_idx").on(t.assessmentId, t.capabilityKey),
  ],
);
