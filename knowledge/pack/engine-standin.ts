/** TEMPORARY stand-in until knowledge/engine/index.ts lands: naive word overlap. Delete then. */
import type { BuildIndex, CreateMatcher, DetectCues } from '../engine/api';
import type { Suggestion } from '../types';

const words = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('el').replace(/ς/g, 'σ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export const buildIndex: BuildIndex = () => ({ standin: true });
export const detectCues: DetectCues = () => [];
export const createMatcher: CreateMatcher = (packs) => {
  const all = packs.flatMap((p) => p.pack.entries.map((entry) => ({ entry, packId: p.pack.meta.id })));
  return {
    size: all.length,
    entry: (packId, id) => all.find((e) => e.packId === packId && e.entry.id === id)?.entry,
    byShortcut: (s) => all.filter((e) => e.entry.type === 'template' && e.entry.shortcut === s).map((e) => e.entry),
    search(text, options = {}) {
      const q = new Set(words(text));
      const suggestions: Suggestion[] = [];
      for (const { entry, packId } of all) {
        if (options.type && entry.type !== options.type) continue;
        const hit = [...new Set(words([entry.title, ...entry.triggers, ...entry.tags].join(' ')))].filter((w) => q.has(w));
        if (hit.length === 0) continue;
        suggestions.push({ entryId: entry.id, packId, type: entry.type, title: entry.title, score: hit.length / q.size, matchedTerms: hit, matchedFields: ['triggers'], boostedBy: [] });
      }
      suggestions.sort((a, b) => b.score - a.score);
      return { suggestions: suggestions.slice(0, options.limit ?? 10), cues: [] };
    },
  };
};
