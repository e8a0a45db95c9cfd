/** Which template tones fit which empathy cue (a fitting template is raised and says why in boostedBy). */
import type { CueKind, Tone } from '../types';

export const TONES_FOR_CUE: Record<CueKind, readonly Tone[]> = {
  anger: ['de-escalation', 'apology', 'empathy'],
  frustration: ['de-escalation', 'apology', 'empathy'],
  'repeat-contact': ['de-escalation', 'apology', 'empathy', 'follow-up'],
  urgency: ['reassurance'],
  vulnerability: ['empathy'],
  bereavement: ['empathy'],
  gratitude: ['closing'],
  /** Praise raises the entries that answer it (their triggers say the praise, rank.ts), whatever their tone. */
  praise: [],
};

/** Multiplier of a template's relevance when its tone fits a cue of the text. */
export const CUE_BOOST = 1.25;
