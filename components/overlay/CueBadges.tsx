import type { CueKind } from '@/knowledge/types';
import { t, type StringKey } from '@/lib/i18n';

export const cueLabel = (kind: CueKind) => t(`cue.${kind}` as StringKey);

/** The customer's mood as small badges (what the engine's empathy cues found). */
export function CueBadges(props: { cues: readonly CueKind[]; label?: string }) {
  const kinds = [...new Set(props.cues)];
  if (!kinds.length) return null;
  return (
    <ul class="odigos-cues" aria-label={props.label ?? t('cues.label')}>
      {kinds.map((kind) => (
        <li key={kind} class="odigos-cue" data-cue={kind}>
          {cueLabel(kind)}
        </li>
      ))}
    </ul>
  );
}
