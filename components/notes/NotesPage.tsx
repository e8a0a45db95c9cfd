import { computed, signal, type Signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ImportSummary } from '@/lib/background/notes-service';
import { fill, uiLang } from '@/lib/i18n';
import { createNoteSession, type NoteSession, type NotesTransport } from '@/lib/note-editor/session';
import { exportCsv } from '@/lib/notes/csv';
import { exportJson, type NotesAuthor } from '@/lib/notes/export';
import { exportFileName } from '@/lib/notes/download';
import type { SaveOutcome } from '@/lib/notes/save-file';
import { sayTimeline } from '@/lib/notes/timeline-strings';
import { NOTE_STATUSES, isOverdue, type Note, type NoteStatus } from '@/lib/notes/model';
import { sayNotesPage, countNotesPage } from '@/lib/notes/page-strings';
import {
  buildNotesIndex,
  filterNotes,
  overdueNotes,
  recordedByAgent,
  searchNotes,
  sitesOf,
  vocabularyOf,
  type NoteFilters,
} from '@/lib/notes/search';
import { sayNotes } from '@/lib/notes/strings';
import { NotesEditor } from './NotesEditor';
import { NoteTimeline } from './NoteTimeline';
import { longDay, shortWhen } from '@/lib/notes/when';
import { failureOf, type NotesFailure } from '@/lib/failure';
import { SaidWithDetail } from '../failure-words';
import { FileChooser } from '../FileChooser';
import { TypedDate } from './TypedDate';
import { DeleteConfirm } from './DeleteConfirm';
import { errorText } from '@/knowledge/error-text';

/** Rendering thousands of rows costs more than it helps: show the best this many, and more on request. */
export const LIST_LIMIT = 50;
export const OVERDUE_LIMIT = 50;

/** A file the page makes for the agent: its name, bytes and type. */
export interface NotesFile {
  name: string;
  data: string | ArrayBuffer;
  type: string;
}

export interface NotesPageModel {
  /** Kept current by the page's entry (it reloads on every stored change). */
  notes: Signal<Note[]>;
  /** Every stored note, read at the moment of an export (the list may still be filling). */
  all(): Promise<Note[]>;
  now(): number;
  /** This machine's key for customer pseudonyms (masked exports). */
  pseudonymKey(): Promise<CryptoKey>;
  /** Who exports (agent id, display name): the JSON export carries it, so restoring it is known as the agent's own. */
  author(): Promise<NotesAuthor | undefined>;
  /** The export for aggregation (`odigos qc`): a file name, its bytes and how many tickets it holds. */
  qcExport(format: 'jsonl' | 'parquet', mask: boolean): Promise<NotesFile & { count: number }>;
  /**
   * Hands a made file to the agent (the page's entry: the browser's save dialog, else a download link; the view
   * touches no browser API) and answers what became of it; throws if it could not even try.
   */
  save(file: NotesFile): Promise<SaveOutcome>;
  /** Ports to the background (the page's entry wires them): import an export file's text, delete every note. */
  importJson(json: string): Promise<ImportSummary>;
  deleteAll(): Promise<void>;
  /** How the selected note's editor reaches storage. */
  transport: NotesTransport;
}

/** What the page holds while it is open: one per mount (a second page, or a test, starts afresh). */
function notesPageUi() {
  return {
    query: signal(''),
    filters: signal<NoteFilters>({}),
    selectedId: signal<string | undefined>(undefined),
    /**
     * The page's last message; `detail` is the background's English reason beneath a refusal (what the file gets
     * wrong). Its words are made at each drawing: made once, a message shown stayed in the old language after the
     * agent switched language in Options, under a page that followed.
     */
    message: signal<{ text: () => string; error?: boolean; detail?: string } | undefined>(undefined),
    confirming: signal(false),
    mask: signal(true),
    listLimit: signal(LIST_LIMIT),
    /** The tickets only read (no note written) are folded until the agent opens them; then the best LIST_LIMIT. */
    readOpen: signal(false),
    readLimit: signal(LIST_LIMIT),
  };
}
type NotesPageUi = ReturnType<typeof notesPageUi>;

const maskWith = async (model: NotesPageModel, mask: boolean) => (mask ? { mask: true, key: await model.pseudonymKey() } : { mask: false });

