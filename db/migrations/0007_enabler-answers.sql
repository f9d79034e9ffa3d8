CREATE TABLE "enabler_answers" (
	"assessment_id" text NOT NULL,
	"enabler_key" text NOT NULL,
	"rating" text,
	"notes" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enabler_answers_assessment_id_enabler_key_pk" PRIMARY KEY("assessment_id","enabler_key"),
	CONSTRAINT "enabler_answers_rating" CHECK ("enabler_answers"."rating" is null or "enabler_answers"."rating" in ('absent', 'partial', 'strong'))
);
--> statement-breakpoint
ALTER TABLE "enabler_answers" ADD CONSTRAINT "enabler_answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enabler_answers" ADD CONSTRAINT "enabler_answers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;