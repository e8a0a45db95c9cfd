-- Mood cues week by week: how many interactions showed each cue.
SELECT
  strftime(date_trunc('week', customer_local_at), '%Y-%m-%d') AS week,
  cue,
  count(*)::INTEGER AS interactions
FROM (SELECT customer_local_at, unnest(cues) AS cue FROM interactions WHERE customer_at IS NOT NULL)
GROUP BY ALL
ORDER BY week, cue;