/** The start of the day after a day's start: the end of a range that includes it (a day is not always 24 h: DST). */
const dayAfter = (start: number | undefined) => {
  if (start === undefined) return undefined;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
};

/** A new search or filter starts again from the best LIST_LIMIT. */
const setFilter = (ui: NotesPageUi, patch: Partial<NoteFilters>) => {
  ui.listLimit.value = LIST_LIMIT;
  ui.readLimit.value = LIST_LIMIT;
  ui.filters.value = { ...ui.filters.value, ...patch };
};

/** The notes page: list with search and filters, overdue follow-ups, the selected note's editor and timeline, QC export. */
export function NotesPage({ model }: { model: NotesPageModel }) {
  const ui = useMemo(notesPageUi, []);
  const index = useMemo(() => computed(() => buildNotesIndex(model.notes.value)), [model]);
  const results = useMemo(
    () => computed(() => filterNotes(searchNotes(index.value, ui.query.value), ui.filters.value, model.now())),
    [model, ui],
  );
  // Which tickets hold a note the agent recorded: read once per change of the stored notes, not per render and list.
  const recorded = useMemo(() => computed(() => new Set(model.notes.value.filter(recordedByAgent).map((n) => n.interactionId))), [model]);
  const notes = model.notes.value;
  const shown = results.value;
  // Typo matching needs every distinct word: gather them while the agent has not typed yet.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    idle(() => vocabularyOf(index.value));
  }, [index.value]);
  const selected = notes.find((n) => n.interactionId === ui.selectedId.value);
  return (
    <main class="notes-page">
      <NotesHeader model={model} ui={ui} count={notes.length} written={recorded.value.size} />
      <OverdueSection overdue={overdueNotes(notes, model.now())} ui={ui} />
      <div class="notes-layout">
        <section class="notes-list" aria-labelledby="list-h">
          <h2 id="list-h" class="visually-hidden">
            {sayNotes('notes.title')}
          </h2>
          <NotesFilters notes={notes} ui={ui} />
          <NotesList shown={shown} recorded={recorded.value} model={model} ui={ui} />
        </section>
        <section class="notes-detail" aria-label={selected?.label ?? sayNotesPage('page.detail')}>
          {/* «Choose a note from the list» under a list that says there is none yet read as a fault. */}
          {selected ? <SelectedNote note={selected} transport={model.transport} /> : recorded.value.size > 0 && <p class="muted">{sayNotesPage('page.select')}</p>}
        </section>
      </div>
    </main>
  );
}

/** What «delete all» will delete, in the page's own words: the notes it lists and the tickets it folds. */
function deleteConfirmText(written: number, read: number): string {
  if (!written) return countNotesPage('page.deleteConfirmOnlyRead', read);
  const notes = countNotesPage('page.deleteConfirm', written);
  return read ? `${notes} ${countNotesPage('page.deleteConfirmRead', read)}` : notes;
}

/** The page's title, its export, import and delete tools, the delete confirmation and the last message. */
function NotesHeader({ model, ui, count, written }: { model: NotesPageModel; ui: NotesPageUi; count: number; written: number }) {
  const head = useRef<HTMLElement>(null);
  const onDeleteAll = async () => {
    ui.confirming.value = false;
    await model.deleteAll();
    ui.selectedId.value = undefined;
    ui.message.value = { text: () => sayNotesPage('page.deleted') };
    // «Delete all», disabled with nothing left, dropped the focus to <body>: it goes to the import, which brings a backup back.
    head.current?.querySelector<HTMLInputElement>('.file-chooser-input')?.focus();
  };
  return (
    <header class="notes-head" ref={head}>
      <div class="page-header">
        <span class="page-logo" aria-hidden="true">
          Ο
        </span>
        <h1>{sayNotesPage('page.title')}</h1>
      </div>
      <NotesTools model={model} ui={ui} count={count} />
      {ui.confirming.value && <DeleteConfirm id="confirm-text" text={deleteConfirmText(written, count - written)} onYes={() => void onDeleteAll()} onNo={() => (ui.confirming.value = false)} />}
      {ui.message.value && (
        <p role={ui.message.value.error ? 'alert' : 'status'} class="notes-message">
          <SaidWithDetail text={ui.message.value.text()} detail={ui.message.value.detail} detailClass="muted" />
        </p>
      )}
    </header>
  );
}

