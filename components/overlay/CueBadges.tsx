import type { Cue, CueKind } from '@/knowledge/types';
import { fill, sayCommon, type StringKey } from '@/lib/i18n';

export const cueLabel = (kind: CueKind) => sayCommon(`cue.${kind}` as StringKey);

const SHORT: ReadonlySet<CueKind> = new Set(['repeat-contact', 'vulnerability']);
/** A mood's name where room is short (a card's line): a short form where the full name is long. */
export const cueShortLabel = (kind: CueKind) => (SHORT.has(kind) ? sayCommon(`cue.${kind}.short` as StringKey) : cueLabel(kind));

/**
 * The customer's mood as small badges (what the engine's empathy cues found), each with the customer's words that
 * showed it («τρίτη φορά»; “third time” in English), so the agent sees why.
 */
export function CueBadges(props: { cues: readonly Cue[]; label?: string }) {
  const byKind = new Map<CueKind, string[]>();
  // One quote per word whatever its case: «Nobody told me! … nobody» read “Nobody”, “nobody”, the same word twice.
  for (const c of props.cues) {
    const words = byKind.get(c.kind) ?? [];
    for (const w of c.words) if (!words.some((x) => x.toLowerCase() === w.toLowerCase())) words.push(w);
    byKind.set(c.kind, words);
  }
  if (!byKind.size) return null;
  return (
    <ul class="odigos-cues" aria-label={props.label ?? sayCommon('cues.label')}>
      {[...byKind].map(([kind, words]) => (
        <li key={kind} class="odigos-cue" data-cue={kind}>
          {cueLabel(kind)}
          {words.length > 0 && <span class="odigos-cue-words">: {words.map((text) => fill(sayCommon('quoted'), { text })).join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
