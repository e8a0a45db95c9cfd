-- First response and completion per agent, against the targets of the SOPs each interaction opened.
SELECT
  coalesce(any_value(agent), agent_id) AS agent,
  agent_id,
  any_value(team) AS team,
  count(*)::INTEGER AS interactions,
  -- The interactions the share within target counts: answered, with an SOP's first-response target.
  count(*) FILTER (WHERE first_response_min IS NOT NULL AND first_response_target_min IS NOT NULL)::INTEGER AS with_target,
  round(quantile_cont(first_response_min, 0.5), 1) AS first_response_p50,
  round(quantile_cont(first_response_min, 0.9), 1) AS first_response_p90,
  round(avg((first_response_min <= first_response_target_min)::INTEGER)
        FILTER (WHERE first_response_min IS NOT NULL AND first_response_target_min IS NOT NULL), 4) AS first_response_within_target,
  round(quantile_cont(completion_min, 0.5), 1) AS completion_p50,
  round(avg((completion_min <= completion_target_min)::INTEGER)
        FILTER (WHERE completion_min IS NOT NULL AND completion_target_min IS NOT NULL), 4) AS completion_within_target,
  -- What the agent left missing: interactions with no customer's view written (seed 000), none answered (seed 003).
  count(*) FILTER (WHERE views IS NULL OR trim(views) = '')::INTEGER AS views_missing,
  count(*) FILTER (WHERE customer_at IS NOT NULL AND first_response_at IS NULL)::INTEGER AS no_reply
FROM interactions
GROUP BY agent_id
ORDER BY first_response_within_target ASC NULLS LAST, interactions DESC, agent_id;
