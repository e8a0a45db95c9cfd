/**
 * The customer's mood cues by name, Greek and English: declared once for the panel (lib/i18n.ts) and the QC
 * reports (knowledge/cli/qc/report-strings.ts), so a cue reads the same wherever an agent or QC lead meets it.
 */
export const CUE_NAMES = {
  'cue.anger': { el: 'Θυμός', en: 'Angry' },
  'cue.frustration': { el: 'Απογοήτευση', en: 'Frustrated' },
  'cue.urgency': { el: 'Επείγον', en: 'Urgent' },
  'cue.repeat-contact': { el: 'Επανειλημμένη επικοινωνία', en: 'Repeat contact' },
  'cue.vulnerability': { el: 'Ευάλωτη κατάσταση', en: 'Vulnerable' },
  'cue.gratitude': { el: 'Ευγνωμοσύνη', en: 'Grateful' },
} as const;
