-- Templates agents change after inserting them: replies written from each template, how much of it they kept
-- (similarity 0–1), the share changed heavily (similarity below 0.7), and the words most often added and removed.
-- A reply written from several templates counts for each of them (edit_entries, in the order inserted; older
-- exports have edit_entry alone), with the reply's similarity and words against them all together.
WITH replies AS (
  SELECT unnest(coalesce(edit_entries, [edit_entry])) AS entry, similarity, added, removed FROM events
  WHERE kind = 'message' AND sender = 'agent' AND edit_entry IS NOT NULL
), added AS (
  SELECT entry, list(word ORDER BY n DESC, word)[1:8] AS words FROM (
    SELECT entry, lower(w) AS word, count(*) AS n FROM (SELECT entry, unnest(added) AS w FROM replies) GROUP BY ALL
  ) GROUP BY entry
), removed AS (
  SELECT entry, list(word ORDER BY n DESC, word)[1:8] AS words FROM (
    SELECT entry, lower(w) AS word, count(*) AS n FROM (SELECT entry, unnest(removed) AS w FROM replies) GROUP BY ALL
  ) GROUP BY entry
)
SELECT
  r.entry,
  any_value(p.title) AS title,
  count(*)::INTEGER AS replies,
  round(avg(r.similarity), 3) AS similarity,
  round(avg((r.similarity < 0.7)::INTEGER), 4) AS heavy_share,
  any_value(a.words) AS added,
  any_value(d.words) AS removed
FROM replies r
LEFT JOIN pack_entries p USING (entry)
LEFT JOIN added a USING (entry)
LEFT JOIN removed d USING (entry)
GROUP BY r.entry
HAVING avg((r.similarity < 0.7)::INTEGER) > 0
ORDER BY heavy_share DESC, replies DESC, r.entry
LIMIT 20;
