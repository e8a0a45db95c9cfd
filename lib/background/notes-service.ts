import { serve } from '../messages';
import { resolveUiLang } from '../ui-lang';
import { exportJson, type NotesAuthor } from '../notes/export';
import { mergeImported, ownExport, readNotesExport, type ImportOrigin, type NotesImport } from '../notes/import';
import { sayNotes } from '../notes/strings';
import { fill } from '../i18n';
import { newNote, type Note, type NoteEvent } from '../notes/model';
import { expiredNotes, retentionInForce } from '../notes/retention';
import { applySave, type SaveRequest, type SaveResult } from '../notes/save';
import { emptyFields } from '../notes/template';
import type { TimelineRecord } from '../timeline';
import type { PendingArea, PendingReply, ReplyClaim, SentReply, SentTicket } from '../notes/sent-replies';
import { sentIntake } from '../notes/sent-intake';
import { withDrafts, type ShownNote } from '../notes/kept';
import { localOutbox, type OutboxArea } from '../store/sent-outbox';
import { notesUnopened, type NotesRepo } from '../store/notes-db';
import { openNotesStore, resetNotesStorage, type Reconciliation } from '../store/notes-store';
import { storageOpened, storageRefused } from '../store/storage-trouble';
import { sessionList } from '../store/session-list';
import { browser, type Browser } from 'wxt/browser';
import { withEvent } from '../notes/reply-edits';
import { originOf, pendingReplies, placeReply, recentReplyTexts, type RecentTexts } from '../notes/sent-replies';
import { parseShownTime } from '@/knowledge/text/shown-time';
import type { Lang } from '@/knowledge/types';
import { readDrafts, removeAllDrafts, removeDraftUpTo, type NoteDraft } from '../store/notes-drafts';
import { notesChangedItem, notesSettingsItem } from '../store/notes-items';
import { getSettings } from '../store/settings';
import { pseudonymKey } from '../store/qc-identity';
import { getPolicy } from './policy';
import { notesAuthor } from './notes-author';
import { startReminders, syncReminder, type Reminders } from './reminders';

/**
 * A message's time as the page showed it becomes its entry's time: the customer who wrote at 09:12 waited from
 * 09:12, not from when Odigos first saw the ticket. Words that name no time leave the sighting's time.
 */
export function withShownTime(rec: TimelineRecord, now: number): TimelineRecord {
  const e = rec.event;
  if (e.kind !== 'message' || e.time === undefined) return rec;
  const { time, ...event } = e;
  const at = parseShownTime(time, now);
  return at === undefined ? { ...rec, event } : { ...rec, at, event: { ...event, shown: true } };
}

/** The pack version of an entry in use, and whether it is an escalation (undefined: no active pack has it). */
export type EntryFactsOf = (packId: string, entryId: string) => Promise<{ version: string; escalation: boolean } | undefined>;

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Whose the file was (the notes page says it): the agent's own backup, another agent's (named), or unsaid (older). */
  from: 'own' | 'other' | 'unknown';
  agent?: string;
}


const sameCue = (a: NoteEvent, b: NoteEvent) =>
  a.kind === 'cue' && b.kind === 'cue' && a.cue === b.cue && a.words.join('|') === b.words.join('|');
/** A message or a suggestion list is recorded once per message, however often the page is read again. */
const sameKeyed = (a: NoteEvent, b: NoteEvent) =>
  (a.kind === 'message' || a.kind === 'suggested') && a.kind === b.kind && a.key === (b as { key: string }).key;
const alreadyRecorded = (note: Note | undefined, event: NoteEvent) =>
  !!note?.timeline.some((e) => sameCue(e.event, event) || sameKeyed(e.event, event));

/**
 * What QC needs to know of an entry when it is used: its pack's version, and whether it hands the customer over
 * (an escalation). Asked here, where the packs are, so the content script carries none of it.
 */
