-- SOP adherence: for each step of the SOP an interaction opened first, how often it was done and how often
-- skipped (not done below the highest step done, or not done at all once the interaction was resolved).
-- Per pack and SOP: the Greek and English packs share SOP ids (address-change …) but not their steps, and an
-- English agent's steps were counted under the Greek SOP's title.
WITH steps AS (
  SELECT pack_id, sop_id, coalesce(sop_title, sop_id) AS sop, unnest(steps_done) AS step, 1 AS done, 0 AS skipped
  FROM interactions WHERE sop_id IS NOT NULL
  UNION ALL
  SELECT pack_id, sop_id, coalesce(sop_title, sop_id) AS sop, unnest(steps_skipped) AS step, 0 AS done, 1 AS skipped
  FROM interactions WHERE sop_id IS NOT NULL
)
SELECT
  any_value(sop) AS sop,
  pack_id,
  sop_id,
  step::INTEGER AS step,
  sum(done)::INTEGER AS done,
  sum(skipped)::INTEGER AS skipped,
  round(sum(skipped) / count(*), 4) AS skipped_share
FROM steps
GROUP BY pack_id, sop_id, step
-- Every step: the report lists those skipped and counts the ones never skipped.
ORDER BY skipped_share DESC, skipped DESC, sop_id, pack_id, step;
