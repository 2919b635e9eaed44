-- Rubric versions, role profiles, stored assessments and reviewer overrides.

-- A published rubric version is immutable: rows are only ever inserted.
CREATE TABLE rubric_version (
    rubric_key  varchar(64)  NOT NULL,
    version     integer      NOT NULL,
    title       varchar(200) NOT NULL,
    -- The definition exactly as published, so re-scoring reads the same bytes.
    definition  text         NOT NULL,
    builtin     boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (rubric_key, version),
    CONSTRAINT rubric_version_positive_ck CHECK (version >= 1)
);

CREATE TABLE role_profile (
    id               varchar(64)  PRIMARY KEY,
    title            varchar(200) NOT NULL,
    rubric_key       varchar(64)  NOT NULL,
    focus_categories text[]       NOT NULL DEFAULT '{}',
    focus_platforms  text[]       NOT NULL DEFAULT '{}',
    keywords         text[]       NOT NULL DEFAULT '{}',
    builtin          boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);

CREATE TABLE assessment (
    id                 uuid          PRIMARY KEY,
    candidate_id       uuid          NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    question           varchar(500)  NOT NULL,
    answer             text          NOT NULL,
    role_id            varchar(64)   NOT NULL,
    role_title_input   varchar(200),
    rubric_key         varchar(64)   NOT NULL,
    rubric_version     integer       NOT NULL,
    engine_version     varchar(64)   NOT NULL,
    -- The engine's result as JSON; never changed after creation.
    result             text          NOT NULL,
    rating             smallint,
    score              smallint,
    recommendation     varchar(16),
    needs_human_review boolean       NOT NULL,
    created_at         timestamptz   NOT NULL,
    CONSTRAINT assessment_rubric_fk FOREIGN KEY (rubric_key, rubric_version) REFERENCES rubric_version (rubric_key, version),
    CONSTRAINT assessment_rating_ck CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT assessment_score_ck CHECK (score IS NULL OR score BETWEEN 0 AND 100)
);

CREATE INDEX assessment_candidate_idx ON assessment (candidate_id, created_at, id);
CREATE INDEX assessment_rubric_idx ON assessment (rubric_key, rubric_version);

-- Every review is kept; the latest one is the assessment's final result.
CREATE TABLE assessment_review (
    id             uuid         PRIMARY KEY,
    assessment_id  uuid         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    reviewer       varchar(200) NOT NULL,
    rating         smallint     NOT NULL,
    recommendation varchar(16)  NOT NULL,
    -- Final level per criterion with the reviewer's reason where it differs from the engine.
    criteria       text         NOT NULL,
    reason         varchar(2000),
    note           varchar(4000),
    created_at     timestamptz  NOT NULL,
    CONSTRAINT review_rating_ck CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT review_recommendation_ck CHECK (recommendation IN ('definitely_not', 'no', 'mixed', 'yes', 'strong_yes'))
);

CREATE INDEX review_assessment_idx ON assessment_review (assessment_id, created_at, id);
