import type { SiteProfile } from './site-profile';

/**
 * The shared vocabulary of Odigos knowledge: pack metadata, entries, compiled packs and
 * suggestion results. Pure data types, used by the compiler, the engine, the CLI and the extension.
 */

export type Lang = 'el' | 'en';
export type EntryType = 'sop' | 'template';
export const TONES = [
  'empathy', 'apology', 'reassurance', 'de-escalation', 'follow-up', 'closing', 'greeting', 'information',
] as const;
export type Tone = (typeof TONES)[number];
export const CHANNELS = ['email', 'chat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Formality = 'formal' | 'informal';

/** Where an entry came from in the trainer's source folder (for messages and "edit source" links). */
export interface SourceRef {
  file: string;
  line: number;
}

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  lang: Lang;
  description?: string;
  author?: string;
  /** Default review date (ISO yyyy-mm-dd) for entries that set none. */
  reviewBy?: string;
}

interface EntryBase {
  id: string;
  type: EntryType;
  title: string;
  lang: Lang;
  /** Example customer phrases or keywords that should bring the entry up. */
  triggers: string[];
  tags: string[];
  /** ISO date (yyyy-mm-dd) after which the entry needs review. */
  reviewBy?: string;
  /** Markdown body as written by the trainer (text only; never rendered as HTML). */
  body: string;
  source?: SourceRef;
}

export interface SopBranch {
  /** The condition, as written ("the charge appears twice"); empty for an else branch. */
  condition: string;
  /** Step number to continue with, or 'escalate' to hand over to the supervisor. */
  goto: number | 'escalate';
}

export interface SopStep {
  n: number;
  text: string;
  branches: SopBranch[];
  /** Ids of templates the step links with [[template-id]]. */
  templates: string[];
}

export interface SopEntry extends EntryBase {
  type: 'sop';
  department: string;
  purpose: string;
  /** Glossary: term → meaning. */
  terms: Record<string, string>;
  /** Target times in minutes. */
  metrics: { firstResponseMinutes?: number; completionMinutes?: number };
  escalation?: { when: string; to: string };
  steps: SopStep[];
}

export interface TemplateEntry extends EntryBase {
  type: 'template';
  /** Quick-insert keyword: letters (Greek too), digits and '-'. */
  shortcut?: string;
  tone: Tone;
  channels: Channel[];
  formality: Formality;
}

export type Entry = SopEntry | TemplateEntry;

export const PACK_SCHEMA_ID = 'odigos-pack';
export const PACK_SCHEMA_VERSION = 1;

export interface PackSignature {
  alg: 'Ed25519';
  /** The signer's public key, as `odigos keygen` prints it (base64 SPKI DER). */
  publicKey: string;
  /** base64 signature over the canonical JSON of the pack without its `signature` field. */
  value: string;
}

/** One JSON file: what a trainer ships and the extension loads without re-indexing. */
export interface CompiledPack {
  schema: typeof PACK_SCHEMA_ID;
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  meta: PackMeta;
  builtAt: string;
  entries: Entry[];
  /** Prebuilt matcher data (see knowledge/engine). Opaque to everything but the engine. */
  index: unknown;
  /** How to read helpdesks that have no adapter (sites.yaml in the source). */
  sites?: SiteProfile[];
  signature?: PackSignature;
}

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
