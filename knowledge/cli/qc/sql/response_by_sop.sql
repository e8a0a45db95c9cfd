-- First response and completion against each SOP's targets (the first SOP opened in an interaction).
SELECT
  coalesce(sop_title, sop_id) AS sop,
  sop_id,
  count(*)::INTEGER AS interactions,
  any_value(first_response_target_min) AS first_response_target,
  round(quantile_cont(first_response_min, 0.5), 1) AS first_response_p50,
  round(quantile_cont(first_response_min, 0.9), 1) AS first_response_p90,
  round(avg((first_response_min <= first_response_target_min)::INTEGER)
        FILTER (WHERE first_response_min IS NOT NULL AND first_response_target_min IS NOT NULL), 4) AS first_response_within_target,
  any_value(completion_target_min) AS completion_target,
  round(quantile_cont(completion_min, 0.5), 1) AS completion_p50,
  round(quantile_cont(completion_min, 0.9), 1) AS completion_p90,
  round(avg((completion_min <= completion_target_min)::INTEGER)
        FILTER (WHERE completion_min IS NOT NULL AND completion_target_min IS NOT NULL), 4) AS completion_within_target
FROM interactions
WHERE sop_id IS NOT NULL
GROUP BY ALL
ORDER BY interactions DESC, sop
LIMIT 40;
