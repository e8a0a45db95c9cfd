import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { fill } from '@/lib/i18n';
import { shownFailure } from '@/lib/failure';
import { sayNotesPage } from '@/lib/notes/page-strings';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, parseRetentionDays } from '@/lib/notes/retention';
import { SaidAlert } from '../failure-words';
import { sayNotes } from '@/lib/notes/strings';
import type { Policy } from '@/lib/store/policy';
import { ManagedNote } from './managed';
import { notesTroubleWords } from '../notes/NotesStorageFailed';
import { DeleteConfirm } from '../notes/DeleteConfirm';

/** What the notes section asks of the page's controller (app/options): the notes settings and the background. */
export interface NotesPorts {
  loadRetentionDays(): Promise<number>;
  saveRetentionDays(days: number): Promise<void>;
  openNotesPage(): void;
  /** Deletes every note (the agent has confirmed). */
  deleteAll(): Promise<void>;
  /** Whether anything is stored that «delete all» would delete: a note, or a ticket only read (its QC record). */
  hasNotes(): Promise<boolean>;
  /** Calls back on every stored change of the notes (another tab, an import, the daily purge); returns a stop. */
  watchNotes(onChange: () => void): () => void;
  /** Whether the notes storage will not open (as the notes page finds it), and if a restart was tried; undefined when it opens. */
  notesTrouble(): Promise<Trouble | undefined>;
}

type Trouble = { restartTried: boolean; firstSeen: number };

/**
 * A notes storage that will not open: said as the notes page decides (a restart first, or damaged since when),
 * with one way on: the button that opens that page, named for what it does. The section's own «Σημειώσεις Οδηγού»
 * and «delete all» buttons are not shown beside it: two buttons of the same name sat one under the other, and
 * deleting cannot reach a storage the browser will not open (it failed without a word).
 */
function NotesTrouble({ trouble, ports }: { trouble: Trouble; ports: NotesPorts }) {
  return (
    <p role="alert" class="notes-trouble" data-notes-trouble>
      {notesTroubleWords(trouble, 'elsewhere')}{' '}
      <button type="button" onClick={() => ports.openNotesPage()}>
        {sayNotes('notes.openPage')}
      </button>
    </p>
  );
}

/**
 * Whether there is anything to delete, kept current while Options is open; undefined until known (or when it cannot
 * be read: the button then stays usable, as before).
 */
function useHasNotes(ports: NotesPorts) {
  const any = useSignal<boolean | undefined>(undefined);
  useEffect(() => {
    const read = () => void ports.hasNotes().then((has) => (any.value = has), () => undefined);
    read();
    return ports.watchNotes(read);
  }, [ports]);
  return any;
}

/**
 * The notes page and delete all (confirmed), while the storage opens. With nothing stored, delete all is disabled
 * and says why: it asked «delete all notes for good?» of an agent who had none.
 */
function NotesActions({ ports }: { ports: NotesPorts }) {
  const confirming = useSignal(false);
  // Said at each drawing, so a switch of language in Options reaches a message already shown.
  const done = useSignal(false);
  const any = useHasNotes(ports);
  const none = any.value === false;
  return (
    <>
      <p>
        <button type="button" onClick={() => ports.openNotesPage()}>
          {sayNotesPage('page.title')}
        </button>{' '}
        <button
          type="button"
          class="danger"
          disabled={none}
          aria-describedby={none && !done.value ? 'notes-none' : undefined}
          onClick={() => {
            done.value = false;
            confirming.value = true;
          }}
        >
          {sayNotesPage('page.deleteAll')}
        </button>{' '}
        {none && !done.value && (
          <span id="notes-none" class="muted">
            {sayNotesPage('page.nothingToDelete')}
          </span>
        )}
      </p>
      {confirming.value && !none && (
        <DeleteConfirm
          id="notes-confirm-text"
          text={sayNotesPage('page.deleteConfirmAll')}
          onYes={async () => {
            confirming.value = false;
            await ports.deleteAll();
            done.value = true;
            any.value = false;
          }}
          onNo={() => (confirming.value = false)}
        />
      )}
      {done.value && <p role="status">{sayNotesPage('page.deleted')}</p>}
    </>
  );
}

/**
 * Notes in options: how long they are kept (purged daily; the organisation's retention wins and is shown as
 * managed), the notes page, and delete all (confirmed).
 */
export function NotesSection({ ports, policy }: { ports: NotesPorts; policy: Policy | undefined }) {
  const managedDays = policy?.notesRetentionDays;
  const managed = managedDays !== undefined;
  const days = useSignal('');
  /** What is wrong with the retention typed, or why it was not saved (with the storage's English reason beneath). */
  const problem = useSignal<{ text: () => string; detail?: string } | undefined>(undefined);
  const trouble = useSignal<Trouble | undefined>(undefined);
  useEffect(() => {
    void ports.loadRetentionDays().then((d) => (days.value = String(d)));
    void ports.notesTrouble().then((t) => (trouble.value = t), () => undefined);
  }, [ports]);
  const save = async (value: string) => {
    days.value = value;
    let retention: number;
    try {
      retention = parseRetentionDays(value);
    } catch {
      // Said here in the agent's language: the parser's own words are English (the CLI's).
      problem.value = { text: () => fill(sayNotesPage('page.retentionRange'), { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS }) };
      return;
    }
    try {
      await ports.saveRetentionDays(retention);
      problem.value = undefined;
    } catch (err) {
      problem.value = { text: () => sayNotesPage('page.retentionFailed'), detail: shownFailure(err).message };
    }
  };
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">{sayNotes('notes.title')}</h2>
      {trouble.value && <NotesTrouble trouble={trouble.value} ports={ports} />}
      <label>
        {sayNotesPage('page.retention')}
        <input
          type="number"
          min={1}
          max={3650}
          value={managed ? String(managedDays) : days.value}
          disabled={managed}
          aria-invalid={problem.value ? 'true' : undefined}
          aria-describedby={managed ? 'notes-retention-managed notes-retention-help' : 'notes-retention-help'}
          onChange={(e) => void save(e.currentTarget.value)}
        />
      </label>
      {managed && <ManagedNote id="notes-retention-managed" />}
      <p id="notes-retention-help" class="muted">
        {sayNotesPage('page.retentionHelp')}
      </p>
      {!managed && problem.value && <SaidAlert text={problem.value.text()} detail={problem.value.detail} />}
      {!trouble.value && <NotesActions ports={ports} />}
    </section>
  );
}
