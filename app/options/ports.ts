import { browser } from 'wxt/browser';
import { request } from '@/lib/messages';
import { getPolicy, watchPolicy, type Policy } from '@/lib/background/policy';
import { packOriginPattern, packUrlProblem } from '@/lib/background/pack-fetch';
import { lastKnownPolicyItem } from '@/lib/store/policy';
import { packsChangedItem } from '@/lib/store/packs';
import { packAutoChecksItem } from '@/lib/store/pack-auto-checks';
import { notesChangedItem, notesSettingsItem } from '@/lib/store/notes-items';
import { openNotesStore } from '@/lib/store/notes-store';
import { notesUnopened } from '@/lib/store/notes-db';
import { storageRefused } from '@/lib/store/storage-trouble';
import { learnedEntries, resetLearned } from '@/lib/store/learned';
import { checkSnippet, deleteSnippet, getSnippets, saveSnippet, watchSnippets } from '@/lib/store/snippets';
import type { KnowledgePorts } from '@/components/options/KnowledgeSection';
import type { LearningSectionProps } from '@/components/options/LearningSection';
import type { NotesPorts } from '@/components/options/NotesSection';
import type { SnippetStore } from '@/components/options/SnippetsSection';

/**
 * The options page's wiring: the only place its views reach the background, storage and the browser. Views get
 * these ports (callbacks) and props, so they render in tests with fakes and lint keeps them free of browser APIs.
 */

/**
 * The policy in force, kept up to date when the administrator changes it. Until the browser delivers it (Chromium
 * can take seconds after start-up) the last one delivered is reported, as shortcuts follow it meanwhile.
 */
export function followPolicy(onPolicy: (policy: Policy) => void): () => void {
  let delivered = false;
  void lastKnownPolicyItem.getValue().then((p) => {
    if (!delivered && p) onPolicy(p);
  });
  void getPolicy().then((p) => {
    delivered = true;
    onPolicy(p);
  });
  return watchPolicy(onPolicy);
}

/**
 * Pack updates land from the background; the policy Chromium delivers late after a start changes what is shown; an
 * automatic check's outcome is written after the pack's record (or alone, when that write was refused).
 */
function watchPacks(onChange: () => void): () => void {
  const stops = [packsChangedItem.watch(onChange), lastKnownPolicyItem.watch(onChange), packAutoChecksItem.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

export const knowledgePorts: KnowledgePorts = {
  list: () => request('packs.list', {}),
  update: (req) => request('packs.update', req),
  check: (id) => request('packs.check', id === undefined ? {} : { id }),
  remove: (id) => request('packs.remove', { id }),
  rollback: (id, version) => request('packs.rollback', { id, version }),
  accept: (id, version) => request('packs.accept', { id, version }),
  reject: (id, version) => request('packs.reject', { id, version }),
  /** A pack file is previewed (what it adds, removes, changes) and installed only when the agent accepts. */
  preview: (req) => request('packs.previewImport', req),
  install: (req) => request('packs.import', req),
  urlProblem: (url) => packUrlProblem(url, import.meta.env.MODE === 'e2e'),
  askForOrigin(url) {
    const origin = packOriginPattern(url);
    // Called inside the agent's click, before anything is awaited: the browser shows its prompt only then.
    return { origin, granted: browser.permissions.request({ origins: [origin] }) };
  },
  subscribe: (req) => request('packs.subscribe', req),
  resetStorage: () => request('packs.resetStorage', { confirm: 'reset-pack-storage' }),
  forgetToRestore: () => request('packs.forgetToRestore', {}),
  watchChanges: watchPacks,
};

export const notesPorts: NotesPorts = {
  loadRetentionDays: async () => (await notesSettingsItem.getValue()).retentionDays,
  saveRetentionDays: (retentionDays) => notesSettingsItem.setValue({ retentionDays }),
  openNotesPage: () => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') }),
  deleteAll: async () => void (await request('notes.deleteAll', { confirm: 'delete-all' })),
  // Read as the notes page reads: the newest record, a note or a ticket only read (delete all removes both).
  hasNotes: async () => (await openNotesStore().recent(1)).length > 0,
  watchNotes: (onChange) => notesChangedItem.watch(() => onChange()),
  // Found as the notes page finds it (entrypoints/notes/main.tsx): its own read of the database, refused or not.
  notesTrouble: async () => {
    try {
      await openNotesStore().recent(1);
      return undefined;
    } catch (err) {
      return notesUnopened(err) ? storageRefused('notes') : undefined;
    }
  },
};

export const snippetStore: SnippetStore = {
  load: getSnippets,
  watch: watchSnippets,
  save: saveSnippet,
  remove: deleteSnippet,
  check: checkSnippet,
};

/** What Odigos learnt from the agent's choices (lib/store/learned.ts), and forgetting it. */
export const learningPorts: LearningSectionProps = { load: learnedEntries, reset: resetLearned };
