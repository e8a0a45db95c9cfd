import { CUE_LABELS } from '../engine/cue-labels';

/**
 * The customer's mood cues as UI string keys, for the panel (lib/i18n.ts) and the QC reports
 * (knowledge/cli/qc/report-strings.ts); the words themselves are declared once, in knowledge/engine/cue-labels.ts,
 * which the CLI shows too, so a cue reads the same wherever an agent, a trainer or a QC lead meets it.
 */
export const CUE_NAMES = {
  'cue.anger': CUE_LABELS.anger,
  'cue.frustration': CUE_LABELS.frustration,
  'cue.urgency': CUE_LABELS.urgency,
  'cue.repeat-contact': CUE_LABELS['repeat-contact'],
  'cue.vulnerability': CUE_LABELS.vulnerability,
  'cue.bereavement': CUE_LABELS.bereavement,
  'cue.gratitude': CUE_LABELS.gratitude,
  'cue.praise': CUE_LABELS.praise,
} as const;
