import { render } from 'preact';
import { signal } from '@preact/signals';
import { NotesPage } from '@/components/notes/NotesPage';
import { applyPageLanguage } from '@/lib/extension-pages';
import { resolveUiLang, uiLang } from '@/lib/i18n';
import type { Note } from '@/lib/notes/model';
import { request } from '@/lib/messages';
import { openNotesDb } from '@/lib/store/notes-db';
import { notesChangedItem } from '@/lib/store/notes-items';
import { getSettings } from '@/lib/store/settings';
import '@/components/pages.css';
import '@/components/notes/notes.css';
import '@/components/notes/notes-page.css';

async function main() {
  const settings = await getSettings();
  uiLang.value = resolveUiLang(settings.uiLang);
  applyPageLanguage(uiLang.value);
  if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
  // Reads straight from the extension's own IndexedDB (fast for thousands of notes); writes go to the background.
  const db = openNotesDb();
  const notes = signal<Note[]>([]);
  const reload = async () => {
    notes.value = await db.all();
  };
  await request('notes.recover', {}).catch(() => undefined);
  await reload();
  let timer: ReturnType<typeof setTimeout> | undefined;
  notesChangedItem.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), 150);
  });
  const model = { notes, reload, now: () => Date.now() };
  render(<NotesPage model={model} />, document.getElementById('app')!);
  document.documentElement.dataset.ready = 'true';
}

void main();
