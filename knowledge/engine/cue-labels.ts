/** What each cue is called, in Greek and English: the overlay's badges (lib/i18n.ts) and the CLI show these. */
import type { CueKind, Lang } from '../types';

export const CUE_LABELS = {
  anger: { el: 'Θυμός', en: 'Angry' },
  frustration: { el: 'Απογοήτευση', en: 'Frustrated' },
  urgency: { el: 'Επείγον', en: 'Urgent' },
  'repeat-contact': { el: 'Επανειλημμένη επικοινωνία', en: 'Repeat contact' },
  vulnerability: { el: 'Ευάλωτη κατάσταση', en: 'Vulnerable' },
  bereavement: { el: 'Απώλεια', en: 'Bereavement' },
  gratitude: { el: 'Ευγνωμοσύνη', en: 'Grateful' },
  praise: { el: 'Έπαινος', en: 'Praise' },
} as const satisfies Record<CueKind, Record<Lang, string>>;

export const cueLabel = (kind: CueKind, lang: Lang): string => CUE_LABELS[kind][lang];
