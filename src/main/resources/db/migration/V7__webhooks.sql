-- Signed webhooks through a transactional outbox. A write that should be heard about inserts its event
-- and one pending delivery per subscribed endpoint in its own transaction, so a rolled-back write
-- publishes nothing; the dispatcher sends pending deliveries afterwards, outside any transaction.
CREATE TABLE webhook_endpoint (
    id                uuid        PRIMARY KEY,
    url               text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    description       text        CHECK (length(description) <= 200),
    -- empty: every event type
    event_types       text[]      NOT NULL DEFAULT '{}',
    -- whsec_ + base64 of 32 random bytes; the HMAC key of the signatures
    secret            text        NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by_key_id uuid
);

-- payload: the exact JSON body every delivery of the event sends (no personal data: ids and a link)
CREATE TABLE webhook_event (
    id          uuid        PRIMARY KEY,
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE TABLE webhook_delivery (
    id                   uuid        PRIMARY KEY,
    endpoint_id          uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id             uuid        NOT NULL REFERENCES webhook_event (id),
    status               text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts             integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at      timestamptz,
    last_attempt_at      timestamptz,
    last_response_status integer,
    last_error           text        CHECK (length(last_error) <= 500),
    created_at           timestamptz NOT NULL,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, created_at DESC, id DESC);
