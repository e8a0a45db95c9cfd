import { applyPageTheme } from '@/lib/theme';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { NotesPage, type NotesFile } from '@/components/notes/NotesPage';
import { followSettings } from '@/lib/extension-pages';
import { sayNotesPage } from '@/lib/notes/page-strings';
import type { Note } from '@/lib/notes/model';
import { request } from '@/lib/messages';
import { canResetNotesStorage, journalNotes, openNotesStore } from '@/lib/store/notes-store';
import { notesUnopened } from '@/lib/store/notes-db';
import { defaultJournal } from '@/lib/store/notes-journal';
import { readDrafts } from '@/lib/store/notes-drafts';
import { storageRefused } from '@/lib/store/storage-trouble';
import { keptNotes } from '@/lib/notes/kept';
import { exportJson } from '@/lib/notes/export';
import { exportFileName } from '@/lib/notes/download';
import { NotesStorageFailed } from '@/components/notes/NotesStorageFailed';
import { errorText } from '@/knowledge/error-text';
import { notesChangedItem } from '@/lib/store/notes-items';
import { getSettings } from '@/lib/store/settings';
import { getPolicy } from '@/lib/background/policy';
import { notesAuthor } from '@/lib/background/notes-author';
import { qcFileName } from '@/lib/notes/download';
import { pageSaveDeps, saveFile } from '@/lib/notes/save-file';
import { qcRows, toJsonLines, toParquet } from '@/lib/notes/qc-export';
import { pseudonymKey, qcAgentId } from '@/lib/store/qc-identity';
import { backgroundTransport } from '@/lib/note-editor/background-transport';
import '@/components/pages.css';
import '@/components/notes/notes.css';
import '@/components/notes/notes-page.css';

/** A screenful and more: the first paint needs no more than this; the full list follows. */
const FIRST_PAINT_NOTES = 40;

async function main() {
  // The agent's language and theme, followed while the page is open (changed in Options, it speaks the new one).
  followSettings(await getSettings(), (s) => {
    applyPageTheme(s.theme);
    // The tab's title too: it said «Odigos — Notes» to a Greek agent.
    document.title = sayNotesPage('page.title');
  });
  // Reads straight from the extension's own IndexedDB; writes go to the background. The newest notes are painted
  // first; all of them (thousands) follow a moment later for search, filters and the overdue list.
  const db = openNotesStore();
  let first: Note[];
  try {
    first = await db.recent(FIRST_PAINT_NOTES);
  } catch (err) {
    // The browser will not open the notes database (a damaged store): said, with what can still be saved and done.
    if (!notesUnopened(err)) throw err;
    return showStorageFailed(err);
  }
  const notes = signal<Note[]>(first);
  const model = {
    notes,
    reload: async () => void (notes.value = await db.all()),
    all: () => db.all(),
    now: () => Date.now(),
    pseudonymKey,
    // An export is never lost for want of who made it: without it, importing it back is as an older export's.
    author: () => notesAuthor().catch(() => undefined),
    qcExport: async (format: 'jsonl' | 'parquet', mask: boolean) => {
      const [all, policy, agentId, key] = await Promise.all([db.all(), getPolicy(), qcAgentId(), pseudonymKey()]);
      const agent = (await getSettings()).agentName || undefined;
      const rows = await qcRows(all, { agentId, agent, team: policy.qcTeam, omit: policy.qcExportOmit, mask, key });
      const name = qcFileName(agentId, format);
      // Each ticket is one interaction row, followed by its events' rows.
      const count = rows.filter((r) => r.type === 'interaction').length;
      return format === 'jsonl'
        ? { name, data: toJsonLines(rows), type: 'application/x-ndjson', count }
        : { name, data: toParquet(rows), type: 'application/vnd.apache.parquet', count };
    },
    save: (file: NotesFile) => saveFile(file, pageSaveDeps()),
    importJson: (json: string) => request('notes.import', { json }),
    transport: backgroundTransport,
    deleteAll: () => request('notes.deleteAll', { confirm: 'delete-all' }),
  };
  render(<NotesPage model={model} />, document.getElementById('app')!);
  document.documentElement.dataset.ready = 'true';
  // The notes benchmark reads these: page start → first list painted, → every note read and searchable.
  performance.mark('odigos-notes-ready');
  // From here on every stored change (another tab, a recovered draft) reloads the list, once it settles.
  let timer: ReturnType<typeof setTimeout> | undefined;
  notesChangedItem.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void model.reload(), 150);
  });
  await model.reload();
  performance.mark('odigos-notes-complete');
  document.documentElement.dataset.complete = 'true';
  // Drafts left by closed tabs are merged by the background; their saves reach the list through the watch.
  await request('notes.recover', {}).catch(() => undefined);
}

/**
 * The notes database will not open: the page says so (knowing whether a restart was tried), offers the notes the
 * journal still holds, with the words typed since, as an export file, then a new storage made by the background.
 */
async function showStorageFailed(err: unknown): Promise<void> {
  const journal = defaultJournal();
  const now = Date.now();
  const [trouble, stored, drafts] = await Promise.all([
    storageRefused('notes'),
    journal ? journalNotes(journal).catch(() => []) : [],
    readDrafts().catch(() => []),
  ]);
  const kept = keptNotes(stored, drafts, now);
  const typedIn = new Set(drafts.map((d) => d.interactionId));
  const model = {
    detail: errorText(err),
    trouble,
    readable: stored.length,
    typed: typedIn.size,
    // Unmasked: the agent's own copy, to import again (a masked export cannot be).
    // It says whose it is, so that importing it back is restoring the agent's own notes, not a colleague's.
    exportFile: async () => ({ name: exportFileName('json'), data: await exportJson(kept, { mask: false, author: await notesAuthor().catch(() => undefined) }), type: 'application/json' }),
    save: (file: NotesFile) => saveFile(file, pageSaveDeps()),
    canReset: canResetNotesStorage(),
    reset: () => request('notes.resetStorage', {}),
    reopen: () => location.reload(),
  };
  render(<NotesStorageFailed model={model} />, document.getElementById('app')!);
  document.documentElement.dataset.ready = 'true';
}

void main();
