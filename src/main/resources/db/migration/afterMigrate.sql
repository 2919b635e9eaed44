-- Runs after every migration, as the owner: the application's role (the datasource user, when it
-- is not the owner) gets the data rights on every table and sequence, and nothing more: no
-- TRUNCATE, no REFERENCES or TRIGGER, no DDL. Repeated on every start, so tables of new
-- migrations and a role created later are covered.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE ALL ON %I.flyway_schema_history FROM %I', current_schema(), app);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), app);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    -- Audit events are deleted only by the retention purge, through the owner's function.
    EXECUTE format('REVOKE DELETE ON %I.audit_event FROM %I', current_schema(), app);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %I.purge_audit_events(timestamptz) TO %I', current_schema(), app);
END
$$;
