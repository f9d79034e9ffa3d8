CREATE TABLE "action_items" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"capability_key" text NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_status" CHECK ("action_items"."status" in ('planned', 'in_progress', 'done', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "evidence_refs" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"capability_key" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"issued_on" date,
	"issuer" text DEFAULT '' NOT NULL,
	"sensitivity" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_refs_sensitivity" CHECK ("evidence_refs"."sensitivity" in ('public', 'internal', 'restricted'))
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_refs" ADD CONSTRAINT "evidence_refs_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_refs" ADD CONSTRAINT "evidence_refs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_assessment_idx" ON "action_items" USING btree ("assessment_id","capability_key");--> statement-breakpoint
CREATE INDEX "evidence_refs_assessment_idx" ON "evidence_refs" USING btree ("assessment_id","capability_key");