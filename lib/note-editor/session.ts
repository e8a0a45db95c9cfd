import { batch, signal } from '@preact/signals';
import { DRAFT_VERSION, type NoteDraft } from '../notes/draft';
import type { NotesChange } from '../store/notes-items';
import { mergeFields } from '../notes/merge';
import { sameFields, type InteractionRef, type NoteFields } from '../notes/model';
import type { SaveRequest, SaveResult } from '../notes/save';
import type { ShownNote } from '../notes/kept';
import { emptyFields } from '../notes/template';
import { isStorageFull } from '../storage-full';
import { errorText } from '@/knowledge/error-text';
import { failureOf } from '../failure';

// The editor's session sits above both the notes' model (lib/notes) and their storage (lib/store), which reads
// that model: kept in lib/notes it tied the two folders in a loop.

/**
 * How an editor reaches storage: the extension's documents pass backgroundTransport (background-transport.ts),
 * tests their own. Views create sessions, so the session never reaches the browser itself.
 */
export interface NotesTransport {
  /** The note, or, while the notes database will not open, its kept copy marked `unstored` (lib/notes/kept.ts). */
  get(interactionId: string): Promise<ShownNote | null>;
  save(req: SaveRequest): Promise<SaveResult>;
  /** Crash-safe copy of every change (extension storage, written at once). */
  writeDraft(draft: NoteDraft): Promise<void>;
  removeDraft(draft: Pick<NoteDraft, 'interactionId' | 'editorId' | 'seq'>): Promise<void>;
  /** Another editor stored a change (storage.onChanged). */
  watch(cb: (change: NotesChange) => void): () => void;
  /** Last chance as the page goes away: send without waiting for an answer. */
  beacon(req: SaveRequest): void;
}

export type SaveState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';
/**
 * Why a save or load failed: a full disk, the notes storage the browser will not open (`storage`, with whether a
 * browser restart was already tried: lib/store/storage-trouble.ts), or another refusal.
 */
export type SaveProblem = { kind: 'quota' | 'storage' | 'noAnswer' | 'other'; message: string; restartTried?: boolean; kept?: boolean };
export type EditorNotice = 'conflict' | 'merged' | 'remote';

/**
 * A note asked for and not answered in this long is asked for again, and the agent is told why it still loads: a
 * message lost on the way or a background busy or restarting must not leave the notes at «Φόρτωση…» for ever.
 */
export const LOAD_ASK_AGAIN_MS = 10_000;

/** Autosave after this pause in typing (the promise to the agent is "within 500 ms"). */
export const AUTOSAVE_MS = 400;
const RETRY_MS = 5_000;

export interface NoteSessionOptions {
  lang: 'el' | 'en';
  transport: NotesTransport;
  editorId?: string;
  /** Customer name from the CRM, prefilled into a new note. */
  customer?: string;
}

const problemOf = (err: unknown): SaveProblem => {
  const message = errorText(err);
  const failure = failureOf(err);
  if (failure?.code === 'notes.storageFailed') return { kind: 'storage', message, ...(failure.restartTried ? { restartTried: true } : {}) };
  return { kind: isStorageFull(err) ? 'quota' : 'other', message };
};

/** A note shown from its kept copy (the notes storage will not open): what the editor says before any save. */
const keptProblem = (f: NonNullable<ShownNote['unstored']>): SaveProblem => ({
  kind: 'storage',
  message: 'the notes storage cannot be opened: this is the last saved copy',
  kept: true,
  ...(f.restartTried ? { restartTried: true } : {}),
});

/** What the agent sees of the note, as signals the editor views read. */
function noteSignals(options: NoteSessionOptions) {
  return {
    fields: signal<NoteFields>(emptyFields(options.lang, options.customer)),
    state: signal<SaveState>('loading'),
    problem: signal<SaveProblem | undefined>(undefined),
    notice: signal<EditorNotice | undefined>(undefined),
    savedAt: signal<number | undefined>(undefined),
  };
}

/** One editor's session as its parts share it: what is shown, what is stored, and the work in flight. */
interface NoteCtx {
  ref: InteractionRef;
  options: NoteSessionOptions;
  transport: NotesTransport;
  editorId: string;
  ui: ReturnType<typeof noteSignals>;
  /** The stored fields and version the next save is based on. */
  base: NoteFields;
  baseVersion: number;
  /** Changes made (seq) and the last one stored (savedSeq). */
  seq: number;
  savedSeq: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  saving: Promise<void> | undefined;
  disposed: boolean;
  pendingRemote: NotesChange | undefined;
  /** Draft writes and removals run one after another, so a removal never races a newer draft. */
  drafts: Promise<void>;
  /**
   * The newest draft not yet handed to storage. Keystrokes come faster than a loaded machine writes: a write per
   * keystroke queued behind the last left the newest words waiting in this page, and a tab closed then lost them.
   * One queued write takes whatever is newest when its turn comes.
   */
  draftWanted: NoteDraft | undefined;
}

