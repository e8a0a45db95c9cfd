/**
 * A small pack of the agent's own (their personal snippets) layered over the matcher of the installed packs, which
 * is shared and not rebuilt for it: shortcuts and the palette search both layers, suggestions only the packs.
 *
 * Why not one corpus with the snippets in it: BM25 weighs a word by how many documents of the corpus hold it, and
 * typo correction and prefix search draw on every pack's vocabulary, so snippets in the shared corpus would move the
 * suggestions' scores for every agent who has some. Layered, each corpus keeps its own statistics.
 */
import type { Entry, SearchResult } from '../types';
import type { Matcher, SearchOptions, ShortcutOptions } from './api';

/** `top` is above every pack of `base` (the personal layer's priority is the highest). */
export function layered(top: Matcher, base: Matcher): Matcher {
  return {
    /**
     * The top layer's matches first, then the packs'. Scores from a corpus of a few snippets do not compare with
     * the packs' (a word in every snippet weighs almost nothing there), so they are not interleaved by score.
     */
    search(text: string, options?: SearchOptions): SearchResult {
      const limit = Math.max(0, options?.limit ?? 5);
      const own = top.search(text, options);
      const packs = base.search(text, options);
      // The cues and the closing are the text's own (the same analysis in both); an empty corpus answers none, so take the other's.
      const closing = packs.closing ?? own.closing;
      const suggestions = [...own.suggestions, ...packs.suggestions].slice(0, limit);
      return { suggestions, cues: packs.cues.length ? packs.cues : own.cues, ...(closing ? { closing } : {}) };
    },
    /** The engine's order over one corpus: the language asked for first, then priority, where the top layer leads. */
    byShortcut(shortcut: string, options?: ShortcutOptions): Entry[] {
      const found = [...top.byShortcut(shortcut, options), ...base.byShortcut(shortcut, options)];
      const lang = options?.lang;
      const other = (e: Entry) => (lang && e.lang !== lang ? 1 : 0);
      return lang ? found.sort((a, b) => other(a) - other(b)) : found; // a stable sort keeps each layer's order
    },
    // The packs first, as in one corpus where the installed packs came before the snippets (ids never collide).
    entry: (packId: string, entryId: string) => base.entry(packId, entryId) ?? top.entry(packId, entryId),
    get size() {
      return top.size + base.size;
    },
  };
}
