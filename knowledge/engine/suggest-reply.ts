/**
 * What the overlay lists for a text, from a matcher: the ranked suggestions in the agent's register (a template's
 * formal or informal twin), with the entries they point at. Pure, so every surface that shows suggestions (the
 * extension's knowledge service, the trainer's studio) ranks with the same steps.
 */
import { STAGES, type Entry, type EntryType, type Formality, type Lang, type SearchResult, type Stage, type Suggestion } from '../types';
import { groupVariants } from '../template/variant';
import { entryGist } from '../template/gist';
import { markWords, termsNotIn, type Segment } from '../text/mark';
import type { Matcher } from './api';

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

export const entryKey = (packId: string, entryId: string) => `${packId}/${entryId}`;

export const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;
/** A request larger than a long e-mail thread is cut: matching cost must stay bounded whatever a page sends. */
const MAX_TEXT = 20_000;
/** A step links a few templates; a page's request cannot make the engine look up more. */
const MAX_STEP_TEMPLATES = 20;

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

export interface ReplyOptions {
  limit?: number;
  type?: EntryType;
  formality: Formality;
  /** The conversation's language (from the customer's words): entries in it come first, whatever the UI speaks. */
  lang?: Lang;
  /** Where the conversation stands; entries for a later stage wait (an unknown value is ignored). */
  stage?: Stage;
  /**
   * The text is the agent's own query (the panel's search box), not the conversation: nothing waits for a stage; with
   * `stage`, later-stage entries lose ties (SearchOptions.anyStage).
   */
  anyStage?: boolean;
  /** Where the customer's latest message, which the text opens with, ends (SearchOptions.latestEnd; else ignored). */
  latestEnd?: number;
  /** The templates (ids) the current step of the SOP the agent follows links (at most 20 are read). */
  step?: readonly string[];
  /** What the agent chose before for similar messages (see knowledge/learn/choices.ts): learnedBoosts for `text`. */
  learned?: ReadonlyMap<string, number>;
}

/** The suggestions for `text` as the overlay shows them (at most `limit`, default 8). */
export function suggestReply(m: Matcher & { failures?: ReadonlyArray<{ packId?: string }> }, text: string, options: ReplyOptions): SuggestReply {
  if (typeof text !== 'string') throw new Error('knowledge.suggest needs "text" as a string');
  const capped = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  // Ask for a few more: twins folded into one item must not shorten the list.
  const { stage } = options;
  const known = typeof stage === 'string' && (STAGES as readonly string[]).includes(stage);
  const step = Array.isArray(options.step) ? options.step.filter((id): id is string => typeof id === 'string').slice(0, MAX_STEP_TEMPLATES) : [];
  const learned = options.learned instanceof Map && options.learned.size ? { learned: options.learned } : {};
  const { latestEnd } = options;
  const latest = Number.isSafeInteger(latestEnd) && latestEnd! > 0 ? { latestEnd } : {};
  const result = m.search(text.slice(0, MAX_TEXT), { limit: capped + 4, type: options.type, ...(known ? { stage } : {}), ...(options.anyStage === true ? { anyStage: true } : {}), ...(step.length ? { step } : {}), ...learned, ...latest });
  const lang = options.lang === 'el' || options.lang === 'en' ? options.lang : undefined;
  const grouped = withVariants(result.suggestions, m, options.formality);
  const suggestions = inLanguageFirst(grouped.suggestions, m, lang).slice(0, capped);
  const reply: SuggestReply = { suggestions, cues: result.cues, ...(result.closing ? { closing: true } : {}), entries: {}, variants: {}, gists: {}, alsoMatched: {} };
  for (const s of suggestions) {
    const key = entryKey(s.packId, s.entryId);
    const gist = ((e) => (e ? entryGist(e) : ''))(m.entry(s.packId, s.entryId));
    if (gist) reply.gists[key] = markWords(gist, s.matchedTerms);
    reply.alsoMatched[key] = termsNotIn(gist, s.matchedTerms);
    for (const v of [s, ...(grouped.variants[key] ?? [])]) {
      const entry = m.entry(v.packId, v.entryId);
      if (entry) reply.entries[entryKey(v.packId, v.entryId)] = entry;
    }
    if (grouped.variants[key]) reply.variants[key] = grouped.variants[key];
  }
  const switchedOff = [...new Set((m.failures ?? []).map((f) => f.packId).filter((id): id is string => Boolean(id)))];
  return switchedOff.length ? { ...reply, switchedOff } : reply;
}
