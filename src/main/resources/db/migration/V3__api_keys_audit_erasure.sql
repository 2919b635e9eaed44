-- API keys, the audit trail, and what erasure leaves of an assessment.

CREATE TABLE api_key (
    id           uuid         PRIMARY KEY,
    name         varchar(100) NOT NULL,
    role         varchar(20)  NOT NULL,
    -- Non-secret part of the key, used to find the row; the secret is only ever stored hashed.
    prefix       varchar(16)  NOT NULL,
    secret_hash  bytea        NOT NULL,
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT api_key_prefix_uk UNIQUE (prefix),
    CONSTRAINT api_key_role_ck CHECK (role IN ('recruiter', 'hiring_manager', 'admin'))
);

-- Append-only: the application inserts; updates are refused, and deletes only by the retention purge.
CREATE TABLE audit_event (
    id             uuid          PRIMARY KEY,
    occurred_at    timestamptz   NOT NULL,
    api_key_id     uuid,
    api_key_name   varchar(100),
    action         varchar(40)   NOT NULL,
    entity_type    varchar(40)   NOT NULL,
    entity_id      varchar(100)  NOT NULL,
    request_id     varchar(64),
    -- Names of the fields a write changed; never their values.
    changed_fields text[]        NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, id);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX audit_event_key_idx ON audit_event (api_key_id, occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('socialhire.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- Who created assessments and reviews.
ALTER TABLE assessment ADD COLUMN created_by_key_id uuid;
ALTER TABLE assessment_review ADD COLUMN created_by_key_id uuid;

-- Erasure keeps an assessment only as anonymous calibration data: no candidate, no answer.
ALTER TABLE assessment DROP CONSTRAINT assessment_candidate_id_fkey;
ALTER TABLE assessment ALTER COLUMN candidate_id DROP NOT NULL;
ALTER TABLE assessment ADD CONSTRAINT assessment_candidate_fk
    FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE SET NULL;
ALTER TABLE assessment ADD COLUMN erased_at timestamptz;
ALTER TABLE assessment ADD CONSTRAINT assessment_erased_ck CHECK ((erased_at IS NULL) = (candidate_id IS NOT NULL));
