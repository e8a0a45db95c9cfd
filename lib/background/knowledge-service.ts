import { createMatcher, type Matcher } from '@/knowledge/engine/index';
import type { Entry, EntryType, SearchResult } from '@/knowledge/types';
import type { PackInput } from '@/knowledge/engine/api';
import { serve } from '../messages';
import { getActivePacks, onPacksChanged } from './active-packs';

/** Suggestions plus the entries they point at, so a view can render and open them without another round trip. */
export interface SuggestReply extends SearchResult {
  /** Keyed by `packId/entryId` (see `entryKey`). */
  entries: Record<string, Entry>;
}

export interface SuggestRequest {
  text: string;
  limit?: number;
  type?: EntryType;
}

declare module '../messages' {
  interface Requests {
    /** Rank the packs' entries for a customer's message (cues included). */
    'knowledge.suggest': { req: SuggestRequest; res: SuggestReply };
    /** The agent's own query from the search box. */
    'knowledge.search': { req: { query: string; type?: EntryType; limit?: number }; res: SuggestReply };
    /** One entry (a template linked from an SOP step); null when no active pack has it. */
    'knowledge.entry': { req: { packId: string; entryId: string }; res: Entry | null };
  }
}

export const entryKey = (packId: string, entryId: string) => `${packId}/${entryId}`;

const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;
/** A request larger than a long e-mail thread is cut: matching cost must stay bounded whatever a page sends. */
const MAX_TEXT = 20_000;

/** The matcher over the active packs, rebuilt lazily after the packs change. */
export function createKnowledgeService(loadPacks: () => Promise<PackInput[]>) {
  let matcher: Promise<Matcher> | undefined;
  const current = () =>
    (matcher ??= loadPacks()
      .then(createMatcher)
      .catch((err: unknown) => {
        matcher = undefined; // a failed load is retried on the next request instead of sticking
        throw err;
      }));

  async function rank(text: string, limit: number | undefined, type: EntryType | undefined): Promise<SuggestReply> {
    if (typeof text !== 'string') throw new Error('knowledge.suggest needs "text" as a string');
    const m = await current();
    const capped = Math.min(Math.max(1, Math.floor(limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const result = m.search(text.slice(0, MAX_TEXT), { limit: capped, type });
    const entries: Record<string, Entry> = {};
    for (const s of result.suggestions) {
      const entry = m.entry(s.packId, s.entryId);
      if (entry) entries[entryKey(s.packId, s.entryId)] = entry;
    }
    return { suggestions: result.suggestions, cues: result.cues, entries };
  }

  return {
    suggest: ({ text, limit, type }: SuggestRequest) => rank(text, limit, type),
    search: ({ query, type, limit }: { query: string; type?: EntryType; limit?: number }) => rank(query, limit, type),
    entry: async ({ packId, entryId }: { packId: string; entryId: string }) =>
      (await current()).entry(packId, entryId) ?? null,
    /** Forget the matcher; the next request builds one from the packs as they are now. */
    invalidate: () => {
      matcher = undefined;
    },
  };
}

/** Wire the service to the extension's messages and to pack changes. */
export function serveKnowledge(): () => void {
  const service = createKnowledgeService(getActivePacks);
  const unwatch = onPacksChanged(service.invalidate);
  const stop = serve({
    'knowledge.suggest': service.suggest,
    'knowledge.search': service.search,
    'knowledge.entry': service.entry,
  });
  return () => {
    unwatch();
    stop();
  };
}
