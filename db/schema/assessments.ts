import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { countries } from "./countries";
import { frameworkVersions } from "./frameworks";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** One assessment cycle of one country, answered against one framework version. */
export const assessments = pgTable(
  "assessments",
  {
    id: text("id").primaryKey(),
    countryIso2: text("country_iso2")
      .notNull()
      .references(() => countries.iso2),
    frameworkVersionId: integer("framework_version_id")
      .notNull()
      .references(() => frameworkVersions.id),
    title: text("title").notNull(),
    period: text("period").notNull(),
    status: text("status").notNull().default("draft"),
    baselineId: text("baseline_id"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    submittedBy: text("submitted_by").references(() => users.id),
    submittedAt: ts("submitted_at"),
    validatedBy: text("validated_by").references(() => users.id),
    validatedAt: ts("validated_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("assessments_status", sql`${t.status} in ('draft', 'submitted', 'returned', 'validated')`),
    // At most one cycle in progress per country.
    uniqueIndex("assessments_one_open_per_country").on(t.countryIso2).where(sql`${t.status} <> 'validated'`),
    index("assessments_country_idx").on(t.countryIso2),
  ],
);

/** A country's answer on one capability. `version` rises on every save (optimistic concurrency). */
export const capabilityAnswers = pgTable(
  "capability_answers",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key").notNull(),
    level: integer("level"),
    notApplicable: boolean("not_applicable").notNull().default(false),
    notApplicableReason: text("not_applicable_reason"),
    reasoning: text("reasoning").notNull().default(""),
    confidence: text("confidence"),
    targetLevel: integer("target_level"),
    targetDate: date("target_date"),
    leadAgency: text("lead_agency").notNull().default(""),
    carriedOver: boolean("carried_over").notNull().default(false),
    // Set when the focal point settles the level from contributors' proposals; cleared by a plain save.
    agreedReason: text("agreed_reason"),
    agreedBy: text("agreed_by").references(() => users.id),
    agreedAt: ts("agreed_at"),
    assigneeId: text("assignee_id").references(() => users.id),
    version: integer("version").notNull().default(0),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.capabilityKey] }),
    check("capability_answers_confidence", sql`${t.confidence} is null or ${t.confidence} in ('low', 'medium', 'high')`),
  ],
);

/** Threaded comments per capability between the country and the secretariat. */
export const assessmentComments = pgTable(
  "assessment_comments",
  {
    id: text("id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key"),
    parentId: text("parent_id"),
    authorId: text("author_id").references(() => users.id),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    resolvedAt: ts("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id),
  },
  (t) => [index("assessment_comments_assessment_idx").on(t.assessmentId)],
);

/**
 * Consent: who beyond the country and the secretariat may see a validated assessment.
 * A grant covers the content it was given for: reopening the cycle suspends it (the content
 * may change), and only the focal point's renewal after re-validation makes it count again.
 * A grant counts while it is neither revoked nor suspended.
 */
export const shareGrants = pgTable(
  "share_grants",
  {
    id: text("id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    audience: text("audience").notNull(),
    grantedBy: text("granted_by").references(() => users.id),
    grantedAt: ts("granted_at").notNull().defaultNow(),
    revokedBy: text("revoked_by").references(() => users.id),
    revokedAt: ts("revoked_at"),
    suspendedAt: ts("suspended_at"),
    suspendedBy: text("suspended_by").references(() => users.id),
    /** The grant that renewed this suspended one after re-validation. */
    supersededBy: text("superseded_by"),
  },
  (t) => [
    check("share_grants_audience", sql`${t.audience} in ('advisory', 'ngo', 'public')`),
    uniqueIndex("share_grants_one_active").on(t.assessmentId, t.audience).where(sql`${t.revokedAt} is null`),
  ],
);

/** How the cross-cutting enablers stand in the country, for one cycle. */
export const enablerAnswers = pgTable(
  "enabler_answers",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    enablerKey: text("enabler_key").notNull(),
    rating: text("rating"),
    notes: text("notes").notNull().default(""),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.enablerKey] }),
    check("enabler_answers_rating", sql`${t.rating} is null or ${t.rating} in ('absent', 'partial', 'strong')`),
  ],
);

/**
 * What one contributor thinks a capability's level should be, with their reasoning. Ministries
 * often see a capability differently; the focal point compares the proposals and records the
 * agreed level on the answer. Proposals are kept after agreement, one current row per person.
 */
export const levelProposals = pgTable(
  "level_proposals",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    capabilityKey: text("capability_key").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    level: integer("level").notNull(),
    reasoning: text("reasoning").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.capabilityKey, t.authorId] })],
);
