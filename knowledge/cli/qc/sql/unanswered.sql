-- Customer messages no suggestion scored above the confidence line for (masked in a masked export); the
-- command clusters them by topic. Newest first, at most 50,000; `total` counts them all. Messages of the same
-- time are taken in a fixed order, so the same exports always give the same topics.
SELECT unanswered AS text, agent_id, interaction_id, count(*) OVER ()::INTEGER AS total
FROM events
WHERE kind = 'suggested' AND unanswered IS NOT NULL AND trim(unanswered) <> ''
ORDER BY event_at DESC, agent_id, interaction_id, text
LIMIT 50000;
