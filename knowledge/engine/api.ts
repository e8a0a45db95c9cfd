/**
 * The engine's contract, shared by the compiler (which prebuilds the index), the CLI and the extension.
 * Implementation: knowledge/engine/*.ts (issue 5).
 */
import type { CompiledPack, Cue, Entry, Lang, SearchResult, Stage } from '../types';
import type { WordVectors } from './semantic';

export interface PackInput {
  pack: CompiledPack;
  /**
   * Higher wins on equal relevance, and replaces a lower-priority entry with the same id in the same language
   * (personal > team > company > bundled). Entries in different languages never replace each other.
   */
  priority: number;
  /**
   * Its entries are never replaced by a pack that is not locked, whatever the priorities: where the organisation
   * pins signing keys, the company's packs are locked, so a personal entry with the same id only adds.
   */
  locked?: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** Restrict to one entry type (the palette searches templates only). */
  type?: 'sop' | 'template';
  /** A stale query is abandoned when this aborts; search then returns an empty result. */
  signal?: AbortSignal;
  /**
   * Where the conversation stands (default: a new problem, or resolved when a short message thanks and closes).
   * Entries that presuppose a later stage wait; at 'resolved', the entries made for it rise.
   */
  stage?: Stage;
  /**
   * The text is the agent's own search, not the conversation: no entry waits for a later stage. The agent who types
   * «κλείσιμο» or "refund" on a new ticket asks for «Κλείσιμο συνομιλίας» or "Refund issued" (the panel sends no
   * stage with a query, and the engine's default, a new problem, put the best hit fourth). With `stage` too (the
   * conversation's, where the panel or the palette knows it), among the entries the text names about equally those
   * that presuppose a later stage come after the ones that fit (rank.ts laterAfterTies).
   */
  anyStage?: boolean;
  /**
   * Where the customer's latest message ends in the text, which opens with it (the panel sends the subject and an
   * earlier message after a short one, for the topic): a thanks closes only when that message says it, short and
   * going on to nothing else. Unset: the whole text is the latest message.
   */
  latestEnd?: number;
  /**
   * The templates (entry ids) linked to the step of the SOP the agent is following, once its checklist has
   * progress: among the entries the text matched, they come first.
   */
  step?: readonly string[];
  /**
   * What the agent chose before for similar messages, on this machine (knowledge/learn/choices.ts): a multiplier by
   * entry key (`packId/entryId`), at most MAX_BOOST, for entries the text matched anyway.
   */
  learned?: ReadonlyMap<string, number>;
}

export interface ShortcutOptions {
  /** The language the agent replies in (the customer's). */
  lang?: Lang;
}

export interface Matcher {
  search(text: string, options?: SearchOptions): SearchResult;
  /**
   * Does a slice (a few ms) of the work the first search would otherwise do (fitting the meaning stage to the English
   * entries), so that it can run while the worker is idle; true once none is left (call again until then).
   */
  prepare?(): boolean;
  /**
   * Does a slice (a few ms) of the warm-up (knowledge/engine/warm-up.ts): searches made from the packs' own phrases,
   * so that V8 has compiled the search code before the agent's first search, then forgets what they cached. Prepares
   * first (see prepare). True once done (call again until then); searches meanwhile are answered as without it.
   */
  warmUp?(): boolean;
  /**
   * Find templates by shortcut (exact after normalisation, wrong-layout aware), best first; with `lang`, templates
   * in that language come first (the others follow).
   */
  byShortcut(shortcut: string, options?: ShortcutOptions): Entry[];
  entry(packId: string, entryId: string): Entry | undefined;
  readonly size: number;
}

/** What a matcher is built with beyond its packs. */
export interface MatcherOptions {
  /**
   * English word vectors (knowledge/vectors/en-vectors.bin, parsed by parseVectors): English texts are then also
   * matched by meaning against the English entries (knowledge/engine/semantic-stage.ts). Without them, words only.
   */
  vectors?: WordVectors;
}

export type BuildIndex = (entries: Entry[]) => unknown;
export type CreateMatcher = (packs: PackInput[], options?: MatcherOptions) => Matcher;
export type DetectCues = (text: string) => Cue[];
