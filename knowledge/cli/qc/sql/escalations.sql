-- Escalations (an escalation entry opened or inserted) by week, with their share of the week's interactions.
SELECT
  strftime(date_trunc('week', customer_local_at), '%Y-%m-%d') AS week,
  count(*) FILTER (WHERE escalated)::INTEGER AS escalated,
  count(*)::INTEGER AS interactions,
  round(avg(escalated::INTEGER), 4) AS share
FROM interactions
WHERE customer_at IS NOT NULL
GROUP BY ALL
ORDER BY week;
