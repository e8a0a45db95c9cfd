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

export type CueKind = 'anger' | 'frustration' | 'urgency' | 'repeat-contact' | 'vulnerability' | 'gratitude';

export interface Cue {
  kind: CueKind;
  /** The words of the customer's text that showed the cue, as written. */
  words: string[];
}

export interface Suggestion {
  entryId: string;
  packId: string;
  type: EntryType;
  title: string;
  score: number;
  /** Why it matched: the customer's words (as written) and the entry fields they hit. */
  matchedTerms: string[];
  matchedFields: Array<'title' | 'triggers' | 'tags' | 'body' | 'shortcut'>;
  /** Cues that raised this entry (templates whose tone fits). */
  boostedBy: CueKind[];
}

export interface SearchResult {
  suggestions: Suggestion[];
  cues: Cue[];
}
