-- TRUNCATE fires no row triggers: without a statement trigger of its own it would empty the
-- append-only audit trail in one go. The application's role has no TRUNCATE right either (see
-- afterMigrate.sql); this guards against the owner doing it by mistake.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