async function withEntryFacts(entryFacts: EntryFactsOf, rec: TimelineRecord): Promise<TimelineRecord> {
  const e = rec.event;
  if ((e.kind !== 'template-inserted' && e.kind !== 'sop-opened') || !e.packId) return rec;
  const facts = await entryFacts(e.packId, e.kind === 'sop-opened' ? e.sopId : e.templateId).catch(() => undefined);
  if (!facts) return rec;
  return { ...rec, event: { ...e, ...(facts.version ? { packVersion: facts.version } : {}), ...(facts.escalation ? { escalation: true } : {}) } };
}

/** The key of the agent's reply the timeline holds at `at` (the one just added). */
function lastReplyKey(note: Note, at: number): string | undefined {
  const e = note.timeline.findLast((x) => x.at === at && x.event.kind === 'message' && x.event.from === 'agent')?.event;
  return e?.kind === 'message' ? e.key : undefined;
}

/**
 * An agent's reply, captured when sent or seen in the thread: one entry for the two sightings of one reply
 * (lib/notes/sent-replies.ts). The note as it becomes, undefined when nothing changes, or the record to add.
 */
function withReply(current: Note | undefined, rec: TimelineRecord, recent: RecentTexts, now: number): Note | undefined | TimelineRecord {
  const e = rec.event;
  if (e.kind !== 'message' || e.from !== 'agent' || !current) return rec;
  const place = placeReply(current.timeline, e, rec.at, recent);
  if (place.kind === 'same') return undefined;
  if (place.kind === 'new') return { ...rec, event: place.event };
  const merged = { at: place.at ?? current.timeline[place.index].at, event: place.event };
  // Put back in time order: a send's moment may lie hours after the day-only time the page showed for it.
  const timeline = withEvent(current.timeline.filter((_, i) => i !== place.index), merged);
  return { ...current, version: current.version + 1, updatedAt: Math.max(current.updatedAt, now), timeline };
}

/** The note with the event on its timeline, or undefined when it is already there (the first sighting counts). */
function withRecord(current: Note | undefined, raw: TimelineRecord, lang: Lang, now: number, recent: RecentTexts = new Map()): Note | undefined {
  const placed = withReply(current, raw, recent, now);
  if (!placed || 'timeline' in placed) return placed;
  const rec = placed;
  // The overlay reports cues and messages each time it reads the conversation: the first sighting counts (an
  // agent's reply placed above already is a new one).
  if (rec === raw && alreadyRecorded(current, rec.event)) return undefined;
  const ref = { interactionId: rec.interactionId, url: rec.url, label: rec.label ?? '' };
  // A message's time is the page's (maybe hours ago): the note itself starts when Odigos first recorded.
  const base = current ?? newNote(ref, emptyFields(lang, rec.customer), rec.event.kind === 'message' ? now : rec.at);
  return {
    ...base,
    label: base.label || rec.label || '',
    version: base.version + 1,
    updatedAt: Math.max(base.updatedAt, now),
    timeline: withEvent(base.timeline, { at: rec.at, event: rec.event }),
  };
}

/**
 * Merge drafts left behind (closed tab, reloaded extension) into their notes, then drop each, only once its save
 * is stored. A save that fails (disk full) keeps its draft and every later one, and rejects.
 */
async function replayDrafts(save: (req: SaveRequest) => Promise<unknown>, interactionId?: string): Promise<void> {
  const drafts: NoteDraft[] = await readDrafts(interactionId);
  drafts.sort((a, b) => a.at - b.at);
  for (const d of drafts) {
    const { v: _v, at: _at, ...req } = d;
    await save(req);
    await removeDraftUpTo(d);
  }
}

/** While the notes database will not open: the journal's copy with the drafts typed since (lib/notes/kept.ts). */
type KeptRepo = NotesRepo & { kept?(id: string): Promise<Note | undefined> };

async function keptNote(repo: KeptRepo, interactionId: string, now: number): Promise<Note | undefined> {
  const stored = await repo.kept?.(interactionId).catch(() => undefined);
  return withDrafts(stored, await readDrafts(interactionId), now);
}

/**
 * The note of an interaction, drafts left behind merged first; while the database will not open, the journal's copy
 * with the drafts laid over it, shown and not stored: the editor's saves fail and say why, its drafts keep every word.
 */
