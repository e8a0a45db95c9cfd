/**
 * Editing one entry: open it (putting back a draft an earlier session left), check every change with the server
 * (which keeps the draft beside the pack), save against the hash the edit started from, and when the file changed
 * underneath, stop and let the trainer compare and choose.
 */
import { signal, type Signal } from '@preact/signals';
import type { EntryDoc } from '../model/api';
import { emptySop, emptyTemplate, slugify, type EntryForm } from '../model/entry-form';
import type { EditorState } from '../model/ui';
import type { Api } from './api';

const CHECK_DELAY_MS = 300;

export interface EditorDeps {
  api: Api;
  /** After a save, delete or external reload: the list and counts change. */
  refresh(): Promise<void>;
  navigate(hash: string): void;
  say(text: string): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createEditor(deps: EditorDeps) {
  const editor: Signal<EditorState | undefined> = signal(undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const patch = (p: Partial<EditorState>) => {
    if (editor.value) editor.value = { ...editor.value, ...p };
  };

  async function check() {
    const e = editor.value;
    if (!e) return;
    const mine = ++asked;
    const reply = await deps.api.call('POST /api/check', { key: e.key, ...(e.file ? { file: e.file } : {}), baseHash: e.baseHash, form: e.form });
    if (mine !== asked || editor.value?.key !== e.key) return;
    // "Kept as a draft" only once the server holds this very form: a change typed while the check was on its way
    // stays "checking" until its own check answers.
    const current = editor.value.form;
    const status = editor.value.status === 'saving' ? 'saving' : !same(current, e.form) ? 'checking' : !e.saved || !same(current, e.saved) ? 'dirty' : 'clean';
    patch({ problems: reply.problems, markdown: reply.markdown, status });
    if (!e.file) void deps.refresh();
  }

  const schedule = (delay = CHECK_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void check().catch((err: unknown) => deps.say(String((err as Error).message ?? err))), delay);
  };

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

  async function open(file: string) {
    const doc = await deps.api.call('POST /api/entry', { file });
    editor.value = fromDoc(doc);
    if (!editor.value.broken) schedule(0);
  }

  function openNew(key: string, type: 'sop' | 'template', existing?: EntryForm) {
    if (editor.value?.key === key) return;
    editor.value = { key, baseHash: null, form: existing ?? (type === 'sop' ? emptySop() : emptyTemplate()), problems: [], markdown: '', status: existing ? 'dirty' : 'clean', ...(existing ? { restored: true } : {}) };
    if (existing) schedule(0);
  }

  function change(form: EntryForm) {
    const e = editor.value;
    if (!e) return;
    // A new entry's id follows its title until the trainer writes one of their own.
    const follows = !e.file && (e.form.id === '' || e.form.id === slugify(e.form.title));
    const next = follows && form.title !== e.form.title && form.id === e.form.id ? { ...form, id: slugify(form.title) } : form;
    patch({ form: next, status: 'checking', note: undefined });
    schedule();
  }

  async function save(overwrite?: string | null) {
    const e = editor.value;
    if (!e) return;
    clearTimeout(timer);
    patch({ status: 'saving' });
    const reply = await deps.api.call('POST /api/save', { key: e.key, ...(e.file ? { file: e.file } : {}), baseHash: overwrite === undefined ? e.baseHash : overwrite, form: e.form });
    if (!reply.ok) {
      patch({ status: 'dirty', conflict: reply.conflict as EditorState['conflict'] });
      return;
    }
    editor.value = { ...e, key: reply.file, file: reply.file, baseHash: reply.hash, saved: e.form, status: 'clean', conflict: undefined, restored: false, note: reply.file };
    if (!e.file) deps.navigate(`#/entry/${reply.file}`);
    await deps.refresh();
    schedule(0);
  }

  async function discard() {
    const e = editor.value;
    if (!e) return;
    clearTimeout(timer);
    await deps.api.call('POST /api/discard', { key: e.key });
    if (e.file) await open(e.file);
    else {
      editor.value = undefined;
      deps.navigate('#/');
    }
    await deps.refresh();
  }

  async function remove() {
    const e = editor.value;
    if (!e?.file) return;
    const reply = await deps.api.call('POST /api/delete', { file: e.file, baseHash: e.broken?.hash ?? e.baseHash ?? '' });
    if (!reply.ok) return patch({ conflict: reply.conflict as EditorState['conflict'] });
    editor.value = undefined;
    deps.navigate('#/');
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
    if (e.status === 'clean' && !e.conflict) {
      await open(e.file);
      patch({ note: 'reloaded' });
      return;
    }
    const doc = await deps.api.call('POST /api/entry', { file: e.file });
    patch({ conflict: { hash: doc.hash, form: doc.form, markdown: doc.markdown } });
  }

  /** The trainer chose: their edit over what the file holds now, or the file as it is. */
  async function resolve(choice: 'mine' | 'theirs') {
    const e = editor.value;
    if (!e?.conflict) return;
    if (choice === 'mine') return save(e.conflict.hash);
    await deps.api.call('POST /api/discard', { key: e.key });
    if (e.conflict.hash && e.file) await open(e.file);
    else {
      editor.value = undefined;
      deps.navigate('#/');
    }
    await deps.refresh();
  }

  return { editor, open, openNew, change, save, discard, remove, onFolderChange, resolve, close: () => (editor.value = undefined) };
}

export type Editor = ReturnType<typeof createEditor>;
