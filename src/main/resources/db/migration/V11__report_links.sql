-- Shareable links to an assessment's report page ({public-base-url}/r/{token}) for hiring managers
-- who never open the API. The token is shown once; only its SHA-256 is kept, so a leaked database
-- copy opens no report. A revoked link stays (its page answers 410 Gone, not 404); links go with
-- their assessment, and a candidate's erasure deletes them (see ReportLinkService).
CREATE TABLE report_link (
    id                uuid        PRIMARY KEY,
    assessment_id     uuid        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    token_hash        bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at        timestamptz NOT NULL,
    created_by_key_id uuid,
    revoked_at        timestamptz
);
CREATE INDEX report_link_by_assessment ON report_link (assessment_id, created_at, id);
