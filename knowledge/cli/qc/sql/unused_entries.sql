-- Entries of the pack never suggested, or suggested but never used (opened SOP, inserted template).
-- `pack_entries` (entry, type, title) is filled by the command from the pack given with --pack.
WITH suggested AS (
  SELECT entry, count(*) AS n FROM (SELECT unnest(entries) AS entry FROM events WHERE kind = 'suggested') GROUP BY entry
), used AS (
  SELECT pack_id || '/' || entry_id AS entry, count(*) AS n FROM events
  WHERE kind IN ('template-inserted', 'sop-opened') GROUP BY entry
)
SELECT p.entry, p.type, p.title, coalesce(s.n, 0)::INTEGER AS suggested, coalesce(u.n, 0)::INTEGER AS used
FROM pack_entries p LEFT JOIN suggested s USING (entry) LEFT JOIN used u USING (entry)
WHERE coalesce(s.n, 0) = 0 OR coalesce(u.n, 0) = 0
ORDER BY suggested, used, p.entry;
