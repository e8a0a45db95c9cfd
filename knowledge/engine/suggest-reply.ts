/**
 * What the overlay lists for a text, from a matcher: the ranked suggestions in the agent's register (a template's
 * formal or informal twin), with the entries they point at. Pure, so every surface that shows suggestions (the
 * extension's knowledge service, the trainer's studio) ranks with the same steps.
 */
import { STAGES, type Entry, type EntryType, type Formality, type Lang, type SearchResult, type Stage, type Suggestion } from '../types';
import type { Matcher } from './api';

/** Suggestions plus the entries they point at, so a view can render and open them without another round trip. */
export interface SuggestReply extends SearchResult {
  /** Keyed by `packId/entryId` (see `entryKey`). */
  entries: Record<string, Entry>;
  /** Packs switched off because searching them failed (the others answered): the view names them. */
  switchedOff?: string[];
}

export const entryKey = (packId: string, entryId: string) => `${packId}/${entryId}`;

export const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;
/** A request larger than a long e-mail thread is cut: matching cost must stay bounded whatever a page sends. */
const MAX_TEXT = 20_000;
/** A step links a few templates; a page's request cannot make the engine look up more. */
const MAX_STEP_TEMPLATES = 20;

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

export interface ReplyOptions {
  limit?: number;
  type?: EntryType;
  formality: Formality;
  /** The conversation's language (from the customer's words): entries in it come first, whatever the UI speaks. */
  lang?: Lang;
  /** Where the conversation stands; entries for a later stage wait (an unknown value is ignored). */
  stage?: Stage;
  /** The templates (ids) the current step of the SOP the agent follows links (at most 20 are read). */
  step?: readonly string[];
}

/** The suggestions for `text` as the overlay shows them (at most `limit`, default 8). */
export function suggestReply(m: Matcher & { failures?: ReadonlyArray<{ packId?: string }> }, text: string, options: ReplyOptions): SuggestReply {
  if (typeof text !== 'string') throw new Error('knowledge.suggest needs "text" as a string');
  const capped = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  // Ask for a few more: dropping the other register's twins must not shorten the list.
  const { stage } = options;
  const known = typeof stage === 'string' && (STAGES as readonly string[]).includes(stage);
  const step = Array.isArray(options.step) ? options.step.filter((id): id is string => typeof id === 'string').slice(0, MAX_STEP_TEMPLATES) : [];
  const result = m.search(text.slice(0, MAX_TEXT), { limit: capped + 4, type: options.type, ...(known ? { stage } : {}), ...(step.length ? { step } : {}) });
  const lang = options.lang === 'el' || options.lang === 'en' ? options.lang : undefined;
  const suggestions = inLanguageFirst(preferFormality(result.suggestions, m, options.formality), m, lang).slice(0, capped);
  const entries: Record<string, Entry> = {};
  for (const s of suggestions) {
    const entry = m.entry(s.packId, s.entryId);
    if (entry) entries[entryKey(s.packId, s.entryId)] = entry;
  }
  const switchedOff = [...new Set((m.failures ?? []).map((f) => f.packId).filter((id): id is string => Boolean(id)))];
  return { suggestions, cues: result.cues, entries, ...(switchedOff.length ? { switchedOff } : {}) };
}
