import { batch, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { request } from '../messages';
import { DRAFT_VERSION, removeDraftUpTo, writeDraft, type NoteDraft } from '../store/notes-drafts';
import { notesChangedItem, type NotesChange } from '../store/notes-items';
import { mergeFields } from '../notes/merge';
import { sameFields, type InteractionRef, type Note, type NoteFields } from '../notes/model';
import type { SaveRequest, SaveResult } from '../notes/save';
import { emptyFields } from '../notes/template';
import { isStorageFull } from '../store/notes-db';

// The editor's session sits above both the notes' model (lib/notes) and their storage (lib/store), which reads
// that model: kept in lib/notes it tied the two folders in a loop.

/** How an editor reaches storage; the default goes through the background, tests pass their own. */
export interface NotesTransport {
  get(interactionId: string): Promise<Note | null>;
  save(req: SaveRequest): Promise<SaveResult>;
  /** Crash-safe copy of every change (extension storage, written at once). */
  writeDraft(draft: NoteDraft): Promise<void>;
  removeDraft(draft: Pick<NoteDraft, 'interactionId' | 'editorId' | 'seq'>): Promise<void>;
  /** Another editor stored a change (storage.onChanged). */
  watch(cb: (change: NotesChange) => void): () => void;
  /** Last chance as the page goes away: send without waiting for an answer. */
  beacon(req: SaveRequest): void;
}

export const backgroundTransport: NotesTransport = {
  get: (interactionId) => request('notes.get', { interactionId }),
  save: (req) => request('notes.save', req),
  writeDraft,
  removeDraft: removeDraftUpTo,
  watch: (cb) => notesChangedItem.watch((v) => v && cb(v)),
  beacon: (req) => {
    browser.runtime.sendMessage({ odigos: 'notes.save', payload: req }).catch(() => undefined);
  },
};

export type SaveState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';
export type SaveProblem = { kind: 'quota' | 'other'; message: string };
export type EditorNotice = 'conflict' | 'merged' | 'remote';

/** Autosave after this pause in typing (the promise to the agent is "within 500 ms"). */
export const AUTOSAVE_MS = 400;
const RETRY_MS = 5_000;

export interface NoteSessionOptions {
  lang: 'el' | 'en';
  transport?: NotesTransport;
  editorId?: string;
  /** Customer name from the CRM, prefilled into a new note. */
  customer?: string;
}

const problemOf = (err: unknown): SaveProblem => {
  const message = err instanceof Error ? err.message : String(err);
  return { kind: isStorageFull(err) ? 'quota' : 'other', message };
};

/**
 * One editor's state for one interaction: what the agent sees, what is stored, and the work that keeps the two
 * together without ever dropping a word. Every change is written to a crash-safe draft at once and saved after
 * a short pause with compare-and-set; another tab's change is merged in, a failed save keeps the text and retries.
 */
export function createNoteSession(ref: InteractionRef, options: NoteSessionOptions) {
  const transport = options.transport ?? backgroundTransport;
  const editorId = options.editorId ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const fields = signal<NoteFields>(emptyFields(options.lang, options.customer));
  const state = signal<SaveState>('loading');
  const problem = signal<SaveProblem | undefined>(undefined);
  const notice = signal<EditorNotice | undefined>(undefined);
  const savedAt = signal<number | undefined>(undefined);

  let base: NoteFields = fields.value;
  let baseVersion = 0;
  let seq = 0;
  let savedSeq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | undefined;
  let disposed = false;
  let pendingRemote: NotesChange | undefined;
  // Draft writes and removals run one after another, so a removal never races a newer draft.
  let drafts: Promise<void> = Promise.resolve();

  const current = (): SaveRequest => ({ ...ref, editorId, seq, baseVersion, base, fields: fields.value });
  /**
   * Show a failure. A full disk stays the named cause until a save succeeds: while it lasts, the browser's other
   * errors (a database it cannot reopen, a cache entry it cannot write) are the same trouble in other words.
   */
  const failed = (err: unknown) => {
    const next = problemOf(err);
    batch(() => {
      if (!(problem.value?.kind === 'quota' && next.kind === 'other')) problem.value = next;
      state.value = 'error';
    });
  };
  const queueDraft = (work: () => Promise<void>) => {
    drafts = drafts.then(work).catch(failed);
  };
  const writeDraftNow = () => {
    const draft: NoteDraft = { ...current(), v: DRAFT_VERSION, at: Date.now() };
    queueDraft(() => transport.writeDraft(draft));
  };

  function schedule(ms = AUTOSAVE_MS) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void save();
    }, ms);
  }

  async function load(): Promise<void> {
    try {
      const note = await transport.get(ref.interactionId);
      if (disposed) return;
      batch(() => {
        if (note) {
          base = note.fields;
          baseVersion = note.version;
          // Typing may have started while loading: keep it, merged over what is stored.
          fields.value = seq === 0 ? note.fields : mergeFields(emptyFields(options.lang, options.customer), note.fields, fields.value).fields;
          savedAt.value = note.updatedAt;
        }
        state.value = seq === savedSeq ? 'saved' : 'unsaved';
      });
      // The timeline may have created the note before the page named the customer: fill the field nobody
      // has typed in yet, as a new note would have it.
      if (note && !note.fields.customer && options.customer && note.fieldAt.customer <= note.createdAt && !fields.value.customer) {
        edit({ customer: options.customer });
        return;
      }
      if (seq !== savedSeq) schedule(0);
    } catch (err) {
      failed(err);
    }
  }

  function edit(patch: Partial<NoteFields>): void {
    batch(() => {
      fields.value = { ...fields.value, ...patch };
      seq++;
      if (state.value !== 'error') state.value = 'unsaved';
    });
    writeDraftNow();
    schedule();
  }

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (saving) return saving;
    if (seq === savedSeq || disposed) return;
    const sent = current();
    state.value = 'saving';
    saving = transport
      .save(sent)
      .then((res) => {
        if (disposed) return;
        batch(() => {
          base = res.note.fields;
          baseVersion = res.note.version;
          savedSeq = sent.seq;
          // Typed during the save: keep those words on top of what was stored.
          const next = seq === sent.seq ? res.note.fields : mergeFields(sent.fields, res.note.fields, fields.value).fields;
          if (!sameFields(next, fields.value)) fields.value = next;
          if (res.conflict) notice.value = 'conflict';
          else if (res.merged && notice.value !== 'conflict') notice.value = 'merged';
          problem.value = undefined;
          savedAt.value = res.note.updatedAt;
          state.value = seq === savedSeq ? 'saved' : 'unsaved';
        });
        // The draft is in the note now; a newer one is rewritten against the new base.
        if (seq === sent.seq) queueDraft(() => transport.removeDraft(sent));
        else writeDraftNow();
      })
      .catch((err) => {
        failed(err);
        schedule(RETRY_MS);
      })
      .finally(() => {
        saving = undefined;
        if (disposed) return;
        if (seq !== savedSeq && state.value !== 'error') schedule(0);
        const remote = pendingRemote;
        pendingRemote = undefined;
        if (remote) void onRemote(remote);
      });
    return saving;
  }

  /** Another editor stored this note: show it at once, or merge with our unsaved words by saving now. */
  async function onRemote(change: NotesChange): Promise<void> {
    const ours = change.interactionId === ref.interactionId || change.interactionId === '';
    if (!ours || !change.fieldsChanged || change.editorId === editorId || state.value === 'loading') return;
    if (change.interactionId && change.version <= baseVersion) return;
    if (saving) {
      // Look again once our own save is back (it may already include the other change, or not).
      pendingRemote = change;
      return;
    }
    if (seq !== savedSeq) {
      schedule(0);
      return;
    }
    const note = await transport.get(ref.interactionId);
    if (disposed || seq !== savedSeq || saving || !note || note.version <= baseVersion) return;
    batch(() => {
      base = note.fields;
      baseVersion = note.version;
      fields.value = note.fields;
      savedAt.value = note.updatedAt;
      notice.value = 'remote';
    });
  }
  const unwatch = transport.watch((c) => void onRemote(c));

  /** The page is going away: the draft is already stored; also hand the latest text to the background now. */
  function leave(): void {
    if (seq === savedSeq) return;
    transport.beacon(current());
  }

  async function dispose(): Promise<void> {
    await save().catch(() => undefined);
    disposed = true;
    clearTimeout(timer);
    unwatch();
  }

  const loaded = load();
  return {
    ref,
    editorId,
    fields,
    state,
    problem,
    notice,
    savedAt,
    edit,
    save,
    leave,
    /** Everything this editor holds as a save request (a new editor takes it over after an extension update). */
    toSave: current,
    dispose,
    dismissNotice: () => (notice.value = undefined),
    /** Resolves when the crash-safe copy of every change so far is in storage. */
    draftsWritten: () => drafts,
    /** Settled: loaded, and every change stored or failed. For tests and for closing views. */
    idle: async () => {
      await loaded;
      while (saving || (timer !== undefined && state.value !== 'error')) {
        await (saving ?? new Promise((r) => setTimeout(r, 10)));
      }
      await drafts;
    },
  };
}

export type NoteSession = ReturnType<typeof createNoteSession>;

/** Flush on pagehide and when the tab is hidden: the beacon first (sync), then a normal save. */
export function flushOnLeave(session: NoteSession, win: Window = window): () => void {
  const onHide = () => {
    session.leave();
    void session.save();
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') onHide();
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
