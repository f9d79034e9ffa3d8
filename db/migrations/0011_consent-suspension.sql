ALTER TABLE "share_grants" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "share_grants" ADD COLUMN "suspended_by" text;--> statement-breakpoint
ALTER TABLE "share_grants" ADD COLUMN "superseded_by" text;--> statement-breakpoint
ALTER TABLE "share_grants" ADD CONSTRAINT "share_grants_suspended_by_users_id_fk" FOREIGN KEY ("suspended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;