-- Customers' views as agents recorded them (seed 000), grouped by topic (the SOP the interaction opened),
-- with a few verbatim quotes each (masked in a masked export).
SELECT
  coalesce(sop_title, sop_id, '') AS topic,
  count(*)::INTEGER AS interactions,
  list_sort(array_distinct(list(views)))[1:3] AS quotes
FROM interactions
WHERE views IS NOT NULL AND trim(views) <> ''
GROUP BY ALL
ORDER BY interactions DESC, topic
LIMIT 20;
