/**
 * Editing one entry: open it (putting back a draft an earlier session left), check every change with the server
 * (which keeps the draft beside the pack), save against the hash the edit started from, and when the file changed
 * underneath, stop and let the trainer compare and choose.
 *
 * The trainer moves between entries faster than the server answers, so everything here belongs to one entry: an edit
 * to the entry whose form it was typed in, a check to the entry it was scheduled for, an answer to the entry it was
 * asked about. An answer that comes when the editor holds another entry changes nothing there.
 */
import { signal, type Signal } from '@preact/signals';
import type { EntryDoc } from '../model/api';
import { emptySop, emptyTemplate, slugify, type EntryForm } from '../model/entry-form';
import type { EditorState } from '../model/ui';
import { asRefusal, type Api } from './api';
import type { Refusal } from '../model/refusal';

const CHECK_DELAY_MS = 300;

export interface EditorDeps {
  api: Api;
  /** After a save, delete or external reload: the list and counts change. */
  refresh(): Promise<void>;
  navigate(hash: string): void;
  /** Tells the trainer why an action failed (at the top of the page, in their language). */
  say(refusal: Refusal): void;
  /** The page's one queue for requests that change drafts (api.ts inTurns): this editor's and the pack form's. */
  inTurn<T>(send: () => Promise<T>): Promise<T>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The check of an entry as the editor holds it; untouched since loaded, it asks for problems only, never a draft. */
const checkOf = (e: EditorState) => ({ key: e.key, ...(e.file ? { file: e.file } : {}), baseHash: e.baseHash, form: e.form, edited: !e.saved || !same(e.form, e.saved) });

export function createEditor(deps: EditorDeps) {
  const editor: Signal<EditorState | undefined> = signal(undefined);
  /** The change not checked yet: the entry it was typed in, and the timer that checks it. */
  let due: { key: string; timer: ReturnType<typeof setTimeout> } | undefined;
  let asked = 0;
  /** Counts what the editor was asked to hold (an entry, a new one, none): a load answered after a later ask is dropped. */
  let wanted = 0;
  const inTurn = deps.inTurn;

  const patch = (p: Partial<EditorState>) => {
    if (editor.value) editor.value = { ...editor.value, ...p };
  };
  const report = (err: unknown) => deps.say(asRefusal(err));

  async function check(e: EditorState) {
    const mine = ++asked;
    const reply = await inTurn(() => deps.api.call('POST /api/check', checkOf(e)));
    const shown = editor.value?.key === e.key;
    // A new entry's draft shows in the list, also once the trainer has left it (a later check of it refreshes again).
    if (!e.file && (!shown || mine === asked)) void deps.refresh();
    if (!shown || mine !== asked || !editor.value) return;
    // "Kept as a draft" only once the server holds this very form: a change typed while the check was on its way
    // stays "checking" until its own check answers.
    const current = editor.value.form;
    const status = editor.value.status === 'saving' ? 'saving' : !same(current, e.form) ? 'checking' : !e.saved || !same(current, e.saved) ? 'dirty' : 'clean';
    patch({ problems: reply.problems, markdown: reply.markdown, status });
  }

  const cancel = () => {
    clearTimeout(due?.timer);
    due = undefined;
  };
  /** Sends the check that is due, for the entry it was scheduled for and as that entry reads now. */
  function flush() {
    const key = due?.key;
    cancel();
    const e = editor.value;
    if (e && e.key === key) check(e).catch(report);
  }
  const schedule = (delay = CHECK_DELAY_MS) => {
    const key = editor.value?.key;
    if (key === undefined) return;
    cancel();
    due = { key, timer: setTimeout(flush, delay) };
  };

  /** Puts another entry (or none) in the editor; a change to the one leaving that was not checked yet is checked now, so its draft is kept. */
  function put(next: EditorState | undefined) {
    if (due && due.key !== next?.key) flush();
    editor.value = next;
  }

  function fromDoc(doc: EntryDoc): EditorState {
    if (!doc.form) {
      return { key: doc.file, file: doc.file, baseHash: doc.hash, form: emptyTemplate(), problems: [], markdown: doc.markdown, status: 'clean', broken: { ...doc.error!, markdown: doc.markdown, hash: doc.hash } };
    }
    const draft = doc.draft;
    const state: EditorState = {
      key: doc.file, file: doc.file, baseHash: draft?.baseHash ?? doc.hash, form: (draft?.form as EntryForm) ?? doc.form,
      saved: doc.form, problems: [], markdown: doc.markdown, status: draft ? 'dirty' : 'clean', ...(draft ? { restored: true } : {}),
    };
    // A draft made on an older version of the file: the file changed since, so compare before anything is written.
    if (draft && draft.baseHash !== doc.hash) state.conflict = { hash: doc.hash, form: doc.form, markdown: doc.markdown };
    return state;
  }

  /** Loads `file` into the editor, unless the editor was asked for something else since `ticket` was taken. */
  async function load(file: string, ticket: number): Promise<boolean> {
    const doc = await deps.api.call('POST /api/entry', { file });
    if (ticket !== wanted) return false;
    put(fromDoc(doc));
    if (!editor.value?.broken) schedule(0);
    return true;
  }
  const open = (file: string) => load(file, ++wanted);

  /** The address names `file`: loaded, unless it is the entry open already (just saved under its new file), which keeps its edit. */
  async function show(file: string) {
    const ticket = ++wanted;
    if (editor.value?.key !== file) await load(file, ticket);
  }

  function openNew(key: string, type: 'sop' | 'template', existing?: EntryForm) {
    ++wanted;
    if (editor.value?.key === key) return;
    // An empty form is not checked: the server would keep it as a draft of an entry with no title.
    put({ key, baseHash: null, form: existing ?? (type === 'sop' ? emptySop() : emptyTemplate()), problems: [], markdown: '', status: existing ? 'dirty' : 'clean', ...(existing ? { restored: true } : {}) });
    if (existing) schedule(0);
  }

  /**
   * The tab is going away (closed, reloaded, navigated): the change typed in its last moment, whose check was not due
   * yet, is sent now, in a request that outlives the page, so the server keeps it as a draft (it was lost: Ctrl+W
   * right after the last word). Not during a save, which carries the form already. Sent at once, outside the turns
   * (inTurn): a request queued behind another would only start after the page is gone.
   */
  function leaving() {
    const e = editor.value;
    if (!due || !e || due.key !== e.key || e.status === 'saving') return;
    cancel();
    deps.api.call('POST /api/check', checkOf(e), { keepalive: true }).catch(() => undefined);
  }

  function close() {
    ++wanted;
    put(undefined);
  }

  /** An edit typed in the form of the entry `key` (the one the form showed): dropped if the editor holds another by now. */
  function change(form: EntryForm, key = editor.value?.key) {
    const e = editor.value;
    if (!e || e.key !== key) return;
    // A new entry's id follows its title until the trainer writes one of their own; so does the id of an entry saved
    // with none yet (saved untitled: its file had no id that anything could link to, and the id stayed empty).
    const follows = (!e.file || !e.saved?.id) && (e.form.id === '' || e.form.id === slugify(e.form.title));
    const next = follows && form.title !== e.form.title && form.id === e.form.id ? { ...form, id: slugify(form.title) } : form;
    // Typed while a save is on its way: still saving (a second save of a new entry would write a second file).
    patch({ form: next, status: e.status === 'saving' ? 'saving' : 'checking', note: undefined });
    schedule();
  }

  async function save(overwrite?: string | null) {
    const e = editor.value;
    if (!e) return;
    cancel(); // the save carries this very form
    patch({ status: 'saving' });
    const reply = await inTurn(() => deps.api.call('POST /api/save', { key: e.key, ...(e.file ? { file: e.file } : {}), baseHash: overwrite === undefined ? e.baseHash : overwrite, form: e.form }));
    const now = editor.value;
    // Written while the trainer moved on: the entry they are in now stays as it is, and where it is.
    if (now?.key !== e.key) return deps.refresh();
    if (!reply.ok) return patch({ status: 'dirty', conflict: reply.conflict as EditorState['conflict'] });
    // A change typed while it was written was for the old key (a new entry's): it is checked as the saved file's below.
    cancel();
    const edited = !same(now.form, e.form);
    put({ ...now, key: reply.file, file: reply.file, baseHash: reply.hash, saved: e.form, status: edited ? 'checking' : 'clean', conflict: undefined, restored: false, note: reply.file });
    // A new entry's first file, or an untitled entry's file renamed from its id: the address follows the file.
    if (reply.file !== e.file) deps.navigate(`#/entry/${reply.file}`);
    await deps.refresh();
    if (editor.value?.key === reply.file) schedule(0);
  }

  /** Drops the entry's draft on the server, then shows the file as it is (`reopen`) or leaves for the list. */
  async function dropDraft(e: EditorState, reopen: boolean) {
    cancel();
    await inTurn(() => deps.api.call('POST /api/discard', { key: e.key }));
    if (editor.value?.key === e.key) {
      if (reopen && e.file) await open(e.file);
      else {
        close();
        deps.navigate('#/');
      }
    }
    await deps.refresh();
  }

  async function discard() {
    const e = editor.value;
    if (e) await dropDraft(e, true);
  }

  async function remove() {
    const e = editor.value;
    if (!e?.file) return;
    cancel();
    const reply = await inTurn(() => deps.api.call('POST /api/delete', { file: e.file!, baseHash: e.broken?.hash ?? e.baseHash ?? '' }));
    if (editor.value?.key === e.key) {
      if (!reply.ok) return patch({ conflict: reply.conflict as EditorState['conflict'] });
      close();
      deps.navigate('#/');
    }
    await deps.refresh();
  }

  /** The folder changed: reload a clean entry; an edited one whose file changed gets a conflict to resolve. */
  async function onFolderChange(hashes: ReadonlyMap<string, string>) {
    const e = editor.value;
    if (!e?.file || e.status === 'saving') return;
    const now = hashes.get(e.file);
    const base = e.broken?.hash ?? e.baseHash;
    if (now === base) return;
    if (now === undefined) return patch({ conflict: { hash: null } });
    const ticket = wanted;
    const doc = await deps.api.call('POST /api/entry', { file: e.file });
    // The trainer opened another entry, or typed, while the file was read: that is what they see.
    if (ticket !== wanted || editor.value?.key !== e.key) return;
    if (editor.value.status === 'clean' && !editor.value.conflict) {
      put({ ...fromDoc(doc), note: 'reloaded' });
      if (!editor.value?.broken) schedule(0);
      return;
    }
    patch({ conflict: { hash: doc.hash, form: doc.form, markdown: doc.markdown } });
  }

  /** The trainer chose: their edit over what the file holds now, or the file as it is. */
  async function resolve(choice: 'mine' | 'theirs') {
    const e = editor.value;
    if (!e?.conflict) return;
    if (choice === 'mine') return save(e.conflict.hash);
    await dropDraft(e, Boolean(e.conflict.hash));
  }

  return { editor, show, openNew, change, save, discard, remove, onFolderChange, resolve, close, leaving };
}

export type Editor = ReturnType<typeof createEditor>;
