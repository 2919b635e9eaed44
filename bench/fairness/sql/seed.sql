-- Seeds assessments, reviews and voluntary self-identification for the benchmark candidates that
-- bench/http/sql/seed.sql made (emails ending in bench.example.com), straight into PostgreSQL:
--   * every candidate one assessment with participation v2, a day after they were created; one in
--     five a second, older one (the report counts each candidate once, by the latest);
--   * scores 0-100 spread evenly, rating and recommendation from the score as the rubric's bands do;
--   * one latest assessment in ten reviewed, with another recommendation (the report uses the review's);
--   * self-identification for 85%: sex female 45%, male 45%, other 3%, declined 7%; race/ethnicity over the
--     EEO-1 categories, one of them (native_hawaiian_or_pacific_islander) under the 2% rule; 15% gave none.
-- Deterministic (hashes of the candidate's id), so runs are reproducible. Re-runnable: earlier rows of the
-- benchmark candidates are deleted first (with their candidates' cascade, or here).
\set ON_ERROR_STOP on

BEGIN;

DELETE FROM assessment WHERE engine_version = 'bench-fairness';
DELETE FROM candidate_self_identification s USING candidate c WHERE c.id = s.candidate_id AND c.email LIKE '%bench.example.com';

CREATE TEMP TABLE bench_assessed ON COMMIT DROP AS
SELECT c.id AS candidate_id, c.created_at,
       abs(hashtext('score-' || c.id::text)) % 101 AS score,
       abs(hashtext('sex-' || c.id::text)) % 100 AS sex_draw,
       abs(hashtext('race-' || c.id::text)) % 1000 AS race_draw,
       abs(hashtext('extra-' || c.id::text)) % 100 AS extra_draw
FROM candidate c WHERE c.email LIKE '%bench.example.com';

INSERT INTO assessment (id, candidate_id, question, answer, role_id, rubric_key, rubric_version, engine_version, result,
                        rating, score, recommendation, needs_human_review, created_at)
SELECT md5('bench-fairness-assessment-' || b.candidate_id || '-' || k)::uuid, b.candidate_id,
       'Where do you participate in social media?', 'Seeded benchmark answer.', 'community-manager', 'participation', 2,
       'bench-fairness', '{}', r.rating, b.score,
       (ARRAY['definitely_not', 'no', 'mixed', 'yes', 'strong_yes'])[r.rating], false,
       b.created_at + interval '1 day' - k * interval '30 days'
FROM bench_assessed b
CROSS JOIN LATERAL (SELECT least(5, 1 + b.score / 20) AS rating) r
CROSS JOIN LATERAL generate_series(0, CASE WHEN b.extra_draw < 20 THEN 1 ELSE 0 END) AS k;

INSERT INTO assessment_review (id, assessment_id, reviewer, rating, recommendation, criteria, created_at)
SELECT md5('bench-fairness-review-' || a.id)::uuid, a.id, 'Benchmark reviewer', 3, 'mixed', '[]', a.created_at + interval '2 days'
FROM assessment a JOIN bench_assessed b ON b.candidate_id = a.candidate_id
WHERE a.engine_version = 'bench-fairness' AND a.created_at = b.created_at + interval '1 day' AND b.extra_draw % 10 = 3;

INSERT INTO candidate_self_identification (candidate_id, sex, race_ethnicity, age_band, created_at, updated_at)
SELECT b.candidate_id,
       CASE WHEN b.sex_draw < 45 THEN 'female' WHEN b.sex_draw < 90 THEN 'male' WHEN b.sex_draw < 93 THEN 'other' ELSE 'declined' END,
       CASE WHEN b.race_draw < 300 THEN 'white' WHEN b.race_draw < 480 THEN 'hispanic_or_latino'
            WHEN b.race_draw < 630 THEN 'black_or_african_american' WHEN b.race_draw < 780 THEN 'asian'
            WHEN b.race_draw < 790 THEN 'native_hawaiian_or_pacific_islander' WHEN b.race_draw < 820 THEN 'american_indian_or_alaska_native'
            WHEN b.race_draw < 900 THEN 'two_or_more_races' ELSE 'declined' END,
       CASE WHEN b.extra_draw % 2 = 0 THEN 'under_40' ELSE '40_and_over' END,
       b.created_at, b.created_at
FROM bench_assessed b
WHERE abs(hashtext('given-' || b.candidate_id::text)) % 100 < 85;

COMMIT;

VACUUM (ANALYZE) assessment;
VACUUM (ANALYZE) assessment_review;
VACUUM (ANALYZE) candidate_self_identification;

SELECT count(*) AS assessments FROM assessment WHERE engine_version = 'bench-fairness';
SELECT count(*) AS reviews FROM assessment_review WHERE reviewer = 'Benchmark reviewer';
SELECT count(*) AS self_identifications FROM candidate_self_identification;
