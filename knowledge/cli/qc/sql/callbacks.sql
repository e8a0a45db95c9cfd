-- Promised call-backs per agent: kept (by the promised time + 1 hour), late, missed (resolved without one),
-- overdue (time passed, not done, not resolved) and pending.
SELECT
  coalesce(any_value(agent), agent_id) AS agent,
  agent_id,
  count(callback_at)::INTEGER AS promised,
  count(*) FILTER (WHERE callback_status = 'kept')::INTEGER AS kept,
  count(*) FILTER (WHERE callback_status = 'late')::INTEGER AS late,
  count(*) FILTER (WHERE callback_status = 'missed')::INTEGER AS missed,
  count(*) FILTER (WHERE callback_status = 'overdue')::INTEGER AS overdue,
  count(*) FILTER (WHERE callback_status = 'pending')::INTEGER AS pending,
  round(count(*) FILTER (WHERE callback_status = 'kept') / nullif(count(*) FILTER (WHERE callback_status IN ('kept', 'late', 'missed', 'overdue')), 0), 4) AS kept_share
FROM interactions
GROUP BY agent_id
HAVING count(callback_at) > 0
ORDER BY kept_share ASC NULLS LAST, promised DESC, agent_id;
