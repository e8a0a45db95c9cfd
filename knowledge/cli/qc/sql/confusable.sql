-- Confusable pairs: the agent chose entry B while entry A ranked first, most frequent first.
SELECT
  e.top AS ranked_first,
  any_value(a.title) AS ranked_first_title,
  e.pack_id || '/' || e.entry_id AS chosen,
  any_value(b.title) AS chosen_title,
  count(*)::INTEGER AS times,
  round(avg(e.rank), 1) AS average_rank
FROM events e
LEFT JOIN pack_entries a ON a.entry = e.top
LEFT JOIN pack_entries b ON b.entry = e.pack_id || '/' || e.entry_id
WHERE e.kind IN ('template-inserted', 'sop-opened') AND e.rank > 1 AND e.top IS NOT NULL
GROUP BY e.top, chosen
ORDER BY times DESC, ranked_first, chosen
LIMIT 20;
