/** The BM25 baseline the engine must beat: MiniSearch over the same fields, accent-folded, with fuzzy and prefix. */
import MiniSearch from 'minisearch';
import type { Entry } from '../../../knowledge/types';
import { fold } from '../../../knowledge/text/fold';

export function miniSearchBaseline(entries: Entry[]): (text: string) => string[] {
  const ms = new MiniSearch<{ id: string; title: string; triggers: string; tags: string; body: string }>({
    fields: ['title', 'triggers', 'tags', 'body'],
    processTerm: (t) => fold(t),
    searchOptions: { boost: { title: 2, triggers: 3, tags: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  ms.addAll(entries.map((e) => ({ id: e.id, title: e.title, triggers: e.triggers.join(' · '), tags: e.tags.join(' '), body: e.body })));
  return (text) => ms.search(text).map((r) => String(r.id));
}
