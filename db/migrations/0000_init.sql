CREATE TABLE "countries" (
	"iso2" text PRIMARY KEY NOT NULL,
	"iso3" text NOT NULL,
	"m49" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"sub_region" text NOT NULL,
	"intermediate_region" text,
	"un_status" text NOT NULL,
	"income_group" text,
	CONSTRAINT "countries_un_status" CHECK ("countries"."un_status" in ('member', 'observer')),
	CONSTRAINT "countries_income_group" CHECK ("countries"."income_group" is null or "countries"."income_group" in ('low', 'lower-middle', 'upper-middle', 'high'))
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_key" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_versions_checksum_format" CHECK ("framework_versions"."checksum" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "countries_iso3_idx" ON "countries" USING btree ("iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "countries_m49_idx" ON "countries" USING btree ("m49");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_key_version_idx" ON "framework_versions" USING btree ("framework_key","version");