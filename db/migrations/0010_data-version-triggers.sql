-- Every committed change to what pages show moves data_version on by one. App instances keep
-- rendered pages under the number they were rendered at (lib/render-cache), so a change made
-- through any instance retires every kept page at once. The row is updated inside the writing
-- transaction: the new number becomes visible exactly when the change does.
-- Not counted: sessions, accounts (passwords), verifications, sign-in throttling, instance
-- secrets and the audit log. They change no page content, and the signed-in user is checked
-- on every request before a kept page is served. db/render-cache.test.ts fails if a new table
-- is in neither list.
INSERT INTO data_version (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger AS $$
BEGIN
  UPDATE data_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER assessments_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assessments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER capability_answers_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON capability_answers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER assessment_comments_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assessment_comments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER share_grants_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON share_grants
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER enabler_answers_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON enabler_answers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER level_proposals_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON level_proposals
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER users_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER two_factors_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON two_factors
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER countries_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON countries
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER evidence_refs_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON evidence_refs
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER action_items_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON action_items
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER evidence_files_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON evidence_files
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER framework_versions_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON framework_versions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER invitations_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON invitations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER platform_settings_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON platform_settings
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
