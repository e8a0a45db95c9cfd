/**
 * The shared vocabulary of Odigos knowledge: pack metadata, entries, compiled packs and
 * suggestion results. Pure data types, used by the compiler, the engine, the CLI and the extension.
 * Importing this file never brings the schema library into a bundle (types only, constants from rules.ts).
 */

export { CHANNELS, PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, STAGES, TONES } from './pack/rules';
/** The pack format's types come from its one declaration (knowledge/pack/format.ts). */
export type {
  Channel,
  CompiledPack,
  Entry,
  EntryType,
  Formality,
  Lang,
  NameEntry,
  PackMeta,
  PackSignature,
  SopBranch,
  SopEntry,
  SopStep,
  SourceRef,
  Stage,
  TemplateEntry,
  Tone,
} from './pack/format';

import type { EntryType } from './pack/format';

export type CueKind = 'anger' | 'frustration' | 'urgency' | 'repeat-contact' | 'vulnerability' | 'bereavement' | 'gratitude' | 'praise';

export interface Cue {
  kind: CueKind;
  /** The words of the customer's text that showed the cue, as written. */
  words: string[];
}

/** The searched fields of an entry. */
export type EntryField = 'title' | 'triggers' | 'tags' | 'body' | 'shortcut';

export interface Suggestion {
  entryId: string;
  packId: string;
  type: EntryType;
  title: string;
  score: number;
  /** Why it matched: the customer's words (as written) and the entry fields they hit. */
  matchedTerms: string[];
  /** Each matched word with the fields where it matched (the same words as matchedTerms). */
  matchedWords: Array<{ word: string; fields: EntryField[] }>;
  /** Every field any of the text's words hit (common words too). */
  matchedFields: EntryField[];
  /** Cues that raised this entry (templates whose tone fits; for praise, the entries that answer it). */
  boostedBy: CueKind[];
  /** Raised a little because the agent chose it before for similar messages, on this machine. */
  chosenBefore?: true;
  /** Found by meaning, with no word in common: its title or trigger closest in meaning to the text ("similar meaning: …"). */
  similarTo?: string;
}

export interface SearchResult {
  suggestions: Suggestion[];
  cues: Cue[];
  /**
   * The customer's latest message is a closing thanks (query.ts `closing`): asked at no stage, the suggestions were
   * ranked as resolved (rank.ts), and the panel's stage bar says so too.
   */
  closing?: true;
}