async function noteOrKept(repo: KeptRepo, recover: () => Promise<void>, interactionId: string, now: number): Promise<ShownNote | null> {
  try {
    await recover();
    return (await repo.get(interactionId)) ?? null;
  } catch (err) {
    if (!notesUnopened(err)) throw err;
    const kept = await keptNote(repo, interactionId, now);
    if (!kept) return withTrouble(err);
    // Marked, so the editor says at once that this is the last saved copy (it said «Saved» until the agent typed).
    const { restartTried } = await storageRefused('notes');
    return { ...kept, unstored: { code: 'notes.storageFailed', ...(restartTried ? { restartTried: true as const } : {}) } };
  }
}

/**
 * The agent's remedy for a notes database the browser refuses after every restart: a new one in a storage bucket,
 * filled from the journal (lib/store/notes-store.ts), then the drafts typed meanwhile merged into it.
 */
async function resetStorage(recover: () => Promise<void>, signalMany: () => Promise<void>): Promise<Reconciliation> {
  const filled = await resetNotesStorage();
  await storageOpened('notes');
  await recover().catch(() => undefined);
  await signalMany();
  return filled;
}

/**
 * A refused notes database said with whether a browser restart was already tried (lib/store/storage-trouble.ts), so
 * every surface's words go to the remedy after a restart that did not help. Other failures pass as they are.
 */
async function withTrouble(err: unknown): Promise<never> {
  if (notesUnopened(err)) {
    const { restartTried } = await storageRefused('notes');
    if (restartTried) Object.assign(err as object, { failure: { code: 'notes.storageFailed', restartTried: true } });
  }
  throw err;
}

/** The notes past the retention in force (the organisation's, else the agent's). */
async function expiredIds(repo: NotesRepo, now: number): Promise<string[]> {
  // Deleting cannot be undone, so the purge waits for the policy however long the browser takes after start-up
  // (unlike shortcuts): the agent's shorter setting must not delete notes the organisation keeps longer.
  const [{ retentionDays }, policy] = await Promise.all([notesSettingsItem.getValue(), getPolicy()]);
  const days = retentionInForce(retentionDays, policy.notesRetentionDays);
  return expiredNotes(await repo.all(), days, now).map((n) => n.interactionId);
}

type Outcome = 'added' | 'updated' | 'unchanged';

/** The agent's own backup, or another's export with the words that head what it adds to the agent's notes. */
async function importOrigin(from: NotesImport['from'], self: NotesAuthor): Promise<ImportOrigin> {
  if (ownExport(from, self)) return { own: true };
  const lang = resolveUiLang((await getSettings()).uiLang);
  const heading = from.agent ? fill(sayNotes('notes.importedFrom', lang), { agent: from.agent }) : sayNotes('notes.importedUnnamed', lang);
  return { own: false, heading };
}

/** Imported notes merged one by one into the store, each stored one's reminder kept in step. */
async function mergeNotes(repo: NotesRepo, reminders: Reminders, incoming: Note[], origin: ImportOrigin): Promise<Record<Outcome, number>> {
  const summary = { added: 0, updated: 0, unchanged: 0 };
  for (const n of incoming) {
    let outcome: Outcome = 'unchanged';
    const stored = await repo.update(n.interactionId, (current) => {
      const merged = mergeImported(current, n, origin);
      if (merged) outcome = current ? 'updated' : 'added';
      return merged;
    });
    summary[outcome]++;
    if (stored && outcome !== 'unchanged') await syncReminder(reminders, stored);
  }
  return summary;
}

/** An export merged into the store: how many notes it added, updated or left, and whose it was. */
async function importNotes(repo: NotesRepo, reminders: Reminders, { notes, from }: NotesImport, self: NotesAuthor): Promise<ImportSummary> {
  const origin = await importOrigin(from, self);
  const counts = await mergeNotes(repo, reminders, notes, origin);
  if (origin.own) return { ...counts, from: 'own' };
  return from.agent ? { ...counts, from: 'other', agent: from.agent } : { ...counts, from: 'unknown' };
}

