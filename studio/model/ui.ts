/** What the studio's page shows, as data: the views render it, the controller (studio/client) changes it. */
import type { CrossValidation } from '@/knowledge/engine/cross-validate';
import type { Formality } from '@/knowledge/types';
import type { Bump, CvReply, ImportApplyReply, ImportPreviewReply, PublishPreviewReply, PublishReply, StudioProblem, TryReply } from './api';
import type { EntryForm, PackForm, TemplateForm } from './entry-form';
import type { Refusal } from './refusal';

export type Page =
  | { name: 'home' }
  /** `focus`: the field to put the cursor in (the confusion view's jump to an entry's phrases). */
  | { name: 'entry'; file: string; focus?: string }
  | { name: 'new'; key: string }
  | { name: 'pack' }
  | { name: 'try' }
  | { name: 'quality' }
  | { name: 'import' }
  | { name: 'publish' };

export interface Conflict {
  /** The file's hash now (null: it was deleted). */
  hash: string | null;
  form?: EntryForm | PackForm;
  markdown?: string;
}

export interface EditorState {
  key: string;
  /** undefined for an entry that has no file yet. */
  file?: string;
  /** The file's hash the edit started from (null: new file). */
  baseHash: string | null;
  form: EntryForm;
  /** The form as the file on disk holds it (undefined for a new entry). */
  saved?: EntryForm;
  problems: StudioProblem[];
  markdown: string;
  status: 'clean' | 'dirty' | 'checking' | 'saving';
  /** A draft from an earlier session was put back. */
  restored?: boolean;
  /** The file changed under the edit (on save, or noticed while editing). */
  conflict?: Conflict;
  /** What happened last (saved, reloaded …), for the status line. */
  note?: string;
  /** The file cannot be read into a form: shown as it is. */
  broken?: { line: number; message: string; markdown: string; hash: string };
}

export interface PackEditorState {
  baseHash: string | null;
  form: PackForm;
  problems: StudioProblem[];
  status: 'clean' | 'dirty' | 'saving';
  conflict?: Conflict;
  note?: string;
}

export interface TryState {
  text: string;
  formality: Formality;
  withBundled: boolean;
  busy: boolean;
  result?: TryReply;
  /** The suggestion opened (SOP or template view), by `packId/entryId`. */
  open?: string;
  /** What "Insert" put into the test reply box. */
  reply: string;
  /** The sample customer templates are filled for. */
  customer: number;
}

export interface CvState {
  busy: boolean;
  result?: CvReply & { cv?: CrossValidation };
}

export interface ImportState {
  busy: boolean;
  text: string;
  fileName?: string;
  format: string;
  preview?: ImportPreviewReply;
  /** Which of the previewed templates to add (parallel to preview.forms). */
  chosen: boolean[];
  applied?: ImportApplyReply;
  forms?: TemplateForm[];
}

export interface PublishState {
  busy: boolean;
  bump: Bump;
  changelog: string;
  outDir: string;
  keyFile: string;
  url: string;
  preview?: PublishPreviewReply;
  result?: PublishReply;
  /** Why publishing stopped, worded by the page. */
  error?: Refusal;
}
