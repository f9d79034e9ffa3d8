CREATE TABLE "evidence_files" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"capability_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sensitivity" text NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_sensitivity" CHECK ("evidence_files"."sensitivity" in ('public', 'internal', 'restricted')),
	CONSTRAINT "evidence_files_size" CHECK ("evidence_files"."size" > 0 and "evidence_files"."size" <= 10485760)
);
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_assessment_idx" ON "evidence_files" USING btree ("assessment_id","capability_key");