-- Week by week (ISO weeks, Monday first): response and completion times and the share within target.
SELECT
  strftime(date_trunc('week', customer_local_at), '%Y-%m-%d') AS week,
  count(*)::INTEGER AS interactions,
  round(quantile_cont(first_response_min, 0.5), 1) AS first_response_p50,
  round(quantile_cont(first_response_min, 0.9), 1) AS first_response_p90,
  round(avg((first_response_min <= first_response_target_min)::INTEGER)
        FILTER (WHERE first_response_min IS NOT NULL AND first_response_target_min IS NOT NULL), 4) AS first_response_within_target,
  round(quantile_cont(completion_min, 0.5), 1) AS completion_p50,
  round(avg((completion_min <= completion_target_min)::INTEGER)
        FILTER (WHERE completion_min IS NOT NULL AND completion_target_min IS NOT NULL), 4) AS completion_within_target
FROM interactions
WHERE customer_at IS NOT NULL
GROUP BY ALL
ORDER BY week;
