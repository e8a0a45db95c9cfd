import type { Matcher } from '@/knowledge/engine/index';
import { createIsolatingMatcher, type IsolatingMatcher, type PackFailure } from '@/knowledge/engine/isolated';
import { groupVariants } from '@/knowledge/template/variant';
import { entryGist } from '@/knowledge/template/gist';
import { markWords, termsNotIn, type Segment } from '@/knowledge/text/mark';
import type { Entry, EntryType, Formality, Lang, SearchResult, Suggestion } from '@/knowledge/types';
import type { PackInput } from '@/knowledge/engine/api';
import { serve } from '../messages';
import { getActivePacks, onPacksChanged, reportPackFailure } from './active-packs';
import { getSettings } from '../store/settings';

/** Suggestions plus the entries they point at, so a view can render and open them without another round trip. */
export interface SuggestReply extends SearchResult {
  /** Keyed by `packId/entryId` (see `entryKey`); the variants' entries too. */
  entries: Record<string, Entry>;
  /** Packs switched off because searching them failed (the others answered): the view names them. */
  switchedOff?: string[];
  /** A suggested template's twins in the other register, by the suggestion's key: reachable, labelled, beside it. */
  variants: Record<string, Suggestion[]>;
  /**
   * What tells each suggestion apart, by key: a template's first line that says something, an SOP's purpose, with
   * the words the engine matched marked (marked here, so the engine's word readings stay out of the content script).
   */
  gists: Record<string, Segment[]>;
  /** The matched words each gist does not show, by key: the card names them after it (the others are marked in it). */
  alsoMatched: Record<string, string[]>;
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
 * Formal and informal variants of a template share a shortcut: the one the agent writes in is listed where the best
 * of them ranked, and the other stays reachable from it (`variants`), labelled, as in the palette (groupVariants).
 */
export function withVariants(
  suggestions: Suggestion[],
  matcher: Matcher,
  formality: Formality,
): { suggestions: Suggestion[]; variants: Record<string, Suggestion[]> } {
  const ranked = new Map(suggestions.map((s) => [entryKey(s.packId, s.entryId), s]));
  const twins = (s: Suggestion): Suggestion[] => {
    const entry = matcher.entry(s.packId, s.entryId);
    if (entry?.type !== 'template' || !entry.shortcut) return [];
    return matcher
      .byShortcut(entry.shortcut, { lang: entry.lang })
      .filter((e) => e.type === 'template' && e.shortcut === entry.shortcut && e.lang === entry.lang && matcher.entry(s.packId, e.id) === e)
      .map((e) => ranked.get(entryKey(s.packId, e.id)) ?? { ...s, entryId: e.id, title: e.title });
  };
  const formalityOf = (s: Suggestion) => {
    const e = matcher.entry(s.packId, s.entryId);
    return e?.type === 'template' ? e.formality : undefined;
  };
  const groups = groupVariants(suggestions, { key: (s) => entryKey(s.packId, s.entryId), twins, formality: formalityOf }, formality);
  const variants: Record<string, Suggestion[]> = {};
  for (const g of groups) if (g.others.length) variants[entryKey(g.main.packId, g.main.entryId)] = g.others;
  return { suggestions: groups.map((g) => g.main), variants };
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
    // Ask for a few more: twins folded into one item must not shorten the list.
    const result = m.search(text.slice(0, MAX_TEXT), { limit: capped + 4, type });
    const grouped = withVariants(result.suggestions, m, await formality());
    const suggestions = inLanguageFirst(grouped.suggestions, m, lang).slice(0, capped);
    const entries: Record<string, Entry> = {};
    const variants: Record<string, Suggestion[]> = {};
    const gists: Record<string, Segment[]> = {};
    const alsoMatched: Record<string, string[]> = {};
    for (const s of suggestions) {
      const key = entryKey(s.packId, s.entryId);
      const entry = m.entry(s.packId, s.entryId);
      const gist = entry ? entryGist(entry) : '';
      if (gist) gists[key] = markWords(gist, s.matchedTerms);
      alsoMatched[key] = termsNotIn(gist, s.matchedTerms);
      for (const v of [s, ...(grouped.variants[key] ?? [])]) {
        const entry = m.entry(v.packId, v.entryId);
        if (entry) entries[entryKey(v.packId, v.entryId)] = entry;
      }
      if (grouped.variants[key]) variants[key] = grouped.variants[key];
    }
    const switchedOff = [...new Set(m.failures.map((f) => f.packId).filter(Boolean))];
    return { suggestions, cues: result.cues, entries, variants, gists, alsoMatched, ...(switchedOff.length ? { switchedOff } : {}) };
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