const currentRequest = (c: NoteCtx): SaveRequest => ({
  ...c.ref,
  editorId: c.editorId,
  seq: c.seq,
  baseVersion: c.baseVersion,
  base: c.base,
  fields: c.ui.fields.value,
});

/**
 * Show a failure. A full disk stays the named cause until a save succeeds: while it lasts, the browser's other
 * errors (a database it cannot reopen, a cache entry it cannot write) are the same trouble in other words.
 */
function showFailure(c: NoteCtx, err: unknown): void {
  const next = problemOf(err);
  batch(() => {
    // A named cause (full disk, storage refused) is not replaced by a vaguer refusal of the same trouble.
    const named = c.ui.problem.value && c.ui.problem.value.kind !== 'other' && c.ui.problem.value.kind !== 'noAnswer';
    if (!(named && next.kind === 'other')) c.ui.problem.value = next;
    c.ui.state.value = 'error';
  });
}

function queueDraft(c: NoteCtx, work: () => Promise<void>): void {
  c.drafts = c.drafts.then(work).catch((err) => showFailure(c, err));
}

function writeDraftNow(c: NoteCtx): void {
  const queued = c.draftWanted !== undefined;
  c.draftWanted = { ...currentRequest(c), v: DRAFT_VERSION, at: Date.now() };
  if (queued) return;
  queueDraft(c, () => {
    const draft = c.draftWanted;
    c.draftWanted = undefined;
    return draft ? c.transport.writeDraft(draft) : Promise.resolve();
  });
}

/**
 * The page is going away: the newest draft goes to storage now, not behind the write in flight (the page may be
 * gone before that one is answered). Storage applies writes in the order they were made, so it lands after it.
 */
function writeWantedDraftAtOnce(c: NoteCtx): void {
  const draft = c.draftWanted;
  if (draft) c.transport.writeDraft(draft).catch((err) => showFailure(c, err));
}

function scheduleSave(c: NoteCtx, ms = AUTOSAVE_MS): void {
  clearTimeout(c.timer);
  c.timer = setTimeout(() => {
    c.timer = undefined;
    void saveNote(c);
  }, ms);
}

/** The note, asked for again every LOAD_ASK_AGAIN_MS while unanswered; the first answer counts (a get only reads). */
function askForNote(c: NoteCtx): Promise<ShownNote | null> {
  return new Promise((ok, fail) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle =
      <T>(done: (v: T) => void) =>
      (v: T) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        done(v);
      };
    const ask = () => {
      c.transport.get(c.ref.interactionId).then(settle(ok), settle(fail));
      timer = setTimeout(() => {
        if (settled || c.disposed) return;
        c.ui.problem.value = { kind: 'noAnswer', message: 'the notes did not answer: asked again' };
        ask();
      }, LOAD_ASK_AGAIN_MS);
    };
    ask();
  });
}

async function loadNote(c: NoteCtx): Promise<void> {
  const { ui, options } = c;
  try {
    const note = await askForNote(c);
    if (c.disposed) return;
    batch(() => {
      if (ui.problem.value?.kind === 'noAnswer') ui.problem.value = undefined;
      if (note) {
        c.base = note.fields;
        c.baseVersion = note.version;
        // Typing may have started while loading: keep it, merged over what is stored.
        ui.fields.value = c.seq === 0 ? note.fields : mergeFields(emptyFields(options.lang, options.customer), note.fields, ui.fields.value).fields;
        ui.savedAt.value = note.updatedAt;
      }
      ui.state.value = c.seq === c.savedSeq ? 'saved' : 'unsaved';
      // The last saved copy, read while the storage will not open: said from the start (`kept`), not as «Saved».
      if (note?.unstored && !ui.problem.value) ui.problem.value = keptProblem(note.unstored);
    });
    // The timeline may have created the note before the page named the customer: fill the field nobody
    // has typed in yet, as a new note would have it.
    if (note && !note.fields.customer && options.customer && note.fieldAt.customer <= note.createdAt && !ui.fields.value.customer) {
      editNote(c, { customer: options.customer });
      return;
    }
    if (c.seq !== c.savedSeq) scheduleSave(c, 0);
  } catch (err) {
    showFailure(c, err);
  }
}

function editNote(c: NoteCtx, patch: Partial<NoteFields>): void {
  batch(() => {
    c.ui.fields.value = { ...c.ui.fields.value, ...patch };
    c.seq++;
    if (c.ui.state.value !== 'error') c.ui.state.value = 'unsaved';
  });
  writeDraftNow(c);
  scheduleSave(c);
}

