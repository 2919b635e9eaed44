-- Invitations: one candidate asked to answer one assessment package, on the candidate's page
-- (/a/{token}), with a read-only report page (/r/{token}) for the hiring manager. Both tokens are
-- stored only as SHA-256 hashes; the links are shown once, when the invitation is created.
CREATE TABLE invitation (
    id                   uuid        PRIMARY KEY,
    package_id           text        NOT NULL REFERENCES assessment_package (id),
    -- Erasing a candidate deletes their invitations with them.
    candidate_id         uuid        NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    -- Who ordered it: the candidate's ATS source, or "api" for candidates without one.
    source               text        NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
    job_external_id      text        CHECK (length(job_external_id) <= 200),
    job_title            text        CHECK (length(job_title) <= 200),
    locale               text        CHECK (locale IN ('en', 'es', 'de', 'fr', 'pt')),
    status               text        NOT NULL CHECK (status IN ('invited', 'started', 'completed', 'cancelled', 'expired')),
    invited_at           timestamptz NOT NULL,
    started_at           timestamptz,
    completed_at         timestamptz,
    cancelled_at         timestamptz,
    expired_at           timestamptz,
    expires_at           timestamptz NOT NULL,
    assessment_id        uuid        REFERENCES assessment (id),
    candidate_token_hash bytea       NOT NULL UNIQUE CHECK (length(candidate_token_hash) = 32),
    report_token_hash    bytea       NOT NULL UNIQUE CHECK (length(report_token_hash) = 32),
    -- What the candidate typed on the page before submitting; cleared on submit.
    draft_answer         text,
    draft_channels       jsonb,
    created_by_key_id    uuid,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    CHECK ((status = 'completed') = (assessment_id IS NOT NULL AND completed_at IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CHECK ((status = 'expired') = (expired_at IS NOT NULL))
);
-- While open, an invitation is unique per (source, candidate, package): ordering it again returns it.
CREATE UNIQUE INDEX invitation_open_unique ON invitation (source, candidate_id, package_id)
    WHERE status IN ('invited', 'started');
-- Keyset paging in (created_at, id) order, and the expiry job's scan of open invitations.
CREATE INDEX invitation_page ON invitation (created_at, id);
CREATE INDEX invitation_candidate ON invitation (candidate_id, created_at, id);
CREATE INDEX invitation_open_expiry ON invitation (expires_at) WHERE status IN ('invited', 'started');
