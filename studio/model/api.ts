/**
 * The studio's one protocol between the page and the local server: each route with what it takes and gives.
 * The client's api module and the server's handlers are both typed from this table, so they cannot drift.
 */
import type { ProblemCode, Said } from '@/knowledge/pack/problem-words';
import type { CrossValidation } from '@/knowledge/engine/cross-validate';
import type { SuggestReply } from '@/knowledge/engine/suggest-reply';
import type { ImportFailure, ImportFormat, ImportResult } from '@/knowledge/import/types';
import type { PackDiff } from '@/knowledge/pack/diff';
import type { Formality, Lang } from '@/knowledge/types';
import type { EntryForm, PackForm, TemplateForm } from './entry-form';
import type { Refusal } from './refusal';

/** An edit not yet written to its file, kept beside the pack until it is. */
export interface Draft {
  /** The entry's file, or `new:<id>` for an entry that has no file yet, or `pack.yaml`. */
  key: string;
  kind: 'entry' | 'pack';
  /** The file the draft will be written to (undefined for a new entry until it is saved). */
  file?: string;
  /** Hash of the file the edit started from; null: the file did not exist. */
  baseHash: string | null;
  form: EntryForm | PackForm;
  savedAt: number;
}

export interface StudioProblem {
  /** Path inside the pack folder. */
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  /** The validator's code and parameters (knowledge/pack/problem-words.ts): the page says it in the trainer's language. */
  code: ProblemCode;
  params?: Said['params'];
  /** Its English words, as odigos prints them. */
  message: string;
  /** The form field it is about (`title`, `steps.2.branches.0`, `metrics.completion` …), when known. */
  field?: string;
}

export interface EntrySummary {
  file: string;
  hash: string;
  id: string;
  type: 'sop' | 'template';
  title: string;
  shortcut?: string;
  /** A template's register (its shortcut twin has the other). */
  formality?: string;
  errors: number;
  warnings: number;
  /** An unsaved edit exists. */
  draft: boolean;
}

/** A file the forms cannot hold (broken YAML, no front matter, not UTF-8 …): shown with its error, never written. */
export interface BrokenFile {
  file: string;
  hash: string;
  line?: number;
  message: string;
}

/** A new entry's draft with where it is checked (and first saved) and its problems there, to mark it in the list. */
export interface NewDraft extends Draft {
  checkedAt: string;
  errors: number;
  warnings: number;
}

/** An entry a problem is in, as the page names and links it (a saved entry's file, or a new draft). */
export interface ProblemEntryRef {
  title: string;
  href: string;
}

export interface StudioState {
  folder: string;
  /** The folder is one of the packs bundled with Odigos (edits change the repository's copy). */
  bundled: boolean;
  revision: number;
  packLang: Lang;
  pack: { hash: string | null; form?: PackForm; error?: { line: number; message: string }; draft?: Draft };
  entries: EntrySummary[];
  broken: BrokenFile[];
  /** Entries being written that have no file yet. */
  newDrafts: NewDraft[];
  /** Problems not about an entry (pack.yaml, sites.yaml, the folder). */
  packProblems: StudioProblem[];
  counts: { errors: number; warnings: number };
}

export interface EntryDoc {
  file: string;
  hash: string;
  /** The file as it is on disk. */
  markdown: string;
  form?: EntryForm;
  error?: { line: number; message: string };
  draft?: Draft;
}

export interface CheckReply {
  /** The file as it would be written. */
  markdown: string;
  /** Problems of this entry, each at its field where the studio can tell. */
  problems: StudioProblem[];
}

export type SaveReply =
  | { ok: true; file: string; hash: string }
  /** The file changed since the edit started: what it holds now, for the trainer to compare and choose. */
  | { ok: false; conflict: { hash: string | null; markdown?: string; form?: EntryForm | PackForm } };

export interface PackCheckReply {
  yaml: string;
  problems: StudioProblem[];
}

export interface TryRequest {
  text: string;
  formality: Formality;
  /** Also search the packs bundled with Odigos, as an agent who has them on would. */
  withBundled: boolean;
}

export interface TryReply {
  reply?: SuggestReply;
  /** Why nothing can be searched yet (the pack has errors). */
  blocked?: StudioProblem[];
}

