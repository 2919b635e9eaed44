-- Responses to POST requests sent with an Idempotency-Key, kept 24 hours so that a client retrying
-- after a timeout gets the first response instead of a second write. One row per (API key, idempotency
-- key); it is written in the same transaction as the request's own writes, so a stored response exists
-- exactly when its writes do.
CREATE TABLE idempotency_record (
    api_key_id      uuid        NOT NULL,
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    bytea       NOT NULL CHECK (length(request_hash) = 32),
    status          smallint    NOT NULL CHECK (status BETWEEN 200 AND 299),
    headers         jsonb       NOT NULL,
    body            text,
    -- the candidate the response is about, so erasing the candidate erases the stored copy too
    candidate_id    uuid,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (api_key_id, idempotency_key)
);
CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
CREATE INDEX idempotency_record_candidate ON idempotency_record (candidate_id) WHERE candidate_id IS NOT NULL;