/**
 * The one writer of notes: editors (overlay, side panel, notes page) send saves here; this module applies them
 * with compare-and-set, merges crash-safe drafts, records the automatic timeline, keeps reminders in step and
 * tells other tabs what changed.
 */
export function createNotesService(
  repo: KeptRepo,
  reminders: Reminders,
  now: () => number = Date.now,
  entryFacts: EntryFactsOf = async () => undefined,
  self: () => Promise<NotesAuthor> = notesAuthor,
) {
  const signal = (note: Note, editorId: string | undefined, fieldsChanged: boolean) =>
    notesChangedItem.setValue({ interactionId: note.interactionId, version: note.version, editorId, fieldsChanged, at: now() });
  const recent = recentReplyTexts(now);
  const signalMany = () => notesChangedItem.setValue({ interactionId: '', version: 0, fieldsChanged: true, at: now() });

  async function save(req: SaveRequest): Promise<SaveResult> {
    let result: SaveResult | undefined;
    let changed = false;
    await repo.update(req.interactionId, (current) => {
      result = applySave(current, req, now());
      changed = result.note.version !== current?.version;
      return result.note === current ? undefined : result.note;
    });
    const r = result!;
    if (changed) {
      await signal(r.note, req.editorId, true);
      await syncReminder(reminders, r.note);
    }
    return r;
  }

  const recoverDrafts = (interactionId?: string) => replayDrafts(save, interactionId);

  async function addTimeline(raw: TimelineRecord): Promise<number> {
    const rec = withShownTime(await withEntryFacts(entryFacts, raw), now());
    const lang = resolveUiLang((await getSettings()).uiLang);
    let added = false;
    const e = rec.event;
    const note = await repo.update(rec.interactionId, (current) => {
      const next = withRecord(current, rec, lang, now(), recent.of(rec.interactionId));
      added = next !== undefined;
      // A reply newly on the timeline: its words are remembered a while, to pair its other sighting with it. Here,
      // within the write: the other sighting's write may come before this one's promise settles (the journal is
      // kept after it), and must find them (two entries of one reply, else).
      const keyed = next && next.timeline.length > (current?.timeline.length ?? 0) ? lastReplyKey(next, rec.at) : undefined;
      if (keyed && e.kind === 'message' && e.text) recent.remember(rec.interactionId, keyed, e.text);
      return next;
    });
    if (note && added) await signal(note, undefined, false);
    return rec.at;
  }

  async function importJson(json: string): Promise<ImportSummary> {
    const summary = await importNotes(repo, reminders, readNotesExport(json), await self().catch(() => ({ agentId: '' })));
    await signalMany();
    return summary;
  }

  async function remove(ids: string[]): Promise<void> {
    await repo.delete(ids);
    for (const id of ids) await reminders.clear(id);
    await signalMany();
  }

  async function purge(): Promise<number> {
    const expired = await expiredIds(repo, now());
    if (expired.length) await remove(expired);
    return expired.length;
  }

  return {
    save,
    recoverDrafts,
    addTimeline,
    importJson,
    remove,
    purge,
    get: (interactionId: string) => noteOrKept(repo, () => recoverDrafts(interactionId), interactionId, now()),
    /** The remedy for a notes database refused after every restart (resetStorage); drafts typed meanwhile merged in. */
    resetStorage: () => resetStorage(() => recoverDrafts(), signalMany),
    async deleteAll(): Promise<void> {
      const ids = (await repo.all()).map((n) => n.interactionId);
      await repo.clear();
      await removeAllDrafts();
      for (const id of ids) await reminders.clear(id);
      await signalMany();
    },
    async exportJson(mask: boolean): Promise<string> {
      return exportJson(await repo.all(), { mask, key: mask ? await pseudonymKey() : undefined, author: await self().catch(() => undefined) });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;

/** The site a content script's message came from. */
const senderOrigin = (sender: { url?: string; tab?: { url?: string } }) => {
  try {
    return new URL(sender.url ?? sender.tab?.url ?? '').origin;
  } catch {
    return '';
  }
};

/** A reply waiting for its page outlives the service worker stopped in between, never on disk nor open to pages. */
export const sessionPending = (): PendingArea => sessionList<PendingReply>('session:pendingReplies');

/**
 * Replies heard sent: recorded under the ticket their page showed, or, heard before the page could be read, kept
 * for the page that shows them (the answer page, the ticket opened again). Those a page handed on but could not
 * deliver (replaced before a stopped worker had started) are taken from the outbox as the worker starts and
 * whenever a page asks what waits.
 */
function serveSentReplies(service: NotesService, area: PendingArea, outbox: OutboxArea) {
  const pending = pendingReplies(area);
  const record = async (r: SentReply & { ticket: SentTicket }) => {
    // A store that failed to forget it costs at most a claim that finds it recorded: never the reply itself.
    await pending.drop(originOf(r.url), r.key).catch(() => undefined);
    const event = { kind: 'message', from: 'agent', key: r.key, shown: false, sent: true, text: r.text } as const;
    await service.addTimeline({ ...r.ticket, url: r.url, at: r.at, event });
  };
  const intake = sentIntake(outbox, { record, keep: (p) => pending.keep(p) });
  void intake.sweep();
  return {
    'reply.sent': (r: SentReply) => intake.take(r),
    async 'reply.waiting'({ page }: { page: string }, sender: Browser.runtime.MessageSender) {
      await intake.sweep();
      return pending.waiting(senderOrigin(sender), page);
    },
    async 'reply.claim'(c: ReplyClaim) {
      const mine = await pending.claim(c);
      for (const p of mine) {
        const event = { kind: 'message', from: 'agent', key: p.key, shown: false, sent: true, text: p.text } as const;
        await service.addTimeline({ interactionId: c.interactionId, label: c.label, customer: c.customer, url: p.url, at: p.at, event });
      }
      return mine.length;
    },
    'timeline.add': (rec: TimelineRecord) => service.addTimeline(rec),
  };
}

export function serveNotes(service: NotesService, pending: PendingArea = sessionPending(), outbox: OutboxArea = localOutbox()): () => void {
  return serve({
    ...serveSentReplies(service, pending, outbox),
    'notes.get': ({ interactionId }) => service.get(interactionId),
    'notes.save': (req) => service.save(req).catch(withTrouble),
    'notes.resetStorage': () => service.resetStorage(),
    'notes.recover': () => service.recoverDrafts(),
    'notes.exportJson': ({ mask }) => service.exportJson(mask),
    'notes.import': ({ json }) => service.importJson(json),
    'notes.delete': ({ interactionIds }) => service.remove(interactionIds),
    'notes.deleteAll': ({ confirm }) => {
      if (confirm !== 'delete-all') throw new Error('Deleting all notes needs the confirmation "delete-all".');
      return service.deleteAll();
    },
    'notes.purge': () => service.purge(),
  });
}

/** Drafts that could not be merged (the disk was full) are tried again this often, until they are. */
export const RECOVER_ALARM = 'odigos-notes-recover';

/**
 * Wire notes into the service worker: IndexedDB with its journal, requests, reminders, daily purge, draft
 * recovery, and a comparison of IndexedDB with the journal at every browser start. `entryFacts` tells QC the
 * pack version of an SOP or template used, and whether it is an escalation.
 */
export function startNotes(entryFacts?: EntryFactsOf): void {
  const repo = openNotesStore();
  // The daily purge alarm calls into the service, which needs the reminders: tie the knot through a closure.
  const holder: { service?: NotesService } = {};
  const reminders = startReminders(repo, () => holder.service!.purge());
  const service = (holder.service = createNotesService(repo, reminders, Date.now, entryFacts));
  serveNotes(service);
  const recover = () =>
    service.recoverDrafts().catch(() => browser.alarms.create(RECOVER_ALARM, { delayInMinutes: 1 }).catch(() => undefined));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOVER_ALARM) void recover();
  });
  browser.runtime.onStartup.addListener(() => void repo.reconcile?.().catch(() => undefined));
  // Opened at this start: a refusal seen before is over, and a later one starts again from «restart the browser».
  void repo.reconciled().then(() => storageOpened('notes'), () => undefined);
  void recover();
}
