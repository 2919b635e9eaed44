-- Voluntary self-identification for adverse-impact reporting, kept apart from everything the engine
-- reads: its own table, written by whoever forwards the candidate's choice, read only by auditors and
-- admins. Each answer is optional and "declined" is an answer of its own.
ALTER TABLE api_key DROP CONSTRAINT api_key_role_ck;
ALTER TABLE api_key ADD CONSTRAINT api_key_role_ck CHECK (role IN ('recruiter', 'hiring_manager', 'admin', 'auditor'));

CREATE TABLE candidate_self_identification (
    candidate_id   uuid        PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,
    sex            text        CHECK (sex IN ('female', 'male', 'other', 'declined')),
    race_ethnicity text        CHECK (race_ethnicity IN ('hispanic_or_latino', 'white', 'black_or_african_american',
                                   'native_hawaiian_or_pacific_islander', 'asian', 'american_indian_or_alaska_native',
                                   'two_or_more_races', 'declined')),
    age_band       text        CHECK (age_band IN ('under_40', '40_and_over', 'declined')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);
