CREATE TABLE "audit_denial_summary" (
	"ip_address" text NOT NULL,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_denial_summary_ip_address_window_start_action_outcome_reason_pk" PRIMARY KEY("ip_address","window_start","action","outcome","reason")
);
--> statement-breakpoint
CREATE INDEX "audit_denial_summary_window_idx" ON "audit_denial_summary" USING btree ("window_start");