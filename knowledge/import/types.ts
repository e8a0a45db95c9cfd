/**
 * What an importer makes of another tool's export: templates in Odigos's shape (placeholders already mapped) and,
 * for each, notes on what could not be carried over. Notes are codes with their pieces, so each surface words
 * them in its own language.
 */
import type { Formality, Lang, Tone } from '../types';

export const IMPORT_FORMATS = ['zendesk', 'freshdesk', 'textblaze', 'briskine', 'espanso', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportNoteCode =
  /** A placeholder Odigos knows: `from` became `to`. Not a problem; listed so the trainer can check. */
  | 'mapped'
  /** A placeholder with no Odigos meaning: became the fill-in field `to`, which the agent types. */
  | 'as-field'
  /** Something that cannot work in Odigos (clipboard, a script, a ticket change) and was left out. */
  | 'dropped'
  /** A Liquid/handlebars filter (`| capitalize`) that was left out. */
  | 'filter-dropped'
  /** Rich text (bold, links, lists) became plain text. */
  | 'html-to-text'
  /** The shortcut had characters a shortcut cannot have: `from` became `to`. */
  | 'shortcut-changed'
  /** No shortcut could be made from `from`. */
  | 'shortcut-dropped'
  /** Triggers were made from the title: add how customers write it. */
  | 'triggers-from-title'
  /** The tone was guessed (`to`) from the words; check it. */
  | 'tone-guessed'
  /** The language differs from the pack's: the template is marked `to`. */
  | 'lang-detected';

export interface ImportNote {
  code: ImportNoteCode;
  from?: string;
  to?: string;
}

export interface ImportedTemplate {
  /** Where it came from, as the other tool names it (macro title, snippet shortcut, CSV line …). */
  source: string;
  title: string;
  shortcut?: string;
  body: string;
  tags: string[];
  triggers: string[];
  tone: Tone;
  formality: Formality;
  /** Set when it differs from the pack's language. */
  lang?: Lang;
  notes: ImportNote[];
}

export interface SkippedItem {
  source: string;
  /** The file's line, where the format has lines (CSV): said as «Γραμμή 2» in the trainer's language. */
  line?: number;
  reason: 'no-text' | 'not-a-reply' | 'unreadable';
  detail?: string;
}

export interface ImportResult {
  format: ImportFormat;
  templates: ImportedTemplate[];
  skipped: SkippedItem[];
}

/** An importer's raw find: text still in the other tool's syntax is already converted by the importer. */
export interface RawTemplate {
  source: string;
  title: string;
  shortcut?: string;
  body: string;
  tags?: string[];
  /** Customer phrases, when the export has them (a CSV column). */
  triggers?: string[];
  notes: ImportNote[];
}

/**
 * Why a file could not be read, as data for a page to word in the trainer's language: a JSON export cut short or
 * edited (`brokenJson`, with the line where reading stopped when known), a file that is not the format chosen
 * (`notFormat`), or one whose format nothing recognises (`unknown`: it was read as CSV and is not one either).
 */
export type ImportFailure = { code: 'brokenJson'; line?: number } | { code: 'notFormat'; format: ImportFormat } | { code: 'unknown' };

/** Thrown when a file is not the format it was read as; the message says what was expected (in English, for the CLI). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly failure: ImportFailure,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