/** A save came back: the stored note is the new base; words typed meanwhile stay on top of it. */
function applySaved(c: NoteCtx, sent: SaveRequest, res: SaveResult): void {
  const { ui } = c;
  batch(() => {
    c.base = res.note.fields;
    c.baseVersion = res.note.version;
    c.savedSeq = sent.seq;
    // Typed during the save: keep those words on top of what was stored.
    const next = c.seq === sent.seq ? res.note.fields : mergeFields(sent.fields, res.note.fields, ui.fields.value).fields;
    if (!sameFields(next, ui.fields.value)) ui.fields.value = next;
    if (res.conflict) ui.notice.value = 'conflict';
    else if (res.merged && ui.notice.value !== 'conflict') ui.notice.value = 'merged';
    ui.problem.value = undefined;
    ui.savedAt.value = res.note.updatedAt;
    ui.state.value = c.seq === c.savedSeq ? 'saved' : 'unsaved';
  });
  // The draft is in the note now; a newer one is rewritten against the new base.
  if (c.seq === sent.seq) queueDraft(c, () => c.transport.removeDraft(sent));
  else writeDraftNow(c);
}

async function saveNote(c: NoteCtx): Promise<void> {
  clearTimeout(c.timer);
  c.timer = undefined;
  if (c.saving) return c.saving;
  if (c.seq === c.savedSeq || c.disposed) return;
  const sent = currentRequest(c);
  c.ui.state.value = 'saving';
  c.saving = c.transport
    .save(sent)
    .then((res) => {
      if (!c.disposed) applySaved(c, sent, res);
    })
    .catch((err) => {
      showFailure(c, err);
      scheduleSave(c, RETRY_MS);
    })
    .finally(() => {
      c.saving = undefined;
      if (c.disposed) return;
      if (c.seq !== c.savedSeq && c.ui.state.value !== 'error') scheduleSave(c, 0);
      const remote = c.pendingRemote;
      c.pendingRemote = undefined;
      if (remote) void onRemote(c, remote);
    });
  return c.saving;
}

/** Another editor stored this note: show it at once, or merge with our unsaved words by saving now. */
async function onRemote(c: NoteCtx, change: NotesChange): Promise<void> {
  const ours = change.interactionId === c.ref.interactionId || change.interactionId === '';
  if (!ours || !change.fieldsChanged || change.editorId === c.editorId || c.ui.state.value === 'loading') return;
  if (change.interactionId && change.version <= c.baseVersion) return;
  if (c.saving) {
    // Look again once our own save is back (it may already include the other change, or not).
    c.pendingRemote = change;
    return;
  }
  if (c.seq !== c.savedSeq) {
    scheduleSave(c, 0);
    return;
  }
  const note = await c.transport.get(c.ref.interactionId);
  if (c.disposed || c.seq !== c.savedSeq || c.saving || !note || note.version <= c.baseVersion) return;
  batch(() => {
    c.base = note.fields;
    c.baseVersion = note.version;
    c.ui.fields.value = note.fields;
    c.ui.savedAt.value = note.updatedAt;
    c.ui.notice.value = 'remote';
  });
}

/**
 * One editor's state for one interaction: what the agent sees, what is stored, and the work that keeps the two
 * together without ever dropping a word. Every change is written to a crash-safe draft at once and saved after
 * a short pause with compare-and-set; another tab's change is merged in, a failed save keeps the text and retries.
 */
export function createNoteSession(ref: InteractionRef, options: NoteSessionOptions) {
  const ui = noteSignals(options);
  const c: NoteCtx = {
    ref,
    options,
    transport: options.transport,
    editorId: options.editorId ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    ui,
    base: ui.fields.value,
    baseVersion: 0,
    seq: 0,
    savedSeq: 0,
    timer: undefined,
    saving: undefined,
    disposed: false,
    pendingRemote: undefined,
    drafts: Promise.resolve(),
    draftWanted: undefined,
  };
  const unwatch = c.transport.watch((change) => void onRemote(c, change));
  const save = () => saveNote(c);
  const loaded = loadNote(c);
  return {
    ref,
    editorId: c.editorId,
    ...ui,
    edit: (patch: Partial<NoteFields>) => editNote(c, patch),
    save,
    /** The page is going away: the draft is already stored; also hand the latest text to the background now. */
    leave: () => {
      writeWantedDraftAtOnce(c);
      if (c.seq !== c.savedSeq) c.transport.beacon(currentRequest(c));
    },
    /** Everything this editor holds as a save request (a new editor takes it over after an extension update). */
    toSave: () => currentRequest(c),
    dispose: async () => {
      await save().catch(() => undefined);
      c.disposed = true;
      clearTimeout(c.timer);
      unwatch();
    },
    dismissNotice: () => (ui.notice.value = undefined),
    /** Resolves when the crash-safe copy of every change so far is in storage. */
    draftsWritten: () => c.drafts,
    /** Settled: loaded, and every change stored or failed. For tests and for closing views. */
    idle: async () => {
      await loaded;
      while (c.saving || (c.timer !== undefined && ui.state.value !== 'error')) {
        await (c.saving ?? new Promise((r) => setTimeout(r, 10)));
      }
      await c.drafts;
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
