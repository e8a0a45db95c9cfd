import { computed, signal, type Signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { ImportSummary } from '@/lib/background/notes-service';
import { fill, uiLang } from '@/lib/i18n';
import { createNoteSession, type NoteSession, type NotesTransport } from '@/lib/note-editor/session';
import { exportCsv } from '@/lib/notes/csv';
import { exportJson } from '@/lib/notes/export';
import { exportFileName } from '@/lib/notes/download';
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
import { shortWhen } from '@/lib/notes/when';
import { failureOf, type NotesFailure } from '@/lib/failure';
import { SaidWithDetail } from '../failure-words';

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
  /** The export for aggregation (`odigos qc`): a file name and its bytes. */
  qcExport(format: 'jsonl' | 'parquet', mask: boolean): Promise<NotesFile>;
  /** Hands a made file to the agent (the page's entry saves it as a download; the view touches no browser API). */
  save(file: NotesFile): void;
  /** Ports to the background (the page's entry wires them): import an export file's text, delete every note. */
  importJson(json: string): Promise<ImportSummary>;
  deleteAll(): Promise<void>;
  /** How the selected note's editor reaches storage. */
  transport: NotesTransport;
}

const query = signal('');
const filters = signal<NoteFilters>({});
const selectedId = signal<string | undefined>(undefined);
/** The page's last message; `detail` is the background's English reason beneath a refusal (what the file gets wrong). */
const message = signal<{ text: string; error?: boolean; detail?: string } | undefined>(undefined);
const confirming = signal(false);
const mask = signal(true);
const listLimit = signal(LIST_LIMIT);
/** The tickets only read (no note written) are folded until the agent opens them; then the best LIST_LIMIT. */
const readOpen = signal(false);
const readLimit = signal(LIST_LIMIT);

const maskWith = async (model: NotesPageModel) => (mask.value ? { mask: true, key: await model.pseudonymKey() } : { mask: false });

const dayStart = (value: string) => (value ? new Date(`${value}T00:00`).getTime() : undefined);

/** A new search or filter starts again from the best LIST_LIMIT. */
const setFilter = (patch: Partial<NoteFilters>) => {
  listLimit.value = LIST_LIMIT;
  readLimit.value = LIST_LIMIT;
  filters.value = { ...filters.value, ...patch };
};

