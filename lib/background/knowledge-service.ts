import type { Matcher } from '@/knowledge/engine/index';
import { createIsolatingMatcher, type IsolatingMatcher, type PackFailure } from '@/knowledge/engine/isolated';
import type { Entry, EntryType, Formality, Lang, SearchResult, Suggestion } from '@/knowledge/types';
import type { PackInput } from '@/knowledge/engine/api';
import { serve } from '../messages';
import { getActivePacks, onPacksChanged, reportPackFailure } from './active-packs';
import { getSettings } from '../store/settings';

/** Suggestions plus the entries they point at, so a view can render and open them without another round trip. */
export interface SuggestReply extends SearchResult {
  /** Keyed by `packId/entryId` (see `entryKey`). */
  entries: Record<string, Entry>;
  /** Packs switched off because searching them failed (the others answered): the view names them. */
  switchedOff?: string[];
}

export interface SuggestRequest {
  text: string;
  limit?: number;
  type?: EntryType;
  /** The conversation's language (from the customer's words): entries in it come first, whatever the UI speaks. */
  lang?: Lang;
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

/**
 * Formal and informal variants of a template share a shortcut: show the one the agent writes in. A variant in
 * the other register is dropped when its sibling is also suggested, else replaced by the sibling in its place.
 */
export function preferFormality(suggestions: Suggestion[], matcher: Matcher, formality: Formality): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    const entry = matcher.entry(s.packId, s.entryId);
    let chosen = s;
    if (entry?.type === 'template' && entry.shortcut && entry.formality !== formality) {
      const sibling = matcher
        .byShortcut(entry.shortcut, { lang: entry.lang })
        .find((e) => e.type === 'template' && e.formality === formality && e.shortcut === entry.shortcut && e.lang === entry.lang);
      if (sibling && matcher.entry(s.packId, sibling.id)) chosen = { ...s, entryId: sibling.id, title: sibling.title };
    }
    const key = entryKey(chosen.packId, chosen.entryId);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(chosen);
  }
  return out;
}

/** Entries in the conversation's language first, each side in the matcher's order (a reply goes out in it). */
export function inLanguageFirst(suggestions: Suggestion[], matcher: Matcher, lang: Lang | undefined): Suggestion[] {
  if (!lang) return suggestions;
  const inLang = (s: Suggestion) => matcher.entry(s.packId, s.entryId)?.lang === lang;
  return [...suggestions.filter(inLang), ...suggestions.filter((s) => !inLang(s))];
}

/** The matcher over the active packs, rebuilt lazily after the packs change. */
export function createKnowledgeService(
  loadPacks: () => Promise<PackInput[]>,
  formality: () => Promise<Formality> = async () => 'formal',
  onPackFailure: (failure: PackFailure) => void = () => undefined,
) {
  let matcher: Promise<IsolatingMatcher> | undefined;
  const current = () =>
    (matcher ??= loadPacks()
      .then((packs) => createIsolatingMatcher(packs, onPackFailure))
      .catch((err: unknown) => {
        matcher = undefined; // a failed load is retried on the next request instead of sticking
        throw err;
      }));

  async function rank(text: string, limit: number | undefined, type: EntryType | undefined, lang?: Lang): Promise<SuggestReply> {
    if (typeof text !== 'string') throw new Error('knowledge.suggest needs "text" as a string');
    const m = await current();
    const capped = Math.min(Math.max(1, Math.floor(limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    // Ask for a few more: dropping the other register's twins must not shorten the list.
    const result = m.search(text.slice(0, MAX_TEXT), { limit: capped + 4, type });
    const suggestions = inLanguageFirst(preferFormality(result.suggestions, m, await formality()), m, lang).slice(0, capped);
    const entries: Record<string, Entry> = {};
    for (const s of suggestions) {
      const entry = m.entry(s.packId, s.entryId);
      if (entry) entries[entryKey(s.packId, s.entryId)] = entry;
    }
    const switchedOff = [...new Set(m.failures.map((f) => f.packId).filter(Boolean))];
    return { suggestions, cues: result.cues, entries, ...(switchedOff.length ? { switchedOff } : {}) };
  }

  return {
    suggest: ({ text, limit, type, lang }: SuggestRequest) => rank(text, limit, type, lang === 'el' || lang === 'en' ? lang : undefined),
    search: ({ query, type, limit }: { query: string; type?: EntryType; limit?: number }) => rank(query, limit, type),
    entry: async ({ packId, entryId }: { packId: string; entryId: string }) =>
      (await current()).entry(packId, entryId) ?? null,
    /** Build the matcher now (the worker just started), so the first ticket an agent opens is answered at once. */
    warm: () => void current().catch(() => undefined),
    /** Forget the matcher; the next request builds one from the packs as they are now. */
    invalidate: () => {
      matcher = undefined;
    },
  };
}

/** Wire the service to the extension's messages and to pack changes. */
export function serveKnowledge(): () => void {
  const service = createKnowledgeService(getActivePacks, async () => (await getSettings()).formality, reportPackFailure);
  const unwatch = onPacksChanged(service.invalidate);
  setTimeout(service.warm, 0);
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
