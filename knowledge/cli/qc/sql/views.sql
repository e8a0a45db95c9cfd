-- Customers' views as agents recorded them (seed 000), grouped by topic (the SOP the interaction opened),
-- with the newest verbatim quotes each (masked in a masked export). Newest, not the first in sort order: sorted,
-- English quotes (Latin letters) always came before Greek ones and the same old quotes stood for every week.
WITH quoted AS (
  SELECT coalesce(sop_title, sop_id, '') AS topic, trim(views) AS quote, max(customer_at) AS last_at, count(*) AS n
  FROM interactions
  WHERE views IS NOT NULL AND trim(views) <> ''
  GROUP BY ALL
)
SELECT
  topic,
  sum(n)::INTEGER AS interactions,
  list(quote ORDER BY last_at DESC NULLS LAST, quote)[1:5] AS quotes
FROM quoted
GROUP BY ALL
ORDER BY interactions DESC, topic
LIMIT 20;
