CREATE TABLE "level_proposals" (
	"assessment_id" text NOT NULL,
	"capability_key" text NOT NULL,
	"author_id" text NOT NULL,
	"level" integer NOT NULL,
	"reasoning" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "level_proposals_assessment_id_capability_key_author_id_pk" PRIMARY KEY("assessment_id","capability_key","author_id")
);
--> statement-breakpoint
ALTER TABLE "capability_answers" ADD COLUMN "agreed_reason" text;--> statement-breakpoint
ALTER TABLE "capability_answers" ADD COLUMN "agreed_by" text;--> statement-breakpoint
ALTER TABLE "capability_answers" ADD COLUMN "agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "level_proposals" ADD CONSTRAINT "level_proposals_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_proposals" ADD CONSTRAINT "level_proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capability_answers" ADD CONSTRAINT "capability_answers_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;