-- Candidates and the social-media participation channels they declare.

CREATE TABLE candidate (
    id              uuid         PRIMARY KEY,
    full_name       varchar(200) NOT NULL,
    -- Stored normalized (trimmed, lower-case) so uniqueness is case-insensitive.
    email           varchar(254) NOT NULL,
    phone           varchar(40),
    location        varchar(200),
    headline        varchar(300),
    tags            text[]       NOT NULL DEFAULT '{}',
    ats_source      varchar(64),
    ats_external_id varchar(128),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT candidate_email_uk UNIQUE (email),
    CONSTRAINT candidate_ats_ref_uk UNIQUE (ats_source, ats_external_id),
    CONSTRAINT candidate_ats_ref_pair_ck CHECK ((ats_source IS NULL) = (ats_external_id IS NULL)),
    CONSTRAINT candidate_email_normalized_ck CHECK (email = lower(btrim(email)))
);

-- Keyset pagination walks (created_at, id).
CREATE INDEX candidate_created_id_idx ON candidate (created_at, id);
CREATE INDEX candidate_updated_at_idx ON candidate (updated_at);
CREATE INDEX candidate_tags_idx ON candidate USING gin (tags);

CREATE TABLE participation_channel (
    id             uuid          PRIMARY KEY,
    candidate_id   uuid          NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    platform       varchar(40)   NOT NULL,
    kind           varchar(16)   NOT NULL,
    handle         varchar(100),
    profile_url    varchar(2048),
    community_name varchar(200),
    -- Normalized identity of the channel (platform, kind, canonical handle or URL): one per candidate.
    channel_key    varchar(2200) NOT NULL,
    role           varchar(16)   NOT NULL,
    frequency      varchar(16)   NOT NULL,
    since          varchar(7),
    audience_size  bigint,
    notes          varchar(2000),
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT channel_candidate_key_uk UNIQUE (candidate_id, channel_key),
    CONSTRAINT channel_role_ck CHECK (role IN ('member', 'contributor', 'creator', 'moderator', 'organizer')),
    CONSTRAINT channel_frequency_ck CHECK (frequency IN ('daily', 'weekly', 'monthly', 'rarely')),
    CONSTRAINT channel_kind_ck CHECK (kind IN ('user', 'community')),
    CONSTRAINT channel_since_ck CHECK (since IS NULL OR since ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT channel_audience_ck CHECK (audience_size IS NULL OR audience_size >= 0)
);

CREATE INDEX channel_candidate_idx ON participation_channel (candidate_id, created_at, id);
-- Filtering candidates by platform.
CREATE INDEX channel_platform_candidate_idx ON participation_channel (platform, candidate_id);
