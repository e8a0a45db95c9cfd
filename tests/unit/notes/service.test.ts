import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService } from '@/lib/background/notes-service';
import { alarmReminders, FOLLOW_UP_ALARM } from '@/lib/background/reminders';
import { exportJson } from '@/lib/notes/export';
import { emptyFields } from '@/lib/notes/template';
import type { SaveRequest } from '@/lib/notes/save';
import { memoryNotesRepo } from '@/lib/store/notes-memory';
import { draftKey, readDrafts, removeDraftUpTo, writeDraft, DRAFT_VERSION } from '@/lib/store/notes-drafts';
import { notesChangedItem, notesSettingsItem } from '@/lib/store/notes-items';
import { note } from './fixtures';

const ref = { interactionId: 'generic:http://127.0.0.1/desk/el/tickets/48213', url: 'http://127.0.0.1/desk/el/tickets/48213', label: '#48213' };
const base = emptyFields('el');
const req = (over: Partial<SaveRequest>): SaveRequest => ({ ...ref, editorId: 'A', seq: 1, baseVersion: 0, base, fields: base, ...over });
const DAY = 86_400_000;

describe('notes service (background)', () => {
  let clock = 1_770_000_000_000;
  beforeEach(() => {
    fakeBrowser.reset();
    // Alarms are real-time: keep the service clock near now so a follow-up "tomorrow" is in the future.
    clock = Math.floor(Date.now() / 1000) * 1000;
  });
  const make = (repo = memoryNotesRepo()) => ({ repo, service: createNotesService(repo, alarmReminders, () => clock) });

  it('saves, tells other tabs which note changed, and merges a second tab instead of overwriting it', async () => {
    const { service } = make();
    const a = await service.save(req({ fields: { ...base, text: 'Πρώτη γραμμή από Α\n' + base.text } }));
    expect(await notesChangedItem.getValue()).toMatchObject({ interactionId: ref.interactionId, version: 1, editorId: 'A', fieldsChanged: true });
    const b = await service.save(req({ editorId: 'B', fields: { ...base, text: base.text + 'Τελευταία από Β' } }));
    expect(b.merged).toBe(true);
    expect(b.note.fields.text).toContain('Πρώτη γραμμή από Α');
    expect(b.note.fields.text).toContain('Τελευταία από Β');
    expect(b.note.version).toBe(a.note.version + 1);
  });

  it('recovers a draft left by a closed tab when the ticket is opened again, and removes it', async () => {
    const { service } = make();
    await writeDraft({ ...req({ seq: 3, fields: { ...base, text: 'Ο πελάτης είπε ότι θα περιμέν' } }), v: DRAFT_VERSION, at: clock });
    const got = await service.get(ref.interactionId);
    expect(got?.fields.text).toBe('Ο πελάτης είπε ότι θα περιμέν');
    expect(await readDrafts()).toEqual([]);
  });

  it('keeps a draft its editor rewrote after the one that was merged', async () => {
    await writeDraft({ ...req({ seq: 4, fields: { ...base, text: 'αβ' } }), v: DRAFT_VERSION, at: clock });
    await removeDraftUpTo({ interactionId: ref.interactionId, editorId: 'A', seq: 3 });
    expect((await readDrafts()).map((d) => d.seq)).toEqual([4]);
    await removeDraftUpTo({ interactionId: ref.interactionId, editorId: 'A', seq: 4 });
    expect(await readDrafts()).toEqual([]);
    expect(draftKey(ref.interactionId, 'A')).toBe(`notesDraft:${ref.interactionId}#A`);
  });

  it('records the automatic timeline, creating the note with the meeting template if needed', async () => {
    const { service, repo } = make();
    await service.addTimeline({ ...ref, at: clock, event: { kind: 'sop-step', sopId: 'refund', step: 2, done: true } });
    await service.addTimeline({ ...ref, at: clock + 60_000, event: { kind: 'template-inserted', templateId: 't', packId: 'p', via: 'shortcut' } });
    // A cue read again on every look at the conversation is recorded once.
    for (const at of [clock + 1, clock + 2]) await service.addTimeline({ ...ref, at, event: { kind: 'cue', cue: 'repeat-contact', words: ['τρίτη φορά'] } });
    const n = await repo.get(ref.interactionId);
    // In time order: a message's time is the page's, often earlier than what was recorded before it.
    expect(n?.timeline.map((e) => e.event.kind)).toEqual(['sop-step', 'cue', 'template-inserted']);
    expect(n?.fields.text).toMatch(/Απόψεις και επιθυμίες του πελάτη|Customer's views/);
  });

  it("records each thread message once at the page's time, names the customer of a note it creates, and keeps only how a reply changed a template", async () => {
    const { service, repo } = make();
    const wrote = clock - 5 * 3_600_000;
    for (let i = 0; i < 2; i++) {
      // The page shows the message's time; the sighting is now.
      const time = new Date(wrote).toISOString();
      await service.addTimeline({ ...ref, customer: 'Γιώργος Παπαδόπουλος', at: clock, event: { kind: 'message', from: 'customer', key: 'k1', shown: false, time } });
    }
    const text = 'Λυπούμαστε πολύ για τη διπλή χρέωση. Θα επιστρέψουμε το ποσό σε 3 εργάσιμες.';
    await service.addTimeline({ ...ref, at: clock, event: { kind: 'template-inserted', templateId: 'apology', packId: 'el-core', via: 'overlay', text } });
    const sent = 'Λυπούμαστε πολύ για τη διπλή χρέωση, κύριε Παπαδόπουλε. Θα επιστρέψουμε το ποσό αύριο.';
    await service.addTimeline({ ...ref, at: clock + 60_000, event: { kind: 'message', from: 'agent', key: 'k2', shown: true, text: sent } });
    const n = (await repo.get(ref.interactionId))!;
    expect(n.fields.customer).toBe('Γιώργος Παπαδόπουλος');
    expect(n.timeline[0].event).toEqual({ kind: 'message', from: 'customer', key: 'k1', shown: true });
    expect(n.timeline.map((e) => [e.event.kind, e.at])).toEqual([
      ['message', wrote],
      ['template-inserted', clock],
      ['message', clock + 60_000],
    ]);
    const reply = n.timeline[2].event;
    expect(reply.kind === 'message' && 'text' in reply).toBe(false);
    expect(reply.kind === 'message' && reply.edit).toMatchObject({ packId: 'el-core', templateId: 'apology', added: ['κύριε', 'Παπαδόπουλε', 'αύριο'], removed: ['σε', '3', 'εργάσιμες'] });
    expect(JSON.stringify(n.timeline)).not.toContain('εργάσιμες.');
  });

  it('makes one entry of a reply captured when sent and the thread’s sighting of it, whichever comes first', async () => {
    const { service, repo } = make();
    const tpl = 'Σας ευχαριστούμε για την επικοινωνία. Αν χρειαστείτε οτιδήποτε άλλο, είμαστε εδώ για εσάς.';
    const sent = `Καλησπέρα κυρία Παπαδοπούλου. ${tpl}`;
    await service.addTimeline({ ...ref, at: clock, event: { kind: 'template-inserted', templateId: 'closing-email', packId: 'el-core', via: 'shortcut', text: tpl } });
    // Sent: recorded at once, compared with the template (the thread has not shown it yet).
    await service.addTimeline({ ...ref, at: clock + 1_000, event: { kind: 'message', from: 'agent', key: 'ks', shown: false, sent: true, text: sent } });
    // The thread shows it with the helpdesk's signature (another key), and again on the next reading.
    for (const at of [clock + 3_000, clock + 9_000]) {
      await service.addTimeline({ ...ref, at, event: { kind: 'message', from: 'agent', key: 'kt', shown: false, text: `${sent}\n-- \nSupport Agent` } });
    }
    const replies = (await repo.get(ref.interactionId))!.timeline.filter((e) => e.event.kind === 'message');
    expect(replies).toHaveLength(1);
    expect(replies[0].at).toBe(clock + 1_000);
    expect(replies[0].event).toMatchObject({ key: 'ks', sent: true, thread: true, seenAs: ['kt'], edit: { templateId: 'closing-email', added: ['Καλησπέρα', 'κυρία', 'Παπαδοπούλου'] } });
    expect(JSON.stringify(replies)).not.toContain('Καλησπέρα κυρία');

    // The other order, on another ticket: the thread first (the reading came before the send reached the store).
    const other = { ...ref, interactionId: `${ref.interactionId}-2` };
    await service.addTimeline({ ...other, at: clock, event: { kind: 'message', from: 'agent', key: 'kt', shown: false, text: `${sent} Support Agent` } });
    await service.addTimeline({ ...other, at: clock + 200, event: { kind: 'message', from: 'agent', key: 'ks', shown: false, sent: true, text: sent } });
    const second = (await repo.get(other.interactionId))!.timeline;
    expect(second.map((e) => e.event)).toEqual([expect.objectContaining({ key: 'kt', sent: true, thread: true })]);
  });

  it('makes one entry of the thread’s sighting and the send when both reach the store at the same moment', async () => {
    // The ticket opened again shows a reply another page heard sent: its reading and the claim of the reply come
    // together. The store keeps the journal after each write (a while on disk): the second must still pair.
    const memory = memoryNotesRepo();
    const slow = { ...memory, update: async (...a: Parameters<typeof memory.update>) => {
      const note = await memory.update(...a);
      await new Promise((ok) => setTimeout(ok, 20));
      return note;
    } };
    const { service, repo } = make(slow);
    const sent = 'Καλησπέρα σας, η επιστροφή των 45,90€ έγινε σήμερα και θα φανεί στην κάρτα σας σε 3 εργάσιμες.';
    await Promise.all([
      service.addTimeline({ ...ref, at: clock, event: { kind: 'message', from: 'agent', key: 'kt', shown: false, text: `${sent}\n\n-- \nSupport Agent, example.com` } }),
      service.addTimeline({ ...ref, at: clock - 5_000, event: { kind: 'message', from: 'agent', key: 'ks', shown: false, sent: true, text: sent } }),
    ]);
    const replies = (await repo.get(ref.interactionId))!.timeline.filter((e) => e.event.kind === 'message');
    expect(replies.map((e) => e.event)).toEqual([expect.objectContaining({ key: 'kt', sent: true, thread: true })]);
  });

  it('sets an alarm for a promised call-back and clears it when the note is resolved', async () => {
    const { service } = make();
    const at = clock + DAY;
    await service.save(req({ fields: { ...base, followUpAt: at } }));
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM + ref.interactionId))?.scheduledTime).toBe(at);
    await service.save(req({ seq: 2, baseVersion: 1, fields: { ...base, followUpAt: at, status: 'resolved' } }));
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM + ref.interactionId)).toBeUndefined();
  });

  it('imports with merge and reports what it did; a bad file changes nothing', async () => {
    const { service, repo } = make(memoryNotesRepo([note('1', { text: 'τοπικό' })]));
    const json = await exportJson([note('1', { text: 'τοπικό' }), note('2', { text: 'νέο' })]);
    // An export that does not say whose (made without its author): said as such (import-origin.test.ts).
    expect(await service.importJson(json)).toEqual({ added: 1, updated: 0, unchanged: 1, from: 'unknown' });
    await expect(service.importJson('{"format":"odigos-notes","version":1,"notes":[{}]}')).rejects.toThrow(
      'notes[0].fieldAt must be an object',
    );
    expect((await repo.all()).length).toBe(2);
  });

  it('purges past the retention setting and deletes everything (drafts too) on request', async () => {
    const { service, repo } = make(memoryNotesRepo([note('old', { updatedAt: clock - 40 * DAY }), note('new', { updatedAt: clock - DAY })]));
    await notesSettingsItem.setValue({ retentionDays: 30 });
    expect(await service.purge()).toBe(1);
    expect((await repo.all()).map((n) => n.label)).toEqual(['#new']);
    await writeDraft({ ...req({ fields: { ...base, text: 'x' } }), v: DRAFT_VERSION, at: clock });
    await service.deleteAll();
    expect(await repo.all()).toEqual([]);
    expect(await readDrafts()).toEqual([]);
  });

  it('purges by the organisation’s retention when its policy sets one, longer or shorter than the agent’s', async () => {
    const ages = [40, 20, 5];
    const { service, repo } = make(memoryNotesRepo(ages.map((d) => note(`${d}d`, { updatedAt: clock - d * DAY }))));
    await fakeBrowser.storage.managed.set({ notesRetentionDays: 30 });
    await notesSettingsItem.setValue({ retentionDays: 10 });
    expect(await service.purge()).toBe(1);
    expect((await repo.all()).map((n) => n.label).sort()).toEqual(['#20d', '#5d']);
    await notesSettingsItem.setValue({ retentionDays: 3650 });
    await fakeBrowser.storage.managed.set({ notesRetentionDays: 7 });
    expect(await service.purge()).toBe(1);
    expect((await repo.all()).map((n) => n.label)).toEqual(['#5d']);
    // The agent's own choice is left as it was, for when the organisation stops deciding.
    expect(await notesSettingsItem.getValue()).toEqual({ retentionDays: 3650 });
  });

  it('reports a full storage as such, and the draft keeps the text', async () => {
    const repo = memoryNotesRepo();
    const { service } = make(repo);
    const draft = { ...req({ fields: { ...base, text: 'κείμενο που δεν χάνεται' } }), v: DRAFT_VERSION, at: clock } as const;
    await writeDraft(draft);
    repo.failNextWrite = Object.assign(new Error('QuotaExceededError: the browser has no more room for notes.'), { name: 'NotesStorageError' });
    await expect(service.save(draft)).rejects.toThrow(/QuotaExceeded/);
    expect((await readDrafts())[0].fields.text).toBe('κείμενο που δεν χάνεται');
  });
});