export interface CvReply {
  cv?: CrossValidation;
  /** Titles of the entries the confusions name, by id. */
  titles: Record<string, string>;
  blocked?: StudioProblem[];
}

export interface ImportPreviewReply {
  result?: ImportResult;
  /** The file is not the format it was read as (the message says what was expected, in English). */
  error?: string;
  /** The same as data, for the page to say in the trainer's language. */
  failure?: ImportFailure;
  /** Each template as the form it would become, with the id and file it would get (parallel to result.templates). */
  forms: TemplateForm[];
  files: string[];
}

export interface ImportApplyReply {
  written: string[];
  /** `refusal`: what the page says (the file appeared meanwhile); `message`: its English words. */
  failed: Array<{ title: string; message: string; refusal: Refusal }>;
}

export type Bump = 'patch' | 'minor' | 'major';

export interface PublishPreviewReply {
  current: string;
  next: string;
  /** What agents will see as the update: against the last published pack in the output folder, if any. */
  diff?: PackDiff;
  /** Problems that stop the build (errors), and warnings. */
  problems: StudioProblem[];
  outDir: string;
  keyFile: string;
  keyExists: boolean;
  publicKey?: string;
  /** A changelog entry exists for this version already. */
  lastPublished?: string;
}

export interface PublishRequest {
  version: string;
  changelog: string;
  outDir: string;
  keyFile: string;
  /** Make a new key pair at keyFile when there is none. */
  createKey: boolean;
  /** Where agents will download the pack (https://…), for the policy file; optional. */
  url: string;
}

export interface PublishReply {
  ok: boolean;
  /** The version published (when ok). */
  version?: string;
  written: string[];
  publicKey?: string;
  problems: StudioProblem[];
  /** Why publishing stopped, when it did (pack.yaml changed meanwhile, no key …): the page says it in the trainer's language. */
  refusal?: Refusal;
  /** The same in English, as odigos prints it. */
  error?: string;
}

/** Every route: path → request and reply. GET routes take their request from the query string. */
export interface Routes {
  'GET /api/state': { req: Record<string, never>; res: StudioState };
  'GET /api/changes': { req: { since: string }; res: { revision: number } };
  'POST /api/entry': { req: { file: string }; res: EntryDoc };
  /**
   * `edited: false`: the form is the file's as the editor loaded it, untouched — its problems are asked for, and no
   * draft may come of it (the file may have changed on disk since the load: a draft would bring the old text back).
   */
  'POST /api/check': { req: { key: string; file?: string; baseHash: string | null; form: EntryForm; edited?: boolean }; res: CheckReply };
  'POST /api/save': { req: { key: string; file?: string; baseHash: string | null; form: EntryForm }; res: SaveReply };
  'POST /api/discard': { req: { key: string }; res: { ok: true } };
  'POST /api/delete': { req: { file: string; baseHash: string }; res: SaveReply };
  'POST /api/pack/check': { req: { baseHash: string | null; form: PackForm }; res: PackCheckReply };
  'POST /api/pack/save': { req: { baseHash: string | null; form: PackForm }; res: SaveReply };
  'POST /api/try': { req: TryRequest; res: TryReply };
  'POST /api/cv': { req: { folds: number }; res: CvReply };
  'POST /api/import/preview': { req: { text: string; format?: ImportFormat }; res: ImportPreviewReply };
  'POST /api/import/apply': { req: { forms: TemplateForm[] }; res: ImportApplyReply };
  'POST /api/publish/preview': { req: { bump: Bump; outDir?: string; keyFile?: string }; res: PublishPreviewReply };
  'POST /api/publish': { req: PublishRequest; res: PublishReply };
}

export type Route = keyof Routes;
export type Req<R extends Route> = Routes[R]['req'];
export type Res<R extends Route> = Routes[R]['res'];

/** What a refused call answers (any status but 200): the refusal for the page, its English words for anyone else. */
export interface RefusedReply {
  error: string;
  refusal: Refusal;
}

/** The header every API call carries: the token the studio printed in its address, so no other page can drive it. */
export const TOKEN_HEADER = 'x-odigos-studio';
