-- ATS connectors (Greenhouse's Assessment partner API, Ashby's assessments API).

-- The report token, sealed (AES-GCM under socialhire.secrets.key; see SecretBox) besides its hash, so
-- the report URL can be sent to an ATS and in webhooks after the 201 that showed it. The hash still
-- finds the row; revoking a link stays a matter of the hash. Null when no key was configured.
-- ats_profile_url: the candidate's application in the ATS; ats_callback_url: where that ATS asks to be
-- told of changes (Greenhouse's PATCH url).
ALTER TABLE invitation
    ADD COLUMN report_token_sealed bytea,
    ADD COLUMN ats_profile_url     text CHECK (length(ats_profile_url) <= 2000),
    ADD COLUMN ats_callback_url    text CHECK (length(ats_callback_url) <= 2000);

-- One row per connector, as an admin configured it. The inbound key (the one the ATS presents) is
-- kept as its SHA-256 for the check and sealed for the callbacks that must present it back; the
-- outbound key (the customer's key for the ATS's API) only sealed. package_ids empty: every active package.
CREATE TABLE connector (
    name                    text        PRIMARY KEY CHECK (name IN ('greenhouse', 'ashby')),
    enabled                 boolean     NOT NULL DEFAULT false,
    inbound_key_hash        bytea       CHECK (length(inbound_key_hash) = 32),
    inbound_key_sealed      bytea,
    inbound_key_hint        text        CHECK (length(inbound_key_hint) <= 20),
    inbound_key_issued_at   timestamptz,
    outbound_key_sealed     bytea,
    outbound_key_updated_at timestamptz,
    package_ids             text[]      NOT NULL DEFAULT '{}',
    updated_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL DEFAULT 0,
    CHECK ((inbound_key_hash IS NULL) = (inbound_key_issued_at IS NULL))
);
INSERT INTO connector (name, updated_at) VALUES ('greenhouse', now()), ('ashby', now());

-- The connectors' outbox: one row per invitation status change to tell the ATS about, written in the
-- transaction of the change, sent by the connector worker with the webhooks' claim, lease and retries.
CREATE TABLE connector_callback (
    id                   uuid        PRIMARY KEY,
    connector            text        NOT NULL REFERENCES connector (name),
    invitation_id        uuid        NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    invitation_status    text        NOT NULL,
    occurred_at          timestamptz NOT NULL,
    status               text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts             integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at      timestamptz,
    last_attempt_at      timestamptz,
    last_response_status integer,
    last_error           text        CHECK (length(last_error) <= 500),
    created_at           timestamptz NOT NULL
);
CREATE INDEX connector_callback_due ON connector_callback (next_attempt_at) WHERE status = 'pending';
CREATE INDEX connector_callback_invitation ON connector_callback (invitation_id);

-- What each connector did: every call the ATS made and every callback attempt, newest first, for
-- admins. Never a key, a token or a report URL; an erased candidate's invitation id is cleared.
CREATE TABLE connector_log (
    id              uuid        PRIMARY KEY,
    connector       text        NOT NULL REFERENCES connector (name),
    direction       text        NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    operation       text        NOT NULL CHECK (length(operation) BETWEEN 1 AND 100),
    outcome         text        NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed', 'reported_error')),
    http_status     integer,
    invitation_id   uuid        REFERENCES invitation (id) ON DELETE SET NULL,
    callback_id     uuid        REFERENCES connector_callback (id) ON DELETE SET NULL,
    attempt         integer     CHECK (attempt >= 1),
    latency_ms      integer     CHECK (latency_ms >= 0),
    detail          text        CHECK (length(detail) <= 2000),
    created_at      timestamptz NOT NULL
);
CREATE INDEX connector_log_page ON connector_log (connector, created_at DESC, id DESC);
CREATE INDEX connector_log_invitation ON connector_log (invitation_id) WHERE invitation_id IS NOT NULL;
-- One record per attempt, even when a lease that ran out lets a second sender record it too.
CREATE UNIQUE INDEX connector_log_attempt ON connector_log (callback_id, attempt) WHERE callback_id IS NOT NULL;