/** A refused import in the agent's language, from the failure the background sent. */
export function describeNotesFailure(f: NotesFailure): string {
  switch (f.code) {
    case 'notes.notJson':
      return sayNotesPage('page.importNotJson');
    case 'notes.notExport':
      return sayNotesPage('page.importNotExport');
    case 'notes.version':
      return fill(sayNotesPage('page.importVersion'), { version: f.version, supported: f.supported });
    case 'notes.field':
      return fill(sayNotesPage('page.importField'), { path: f.path });
  }
}

/** Import an export file's notes; the message says how many were added, updated and unchanged, or what is wrong. */
/** Whose the imported file was: the agent's own backup, a colleague's (named) or unsaid; QC counts notes by it. */
const whoseImport = (summary: ImportSummary) =>
  summary.from === 'own'
    ? sayNotesPage('page.importedOwn')
    : summary.from === 'other'
      ? fill(sayNotesPage('page.importedOther'), { agent: summary.agent ?? '' })
      : sayNotesPage('page.importedUnknown');

async function importFile(model: NotesPageModel, ui: NotesPageUi, file: File | undefined) {
  if (!file) return;
  try {
    const summary = await model.importJson(await file.text());
    // The list follows through the page's watch on stored changes.
    ui.message.value = {
      text: () =>
        `${fill(sayNotesPage('page.imported'), {
          added: countNotesPage('page.importedAdded', summary.added),
          updated: countNotesPage('page.importedUpdated', summary.updated),
          unchanged: countNotesPage('page.importedUnchanged', summary.unchanged),
        })} ${whoseImport(summary)}`,
    };
  } catch (err) {
    const reason = errorText(err);
    const failure = failureOf(err);
    // Said in the agent's language when the background said why as data; its English reason stays beneath.
    const text = () => (failure?.code.startsWith('notes.') ? describeNotesFailure(failure as NotesFailure) : sayNotesPage('page.importFailed'));
    ui.message.value = { text, detail: reason, error: true };
  }
}

/** What the page says of a file handed over: where it went, or that it was not saved and nothing is lost. */
function savedMessage(saved: SaveOutcome, count: number): NonNullable<NotesPageUi['message']['value']> {
  const tickets = () => countNotesPage('page.exportedTickets', count);
  switch (saved.how) {
    case 'written':
      return { text: () => fill(sayNotesPage('page.exported'), { file: saved.name, tickets: tickets() }) };
    case 'asked':
      return { text: () => fill(sayNotesPage('page.exportAsked'), { file: saved.name, tickets: tickets() }) };
    case 'cancelled':
      return { text: () => sayNotesPage('page.exportCancelled') };
    case 'unwritten':
      return { text: () => fill(sayNotesPage('page.exportUnwritten'), { file: saved.name }), detail: saved.reason, error: true };
  }
}

/**
 * Make an export and hand it to the agent, then say what happened: the file's name and how many tickets it holds,
 * or that the browser was only asked to save it, or that it was cancelled or not written, or that there was nothing
 * to export, or that it failed and why. It said «saved» after a download the browser had blocked.
 * The file is made before the save dialog opens: the dialog empties the file the agent picks, so a file that failed
 * to be made would have cost the agent the old one.
 */
async function exportFile(model: NotesPageModel, ui: NotesPageUi, make: () => Promise<(NotesFile & { count: number }) | undefined>) {
  ui.message.value = undefined;
  try {
    const file = await make();
    if (!file) {
      ui.message.value = { text: () => sayNotesPage('page.exportEmpty'), error: true };
      return;
    }
    ui.message.value = savedMessage(await model.save(file), file.count);
  } catch (err) {
    ui.message.value = { text: () => sayNotesPage('page.exportFailed'), detail: errorText(err), error: true };
  }
}

/** The notes as a file for people (CSV or JSON), undefined when there is no ticket to put in it. */
async function notesFile(model: NotesPageModel, ui: NotesPageUi, format: 'csv' | 'json') {
  const all = await model.all();
  if (!all.length) return undefined;
  const mask = await maskWith(model, ui.mask.value);
  return format === 'csv'
    ? { name: exportFileName('csv'), data: await exportCsv(all, mask), type: 'text/csv;charset=utf-8', count: all.length }
    : { name: exportFileName('json'), data: await exportJson(all, { ...mask, author: await model.author() }), type: 'application/json', count: all.length };
}