/** The notes page: list with search and filters, overdue follow-ups, the selected note's editor and timeline, QC export. */
export function NotesPage({ model }: { model: NotesPageModel }) {
  const index = useMemo(() => computed(() => buildNotesIndex(model.notes.value)), [model]);
  const results = useMemo(
    () => computed(() => filterNotes(searchNotes(index.value, query.value), filters.value, model.now())),
    [model],
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
  const selected = notes.find((n) => n.interactionId === selectedId.value);
  return (
    <main class="notes-page">
      <NotesHeader model={model} count={notes.length} written={recorded.value.size} />
      <OverdueSection overdue={overdueNotes(notes, model.now())} />
      <div class="notes-layout">
        <section class="notes-list" aria-labelledby="list-h">
          <h2 id="list-h" class="visually-hidden">
            {sayNotes('notes.title')}
          </h2>
          <NotesFilters notes={notes} />
          <NotesList shown={shown} recorded={recorded.value} model={model} />
        </section>
        <section class="notes-detail" aria-label={selected?.label ?? sayNotesPage('page.detail')}>
          {selected ? <SelectedNote note={selected} transport={model.transport} /> : <p class="muted">{sayNotesPage('page.select')}</p>}
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
function NotesHeader({ model, count, written }: { model: NotesPageModel; count: number; written: number }) {
  const onDeleteAll = async () => {
    confirming.value = false;
    await model.deleteAll();
    selectedId.value = undefined;
    message.value = { text: sayNotesPage('page.deleted') };
  };
  return (
    <header class="notes-head">
      <div class="page-header">
        <span class="page-logo" aria-hidden="true">
          Ο
        </span>
        <h1>{sayNotesPage('page.title')}</h1>
      </div>
      <NotesTools model={model} count={count} />
      {confirming.value && (
        <div role="alertdialog" aria-labelledby="confirm-text" class="notes-confirm">
          <p id="confirm-text">{deleteConfirmText(written, count - written)}</p>
          <button type="button" class="danger" onClick={() => void onDeleteAll()}>
            {sayNotesPage('page.deleteYes')}
          </button>
          <button type="button" onClick={() => (confirming.value = false)}>
            {sayNotesPage('page.cancel')}
          </button>
        </div>
      )}
      {message.value && (
        <p role={message.value.error ? 'alert' : 'status'} class="notes-message">
          <SaidWithDetail text={message.value.text} detail={message.value.detail} detailClass="muted" />
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
async function importFile(model: NotesPageModel, file: File | undefined) {
  if (!file) return;
  try {
    const summary = await model.importJson(await file.text());
    // The list follows through the page's watch on stored changes.
    message.value = {
      text: fill(sayNotesPage('page.imported'), {
        added: countNotesPage('page.importedAdded', summary.added),
        updated: countNotesPage('page.importedUpdated', summary.updated),
        unchanged: countNotesPage('page.importedUnchanged', summary.unchanged),
      }),
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const failure = failureOf(err);
    // Said in the agent's language when the background said why as data; its English reason stays beneath.
    const text = failure?.code.startsWith('notes.') ? describeNotesFailure(failure as NotesFailure) : sayNotesPage('page.importFailed');
    message.value = { text, detail: reason, error: true };
  }
}

/** Exports (masked or not, for people or for QC aggregation), import, and deleting every note. */
function NotesTools({ model, count }: { model: NotesPageModel; count: number }) {
  return (
    <div class="notes-tools" role="group" aria-label={sayNotesPage('page.export')}>
      <label>
        <input type="checkbox" checked={mask.value} onChange={(e) => (mask.value = e.currentTarget.checked)} />
        {sayNotesPage('page.mask')}
      </label>
      <button type="button" onClick={async () => model.save({ name: exportFileName('csv'), data: await exportCsv(await model.all(), await maskWith(model)), type: 'text/csv;charset=utf-8' })}>
        {sayNotesPage('page.exportCsv')}
      </button>
      <button type="button" onClick={async () => model.save({ name: exportFileName('json'), data: await exportJson(await model.all(), await maskWith(model)), type: 'application/json' })}>
        {sayNotesPage('page.exportJson')}
      </button>
      <button type="button" data-qc-export="jsonl" title={sayTimeline('qc.exportHelp')} onClick={async () => model.save(await model.qcExport('jsonl', mask.value))}>
        {sayTimeline('qc.exportJsonl')}
      </button>
      <button type="button" data-qc-export="parquet" title={sayTimeline('qc.exportHelp')} onClick={async () => model.save(await model.qcExport('parquet', mask.value))}>
        {sayTimeline('qc.exportParquet')}
      </button>
      <label class="notes-import">
        {sayNotesPage('page.import')}
        <input type="file" accept="application/json,.json" onChange={(e) => void importFile(model, e.currentTarget.files?.[0])} />
      </label>
      <button type="button" class="danger" onClick={() => (confirming.value = true)} disabled={!count}>
        {sayNotesPage('page.deleteAll')}
      </button>
    </div>
  );
}

/** Follow-ups whose time has passed, each a way to its note and its ticket. */
function OverdueSection({ overdue }: { overdue: Note[] }) {
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
              <button type="button" class="linkish" onClick={() => (selectedId.value = n.interactionId)}>
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
function NotesFilters({ notes }: { notes: Note[] }) {
  return (
    <div class="notes-filters">
      <input
        type="search"
        aria-label={sayNotesPage('page.search')}
        placeholder={sayNotesPage('page.search')}
        value={query.value}
        onInput={(e) => {
          listLimit.value = LIST_LIMIT;
          query.value = e.currentTarget.value;
        }}
      />
      <label>
        {sayNotesPage('page.site')}
        <select value={filters.value.site ?? ''} onChange={(e) => setFilter({ site: e.currentTarget.value || undefined })}>
          <option value="">{sayNotesPage('page.allSites')}</option>
          {sitesOf(notes).map((s) => (
            <option value={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        {sayNotes('notes.status')}
        <select
          value={filters.value.status ?? ''}
          onChange={(e) => setFilter({ status: (e.currentTarget.value || undefined) as NoteStatus | undefined })}
        >
          <option value="">{sayNotesPage('page.allStatuses')}</option>
          {NOTE_STATUSES.map((s) => (
            <option value={s}>{sayNotes(`notes.status.${s}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {sayNotesPage('page.from')}
        <input type="date" onChange={(e) => setFilter({ from: dayStart(e.currentTarget.value) })} />
      </label>
      <label>
        {sayNotesPage('page.to')}
        <input
          type="date"
          onChange={(e) => {
            const start = dayStart(e.currentTarget.value);
            setFilter({ to: start === undefined ? undefined : start + 86_400_000 });
          }}
        />
      </label>
    </div>
  );
}

/**
 * The matching notes, the best LIST_LIMIT at a time, with their count. Tickets Odigos only read (a record kept
 * for QC, nothing the agent wrote or did: see recordedByAgent) are not notes: they are folded under their count,
 * at hand to open and write in.
 */
function NotesList({ shown, recorded, model }: { shown: Note[]; recorded: ReadonlySet<string>; model: NotesPageModel }) {
  const written = shown.filter((n) => recorded.has(n.interactionId));
  const read = shown.filter((n) => !recorded.has(n.interactionId));
  return (
    <>
      <p class="muted" role="status">
        {countNotesPage('page.count', written.length)}
      </p>
      {written.length === 0 ? (
        <p class="muted">{sayNotesPage('page.empty')}</p>
      ) : (
        <NoteRows notes={written} limit={listLimit} model={model} />
      )}
      {read.length > 0 && (
        <details class="notes-read" open={readOpen.value} onToggle={(e) => (readOpen.value = (e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{countNotesPage('page.readOnly', read.length)}</summary>
          {/* Drawn only when unfolded: every ticket read leaves one, thousands in a few months. */}
          {readOpen.value && <NoteRows notes={read} limit={readLimit} model={model} />}
        </details>
      )}
    </>
  );
}

/** Rows of notes, `limit` at a time, with a button for more. */
function NoteRows({ notes, limit, model }: { notes: Note[]; limit: Signal<number>; model: NotesPageModel }) {
  return (
    <>
      <ul class="notes-items">
        {notes.slice(0, limit.value).map((n) => (
          <li>
            <button
              type="button"
              class="notes-item"
              aria-current={n.interactionId === selectedId.value ? 'true' : undefined}
              onClick={() => (selectedId.value = n.interactionId)}
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

