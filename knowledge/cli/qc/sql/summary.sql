-- Whole-team figures over the filtered interactions (DuckDB dialect; tables `interactions` and `events`,
-- columns as docs/qc-export.md describes them).
SELECT
  count(*)::INTEGER AS interactions,
  count(DISTINCT agent_id)::INTEGER AS agents,
  count(DISTINCT team)::INTEGER AS teams,
  strftime(min(customer_local_at), '%Y-%m-%d') AS first_day,
  strftime(max(customer_local_at), '%Y-%m-%d') AS last_day,
  count(*) FILTER (WHERE status = 'resolved')::INTEGER AS resolved,
  count(first_response_min)::INTEGER AS responded,
  round(quantile_cont(first_response_min, 0.5), 1) AS first_response_p50,
  round(quantile_cont(first_response_min, 0.9), 1) AS first_response_p90,
  round(avg((first_response_min <= first_response_target_min)::INTEGER)
        FILTER (WHERE first_response_min IS NOT NULL AND first_response_target_min IS NOT NULL), 4) AS first_response_within_target,
  round(quantile_cont(completion_min, 0.5), 1) AS completion_p50,
  round(quantile_cont(completion_min, 0.9), 1) AS completion_p90,
  round(avg((completion_min <= completion_target_min)::INTEGER)
        FILTER (WHERE completion_min IS NOT NULL AND completion_target_min IS NOT NULL), 4) AS completion_within_target,
  count(*) FILTER (WHERE escalated)::INTEGER AS escalated,
  count(callback_at)::INTEGER AS callbacks_promised,
  count(*) FILTER (WHERE callback_status = 'kept')::INTEGER AS callbacks_kept,
  count(*) FILTER (WHERE callback_status = 'overdue')::INTEGER AS callbacks_overdue,
  -- Seed 000 (every customer's view recorded) and seed 003 (no request unanswered): what is missing.
  count(*) FILTER (WHERE views IS NOT NULL AND trim(views) <> '')::INTEGER AS views_recorded,
  count(*) FILTER (WHERE customer_at IS NOT NULL AND first_response_at IS NULL)::INTEGER AS no_reply,
  -- Repeat contacts: an interaction of a customer the same agent had already served in the period (pseudonyms
  -- agree within one agent's exports only, so across agents the same customer cannot be told).
  (SELECT count(*) FROM (
     SELECT row_number() OVER (PARTITION BY agent_id, customer ORDER BY customer_at, interaction_id) AS nth
     FROM interactions WHERE customer IS NOT NULL AND customer <> ''
   ) WHERE nth > 1)::INTEGER AS repeat_contacts
FROM interactions;
