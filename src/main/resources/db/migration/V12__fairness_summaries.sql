-- Published bias-audit summaries: what the public page shows (LL144 asks employers to publish the
-- latest audit's summary). A summary is the record of what was published, so it never changes and is
-- never deleted: the trigger refuses both, whoever asks. It holds aggregates only, no candidate data.
CREATE TABLE fairness_summary (
    id                  uuid        PRIMARY KEY,
    published_at        timestamptz NOT NULL,
    published_by_key_id uuid,
    window_from         timestamptz NOT NULL,
    window_to           timestamptz NOT NULL CHECK (window_to > window_from),
    rubric_key          text        NOT NULL,
    rubric_versions     integer[]   NOT NULL,
    role_id             text,
    distribution_date   date        NOT NULL,
    data_source         text        NOT NULL CHECK (length(data_source) BETWEEN 1 AND 2000),
    report              jsonb       NOT NULL
);
CREATE INDEX fairness_summary_latest ON fairness_summary (published_at DESC, id DESC);

CREATE FUNCTION fairness_summary_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published fairness summaries never change' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER fairness_summary_immutable BEFORE UPDATE OR DELETE ON fairness_summary
    FOR EACH ROW EXECUTE FUNCTION fairness_summary_immutable();
