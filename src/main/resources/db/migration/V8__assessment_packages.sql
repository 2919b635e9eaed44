-- Assessment packages: what an ATS lists and orders ("send the social media participation
-- assessment for the community manager role"). Ids are never reused: a package is retired, never
-- deleted, so an order an ATS stored years ago still names it.
CREATE TABLE assessment_package (
    id          text        PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_-]{1,63}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description text        CHECK (length(description) <= 2000),
    question    text        NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
    rubric_key  text        NOT NULL,
    role_id     text        NOT NULL REFERENCES role_profile (id),
    languages   text[]      NOT NULL CHECK (cardinality(languages) >= 1),
    builtin     boolean     NOT NULL DEFAULT false,
    retired_at  timestamptz,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX assessment_package_active ON assessment_package (name, id) WHERE retired_at IS NULL;
