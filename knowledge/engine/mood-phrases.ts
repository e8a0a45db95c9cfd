/**
 * The pack's own words for a mood. The cue lexicon (cue-lexicon.ts) knows «τρίτη φορά», «απαράδεκτο»; the trainers
 * wrote many more ways of saying anger or a repeat contact as the triggers of the de-escalation SOP and of the calming
 * templates it links («έχω φτάσει στα όρια μου», «κανείς δεν μου απαντάει», «εδώ και μια εβδομάδα»). Said word
 * for word beside a cue, those words tell how the customer feels, not what about: they are mood words, so they
 * neither make another topic's SOP the problem's nor lift another topic's apology (rank.ts reads the topic without them).
 */
import type { CueKind } from '../types';
import { detectCues } from './cues';
import type { Corpus } from './corpus';
import { phraseAt } from './exact-phrase';
import type { Query } from './query';

/** The cues whose wording the de-escalation entries' triggers carry. */
const MOOD_KINDS: readonly CueKind[] = ['anger', 'frustration', 'repeat-contact'];
/** Tones of the templates that calm a mood (their triggers say it). */
const CALMING_TONES = new Set(['de-escalation', 'empathy']);
/**
 * An SOP answers a mood rather than a problem when at least half the templates it links calm and at least this share
 * of its triggers read as anger, frustration or a repeat contact (the angry-customer SOP of both bundled packs reads
 * about a third; the SOPs of a problem with a few angry triggers, out of stock or a call-back, a fifth at most).
 */
const MOOD_TRIGGERS = 0.25;

interface MoodDocs {
  /** SOP → the templates its steps link (global doc numbers). */
  linked: Map<number, number[]>;
  /** SOPs that answer a mood (global doc numbers). */
  sops: Set<number>;
  /** Those SOPs, the calming templates they link and the de-escalation templates no SOP links: the entries whose triggers are mood phrases. */
  phrases: number[];
}

const cache = new WeakMap<Corpus, MoodDocs>();

/** The templates the steps of `sop` link (each once). */
export const linkedTemplates = (corpus: Corpus, sop: number): readonly number[] => moodDocs(corpus).linked.get(sop) ?? [];

/** The SOPs that answer a mood and the entries whose triggers say one, read once per corpus on first need. */
export function moodDocs(corpus: Corpus): MoodDocs {
  let found = cache.get(corpus);
  if (found) return found;
  const linked = new Map<number, number[]>();
  found = { linked, sops: new Set(), phrases: [] };
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    for (const sop of new Set(corpus.linkingSops(doc))) linked.set(sop, [...(linked.get(sop) ?? []), doc]);
  }
  for (const [sop, templates] of linked) {
    const calming = templates.filter((t) => CALMING_TONES.has(toneOf(corpus, t)));
    if (calming.length * 2 < templates.length || !saysMood(corpus.docs[sop]!.entry.triggers ?? [])) continue;
    found.sops.add(sop);
    for (const d of [sop, ...calming]) if (!corpus.docs[d]!.shadowed) found.phrases.push(d);
  }
  // A de-escalation template no SOP links («Αποκλιμάκωση (φιλική)»: «έλεος πια», «δεν παλεύεστε») says the mood too.
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    if (toneOf(corpus, doc) === 'de-escalation' && !corpus.docs[doc]!.shadowed && corpus.linkingSops(doc).length === 0) found.phrases.push(doc);
  }
  cache.set(corpus, found);
  return found;
}

const toneOf = (corpus: Corpus, doc: number): string => {
  const e = corpus.docs[doc]!.entry;
  return e.type === 'template' ? e.tone : '';
};

function saysMood(triggers: readonly string[]): boolean {
  if (!triggers.length) return false;
  let mood = 0;
  for (const t of triggers) if (detectCues(t).some((c) => MOOD_KINDS.includes(c.kind))) mood++;
  return mood >= MOOD_TRIGGERS * triggers.length;
}

/** Whether the text shows anger, frustration or a repeat contact. */
export const showsMood = (q: Query): boolean => q.cues.some((c) => MOOD_KINDS.includes(c.kind));

/**
 * Marks as mood words the words of every mood phrase (moodDocs) the text says word for word, when it shows a mood;
 * before the words are scored, so that what they give each entry counts as mood (scores.ts), not topic. Words in
 * capitals stay topic, as for the cues (query.ts): shouting is about the problem.
 */
export function markMoodPhrases(q: Query, corpus: Corpus): void {
  if (!showsMood(q)) return;
  const said = new Set<string>();
  for (const doc of moodDocs(corpus).phrases) {
    for (const phrase of corpus.verbatim(doc)) {
      const at = phraseAt(q.keys, phrase);
      if (at < 0) continue;
      for (let i = at; i < at + phrase.length; i++) {
        const raw = q.tokens[i]!.raw;
        if (raw !== raw.toUpperCase()) said.add(raw.toLowerCase());
      }
    }
  }
  if (said.size) for (const w of q.words) if (said.has(w.raw.toLowerCase())) w.mood = true;
}
