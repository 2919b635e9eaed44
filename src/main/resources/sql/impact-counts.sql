-- Group counts for the adverse-impact report, in one aggregate query (SelfIdentificationRepository.impactCounts;
-- bench/fairness/run.sh explains this same text). Parameters: the rubric key, the window's start and end; the
-- optional conditions on rubric version and role replace the filters comment.
WITH latest AS (
    SELECT DISTINCT ON (a.candidate_id) a.id, a.candidate_id, a.score, a.recommendation, a.rubric_version
    FROM assessment a
    WHERE a.rubric_key = :key AND a.created_at >= :from AND a.created_at < :to /*filters*/
    ORDER BY a.candidate_id, a.created_at DESC, a.id DESC),
final AS (
    SELECT l.candidate_id, l.score, l.rubric_version,
           COALESCE((SELECT r.recommendation FROM assessment_review r WHERE r.assessment_id = l.id
                     ORDER BY r.created_at DESC, r.id DESC LIMIT 1), l.recommendation) AS recommendation
    FROM latest l),
median AS (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS m FROM final),
labelled AS (
    SELECT f.*, COALESCE(s.sex, 'not_given') AS sex, COALESCE(s.race_ethnicity, 'not_given') AS race
    FROM final f LEFT JOIN candidate_self_identification s ON s.candidate_id = f.candidate_id)
SELECT GROUPING(sex) AS gs, GROUPING(race) AS gr, sex, race, count(*) AS n,
       count(*) FILTER (WHERE score > (SELECT m FROM median)) AS above,
       count(*) FILTER (WHERE recommendation IN ('yes', 'strong_yes')) AS selected,
       avg(score)::float8 AS mean, COALESCE(var_samp(score), 0)::float8 AS variance, count(score) AS scored,
       (SELECT m FROM median)::float8 AS median, array_agg(DISTINCT rubric_version ORDER BY rubric_version) AS versions
FROM labelled GROUP BY GROUPING SETS ((), (sex), (race), (sex, race))
