-- Framework versions are immutable: assessments are answered against the exact
-- descriptors stored here, so a correction must be imported as a new version.
CREATE OR REPLACE FUNCTION refuse_framework_version_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'framework versions are immutable: import a correction as a new version'
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER framework_versions_immutable
  BEFORE UPDATE OR DELETE ON framework_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_framework_version_change();
--> statement-breakpoint
CREATE TRIGGER framework_versions_no_truncate
  BEFORE TRUNCATE ON framework_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_framework_version_change();
