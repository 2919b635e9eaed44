-- The append-only trigger let a DELETE through whenever the session had set socialhire.audit_purge,
-- and any role can set that. Deleting audit events is now the owner's alone: the retention purge
-- calls purge_audit_events, which runs with its owner's rights, and even then nothing younger than
-- 30 days goes, so a stolen application login cannot erase the trail of what it just did.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
            AND current_setting('socialhire.audit_purge', true) = 'on'
            AND current_user = (SELECT tableowner FROM pg_tables
                                WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME)
            AND OLD.occurred_at < now() - interval '30 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Deletes the events older than cutoff (never any younger than 30 days); returns how many.
CREATE FUNCTION purge_audit_events(cutoff timestamptz) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    deleted integer;
BEGIN
    PERFORM set_config('socialhire.audit_purge', 'on', true);
    DELETE FROM audit_event WHERE occurred_at < LEAST(cutoff, now() - interval '30 days');
    GET DIAGNOSTICS deleted = ROW_COUNT;
    PERFORM set_config('socialhire.audit_purge', 'off', true);
    RETURN deleted;
END;
$$;

-- Only the roles afterMigrate.sql grants it to may call it.
REVOKE ALL ON FUNCTION purge_audit_events(timestamptz) FROM PUBLIC;
