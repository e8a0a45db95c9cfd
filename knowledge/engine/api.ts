/**
 * The engine's contract, shared by the compiler (which prebuilds the index), the CLI and the extension.
 * Implementation: knowledge/engine/*.ts (issue 5).
 */
import type { CompiledPack, Cue, Entry, SearchResult } from '../types';

export interface PackInput {
  pack: CompiledPack;
  /** Higher wins on equal relevance and on id conflicts (personal > team > company > bundled). */
  priority: number;
}

export interface SearchOptions {
  limit?: number;
  /** Restrict to one entry type (the palette searches templates only). */
  type?: 'sop' | 'template';
  /** A stale query is abandoned when this aborts; search then returns an empty result. */
  signal?: AbortSignal;
}

export interface Matcher {
  search(text: string, options?: SearchOptions): SearchResult;
  /** Find templates by shortcut (exact after normalisation, wrong-layout aware), best first. */
  byShortcut(shortcut: string): Entry[];
  entry(packId: string, entryId: string): Entry | undefined;
  readonly size: number;
}

export type BuildIndex = (entries: Entry[]) => unknown;
export type CreateMatcher = (packs: PackInput[]) => Matcher;
export type DetectCues = (text: string) => Cue[];