/** The QC team's file, undefined when it would hold no ticket. */
async function qcFile(model: NotesPageModel, ui: NotesPageUi, format: 'jsonl' | 'parquet') {
  const file = await model.qcExport(format, ui.mask.value);
  return file.count ? file : undefined;
}

/** Exports (masked or not, for people or for QC aggregation), import, and deleting every note. */
function NotesTools({ model, ui, count }: { model: NotesPageModel; ui: NotesPageUi; count: number }) {
  return (
    <div class="notes-tools" role="group" aria-label={sayNotesPage('page.export')}>
      <label>
        <input type="checkbox" checked={ui.mask.value} onChange={(e) => (ui.mask.value = e.currentTarget.checked)} />
        {sayNotesPage('page.mask')}
      </label>
      <button type="button" onClick={() => void exportFile(model, ui, () => notesFile(model, ui, 'csv'))}>
        {sayNotesPage('page.exportCsv')}
      </button>
      <button type="button" onClick={() => void exportFile(model, ui, () => notesFile(model, ui, 'json'))}>
        {sayNotesPage('page.exportJson')}
      </button>
      <button type="button" data-qc-export="jsonl" title={sayTimeline('qc.exportHelp')} onClick={() => void exportFile(model, ui, () => qcFile(model, ui, 'jsonl'))}>
        {sayTimeline('qc.exportJsonl')}
      </button>
      <button type="button" data-qc-export="parquet" title={sayTimeline('qc.exportHelp')} onClick={() => void exportFile(model, ui, () => qcFile(model, ui, 'parquet'))}>
        {sayTimeline('qc.exportParquet')}
      </button>
      <FileChooser label={sayNotesPage('page.import')} accept="application/json,.json" onChoose={(input) => void importFile(model, ui, input.files?.[0])} />
      <button type="button" class="danger" onClick={() => (ui.confirming.value = true)} disabled={!count}>
        {sayNotesPage('page.deleteAll')}
      </button>
    </div>
  );
}

