/**
 * How much a reply the agent sent differs from the template they inserted: Dice similarity over word
 * multisets, and the words added and removed (as written, first few in order). Trainers read these to see what
 * agents keep changing in a template. Linear in the two texts; pure.
 */
import { fold } from '../text/fold';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MAX_LISTED = 12;

export interface EditSummary {
  similarity: number;
  added: string[];
  removed: string[];
}

function words(text: string): { raw: string; key: string }[] {
  return Array.from(text.matchAll(WORD), (m) => ({ raw: m[0], key: fold(m[0]) }));
}

function counts(list: { key: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w.key, (m.get(w.key) ?? 0) + 1);
  return m;
}

/** Words of `a` not matched by a word of `b` (each of b's words matches once), first MAX_LISTED, distinct. */
function unmatched(a: { raw: string; key: string }[], bCounts: Map<string, number>): string[] {
  const left = new Map(bCounts);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of a) {
    const n = left.get(w.key) ?? 0;
    if (n > 0) {
      left.set(w.key, n - 1);
      continue;
    }
    if (seen.has(w.key) || out.length >= MAX_LISTED) continue;
    seen.add(w.key);
    out.push(w.raw);
  }
  return out;
}

export function compareReply(inserted: string, sent: string): EditSummary {
  const a = words(inserted);
  const b = words(sent);
  if (!a.length && !b.length) return { similarity: 1, added: [], removed: [] };
  const ca = counts(a);
  const cb = counts(b);
  let common = 0;
  for (const [k, n] of ca) common += Math.min(n, cb.get(k) ?? 0);
  return {
    similarity: Math.round(((2 * common) / (a.length + b.length)) * 1000) / 1000,
    added: unmatched(b, ca),
    removed: unmatched(a, cb),
  };
}

/**
 * Which of the templates inserted (in that order) the reply was written from, when it was written from several: each
 * one most of whose words are in the reply, not counting words an earlier one already accounts for (the same
 * template inserted twice and sent once is in it once). Several templates in one reply each share little with the
 * whole of it, so their share of the reply is not the test; their words kept are.
 */
export function templatesInReply(templates: readonly string[], sent: string): number[] {
  const left = counts(words(sent));
  const found: number[] = [];
  templates.forEach((text, i) => {
    const own = counts(words(text));
    let total = 0;
    let kept = 0;
    for (const [k, n] of own) {
      total += n;
      kept += Math.min(n, left.get(k) ?? 0);
    }
    if (!total || kept / total < KEPT_FROM_TEMPLATE) return;
    for (const [k, n] of own) left.set(k, Math.max(0, (left.get(k) ?? 0) - n));
    found.push(i);
  });
  return found;
}

/** A template is in a reply written from several when this share of its words is there. */
export const KEPT_FROM_TEMPLATE = 0.6;
/** A reply shares this much with a template when it was written from it (below, it is another message). */
export const FROM_TEMPLATE = 0.3;
/** Below this similarity a reply written from a template counts as heavily edited. */
export const HEAVY_EDIT = 0.7;
