-- Endpoints can be switched off (by an admin, or by the receiver answering 410 Gone) and are marked
-- failing when a delivery gives up; the reason and the time say why and since when. A rotated secret
-- keeps signing beside the new one until previous_secret_until, so receivers can switch without a gap.
-- version backs the ETag that PATCH checks with If-Match.
ALTER TABLE webhook_endpoint
    ADD COLUMN status                text        NOT NULL DEFAULT 'enabled' CHECK (status IN ('enabled', 'disabled', 'failing')),
    ADD COLUMN status_reason         text        CHECK (length(status_reason) <= 500),
    ADD COLUMN status_since          timestamptz,
    ADD COLUMN previous_secret       text,
    ADD COLUMN previous_secret_until timestamptz,
    ADD COLUMN version               bigint      NOT NULL DEFAULT 0,
    ADD CONSTRAINT webhook_endpoint_previous_secret_pair CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL));

-- Every attempt of every delivery, as it went: when, how long it took, the response status or the error.
CREATE TABLE webhook_delivery_attempt (
    delivery_id     uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt         integer     NOT NULL CHECK (attempt >= 1),
    attempted_at    timestamptz NOT NULL,
    latency_ms      integer     NOT NULL CHECK (latency_ms >= 0),
    response_status integer,
    error           text        CHECK (length(error) <= 500),
    PRIMARY KEY (delivery_id, attempt)
);