/** Follow-ups whose time has passed, each a way to its note and its ticket. */
function OverdueSection({ overdue, ui }: { overdue: Note[]; ui: NotesPageUi }) {
  return (
    <section class="notes-overdue" aria-labelledby="overdue-h">
      <h2 id="overdue-h">
        {sayNotesPage('page.overdue')} ({overdue.length})
      </h2>
      {overdue.length === 0 ? (
        <p class="muted">{sayNotesPage('page.noOverdue')}</p>
      ) : (
        <ul>
          {overdue.slice(0, OVERDUE_LIMIT).map((n) => (
            <li>
              <button type="button" class="linkish" onClick={() => (ui.selectedId.value = n.interactionId)}>
                {n.label || n.url}
              </button>{' '}
              <time dateTime={new Date(n.fields.followUpAt!).toISOString()}>{shortWhen(n.fields.followUpAt!)}</time>{' '}
              <a href={n.url} target="_blank" rel="noopener">
                {sayNotesPage('page.openTicket')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Search, site, status and date range over the notes. */
function NotesFilters({ notes, ui }: { notes: Note[]; ui: NotesPageUi }) {
  return (
    <div class="notes-filters">
      <input
        type="search"
        aria-label={sayNotesPage('page.search')}
        placeholder={sayNotesPage('page.search')}
        value={ui.query.value}
        onInput={(e) => {
          ui.listLimit.value = LIST_LIMIT;
          ui.query.value = e.currentTarget.value;
        }}
      />
      <label>
        {sayNotesPage('page.site')}
        <select value={ui.filters.value.site ?? ''} onChange={(e) => setFilter(ui, { site: e.currentTarget.value || undefined })}>
          <option value="">{sayNotesPage('page.allSites')}</option>
          {sitesOf(notes).map((s) => (
            <option value={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        {sayNotes('notes.status')}
        <select
          value={ui.filters.value.status ?? ''}
          onChange={(e) => setFilter(ui, { status: (e.currentTarget.value || undefined) as NoteStatus | undefined })}
        >
          <option value="">{sayNotesPage('page.allStatuses')}</option>
          {NOTE_STATUSES.map((s) => (
            <option value={s}>{sayNotes(`notes.status.${s}`)}</option>
          ))}
        </select>
      </label>
      <DayFilter label={sayNotesPage('page.from')} id="notes-from-day" day={ui.filters.value.from} onDay={(from) => setFilter(ui, { from })} />
      <DayFilter
        label={sayNotesPage('page.to')}
        id="notes-to-day"
        day={ui.filters.value.to === undefined ? undefined : ui.filters.value.to - 1}
        onDay={(v) => setFilter(ui, { to: dayAfter(v) })}
      />
    </div>
  );
}

/** A day of the range, typed day first (TypedDate), and said beside it in the agent's words. */
function DayFilter({ label, id, day, onDay }: { label: string; id: string; day: number | undefined; onDay(value: number | undefined): void }) {
  // One group: the day's words stay beside their own field when the filters wrap.
  return (
    <div class="notes-range-day">
      <TypedDate label={label} value={day ?? null} saidBy={id} wrongId={`${id}-wrong`} onValue={(ms) => onDay(ms ?? undefined)} />
      {day !== undefined && (
        <time id={id} class="notes-day" dateTime={new Date(day).toISOString()}>
          {longDay(day)}
        </time>
      )}
    </div>
  );
}

/**
 * The matching notes, the best LIST_LIMIT at a time, with their count. Tickets Odigos only read (a record kept
 * for QC, nothing the agent wrote or did: see recordedByAgent) are not notes: they are folded under their count,
 * at hand to open and write in.
 */
function NotesList({ shown, recorded, model, ui }: { shown: Note[]; recorded: ReadonlySet<string>; model: NotesPageModel; ui: NotesPageUi }) {
  const written = shown.filter((n) => recorded.has(n.interactionId));
  const read = shown.filter((n) => !recorded.has(n.interactionId));
  return (
    <>
      {/* None: the words that say so, not «0 σημειώσεις» above them as well. */}
      <p class="muted" role="status">
        {written.length ? countNotesPage('page.count', written.length) : sayNotesPage(recorded.size ? 'page.empty' : 'page.none')}
      </p>
      {written.length > 0 && <NoteRows notes={written} limit={ui.listLimit} model={model} ui={ui} />}
      {read.length > 0 && (
        <details class="notes-read" open={ui.readOpen.value} onToggle={(e) => (ui.readOpen.value = (e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{countNotesPage('page.readOnly', read.length)}</summary>
          {/* Drawn only when unfolded: every ticket read leaves one, thousands in a few months. */}
          {ui.readOpen.value && <NoteRows notes={read} limit={ui.readLimit} model={model} ui={ui} />}
        </details>
      )}
    </>
  );
}

/** Rows of notes, `limit` at a time, with a button for more. */
function NoteRows({ notes, limit, model, ui }: { notes: Note[]; limit: Signal<number>; model: NotesPageModel; ui: NotesPageUi }) {
  return (
    <>
      <ul class="notes-items">
        {notes.slice(0, limit.value).map((n) => (
          <li>
            <button
              type="button"
              class="notes-item"
              aria-current={n.interactionId === ui.selectedId.value ? 'true' : undefined}
              onClick={() => (ui.selectedId.value = n.interactionId)}
            >
              <strong>{n.label || n.url}</strong>
              <span class="muted notes-when">
                {' '}
                {sayNotes(`notes.status.${n.fields.status}`)} · {shortWhen(n.updatedAt)}
                {isOverdue(n, model.now()) ? ' · ⏰' : ''}
              </span>
              {/* The label names the customer already, unless the agent wrote another name in the note. */}
              {n.fields.customer && !n.label.includes(n.fields.customer) && <span class="notes-snippet">{n.fields.customer}</span>}
            </button>
          </li>
        ))}
      </ul>
      {notes.length > limit.value && (
        <button type="button" onClick={() => (limit.value += LIST_LIMIT)}>
          {sayNotesPage('page.more')}
        </button>
      )}
    </>
  );
}

function SelectedNote({ note, transport }: { note: Note; transport: NotesTransport }) {
  const session = useMemo<NoteSession>(
    () => createNoteSession({ interactionId: note.interactionId, url: note.url, label: note.label }, { lang: uiLang.value, transport }),
    [note.interactionId],
  );
  useEffect(() => () => void session.dispose(), [session]);
  return (
    <>
      <p>
        <a href={note.url} target="_blank" rel="noopener">
          {sayNotesPage('page.openTicket')}
        </a>{' '}
        <span class="muted">{note.site}</span>
      </p>
      <NotesEditor session={session} idPrefix="notes-page" />
      <NoteTimeline note={note} />
    </>
  );
}

