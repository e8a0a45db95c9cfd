import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService, type NotesService } from '@/lib/background/notes-service';
import { alarmReminders } from '@/lib/background/reminders';
import { AUTOSAVE_MS, createNoteSession as createSession, LOAD_ASK_AGAIN_MS, type NoteSession } from '@/lib/note-editor/session';
import { CONFLICT_START } from '@/lib/notes/merge';
import { emptyFields, meetingTemplate } from '@/lib/notes/template';
import { memoryNotesRepo } from '@/lib/store/notes-memory';
import { readDrafts } from '@/lib/store/notes-drafts';
import { transportFor } from './fixtures';

const ref = { interactionId: 'generic:http://127.0.0.1/desk/el/tickets/48213', url: 'http://127.0.0.1/desk/el/tickets/48213', label: '#48213' };
const template = meetingTemplate('el');
const under = (text: string, heading: number, line: string) => {
  const l = text.split('\n');
  l.splice(heading * 2 + 1, 1, line);
  return l.join('\n');
};

const open: NoteSession[] = [];
const createNoteSession = (...args: Parameters<typeof createSession>) => {
  const s = createSession(...args);
  open.push(s);
  return s;
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('notes editor session', () => {
  let repo: ReturnType<typeof memoryNotesRepo>;
  let service: NotesService;
  beforeEach(() => {
    fakeBrowser.reset();
    repo = memoryNotesRepo();
    service = createNotesService(repo, alarmReminders);
  });
  afterEach(async () => {
    vi.useRealTimers();
    // Sessions of one test must not hear the next test's changes.
    for (const s of open.splice(0)) await s.dispose();
  });

  it('starts from the meeting template, saves what the agent typed and drops the draft once stored', async () => {
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    await s.idle();
    expect(s.fields.value.text).toBe(template);
    s.edit({ text: under(template, 0, '«Θέλω τα χρήματά μου πίσω»') });
    await s.draftsWritten();
    expect((await readDrafts())[0]?.fields.text).toContain('«Θέλω τα χρήματά μου πίσω»');
    await s.save();
    await s.idle();
    expect((await repo.get(ref.interactionId))?.fields.text).toContain('«Θέλω τα χρήματά μου πίσω»');
    expect(s.state.value).toBe('saved');
    expect(await readDrafts()).toEqual([]);
  });

  it(`autosaves ${AUTOSAVE_MS} ms after the last change`, async () => {
    const save = vi.fn(async () => ({ note: (await repo.get('x'))!, conflict: false, merged: false }));
    vi.useFakeTimers();
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service, { save }) });
    await vi.advanceTimersByTimeAsync(0);
    s.edit({ text: 'α' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 50);
    s.edit({ text: 'αβ' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 50);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]).toMatchObject([{ fields: { text: 'αβ' } }]);
  });

  it(`a note not answered in ${LOAD_ASK_AGAIN_MS} ms is asked for again and says why it still loads, not «Φόρτωση…» for ever`, async () => {
    await service.save({ ...ref, editorId: 'other', seq: 1, baseVersion: 0, base: emptyFields('el'), fields: { ...emptyFields('el'), text: 'αποθηκευμένο' } });
    let asked = 0;
    // The first request is lost on the way (its answer never comes); the second is answered.
    const get = vi.fn((id: string) => (++asked === 1 ? new Promise<never>(() => {}) : service.get(id)));
    vi.useFakeTimers();
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service, { get }) });
    await vi.advanceTimersByTimeAsync(LOAD_ASK_AGAIN_MS - 100);
    expect(s.state.value).toBe('loading');
    expect(s.problem.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(get).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.state.value).toBe('saved');
    expect(s.fields.value.text).toBe('αποθηκευμένο');
    expect(s.problem.value).toBeUndefined();
  });

  it('while the note is not answered the editor says so, and asks again until it is', async () => {
    const get = vi.fn(() => new Promise<never>(() => {}));
    vi.useFakeTimers();
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service, { get }) });
    await vi.advanceTimersByTimeAsync(LOAD_ASK_AGAIN_MS * 3 + 10);
    expect(get).toHaveBeenCalledTimes(4);
    expect(s.state.value).toBe('loading');
    expect(s.problem.value?.kind).toBe('noAnswer');
    await s.dispose();
    await vi.advanceTimersByTimeAsync(LOAD_ASK_AGAIN_MS * 2);
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('shows what another tab saved, and merges edits of two tabs typing at once', async () => {
    const a = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    const b = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    await Promise.all([a.idle(), b.idle()]);
    a.edit({ text: under(template, 0, 'Από την καρτέλα Α') });
    await a.save();
    await until(() => b.fields.value.text.includes('Από την καρτέλα Α'));
    expect(b.notice.value).toBe('remote');
    // Both type before either has seen the other's words.
    a.edit({ text: under(a.fields.value.text, 1, 'Α: κωδικός παραγγελίας 1002') });
    b.edit({ text: under(b.fields.value.text, 2, 'Β: θα καλέσουμε αύριο') });
    await Promise.all([a.save(), b.save()]);
    await until(() => a.fields.value.text === b.fields.value.text);
    const stored = (await repo.get(ref.interactionId))!.fields.text;
    for (const words of ['Από την καρτέλα Α', 'Α: κωδικός παραγγελίας 1002', 'Β: θα καλέσουμε αύριο']) expect(stored).toContain(words);
    expect(stored).not.toContain(CONFLICT_START);
  });

  it('keeps both versions and says so when two tabs rewrite the same line', async () => {
    const a = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    const b = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    await Promise.all([a.idle(), b.idle()]);
    a.edit({ text: under(template, 0, 'Θέλει ακύρωση') });
    b.edit({ text: under(template, 0, 'Θέλει αλλαγή μεγέθους') });
    await a.save();
    await b.save();
    expect(b.notice.value).toBe('conflict');
    expect(b.fields.value.text).toContain('Θέλει ακύρωση');
    expect(b.fields.value.text).toContain('Θέλει αλλαγή μεγέθους');
  });

  it('on a full storage shows the problem, keeps every word and saves once there is room', async () => {
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    await s.idle();
    repo.failNextWrite = Object.assign(new Error('QuotaExceededError: the browser has no more room for notes.'), {
      name: 'NotesStorageError',
    });
    s.edit({ text: 'Κείμενο που δεν πρέπει να χαθεί' });
    await s.save();
    expect(s.state.value).toBe('error');
    expect(s.problem.value?.kind).toBe('quota');
    expect(s.fields.value.text).toBe('Κείμενο που δεν πρέπει να χαθεί');
    expect((await readDrafts())[0].fields.text).toBe('Κείμενο που δεν πρέπει να χαθεί');
    await s.save();
    expect(s.state.value).toBe('saved');
    expect(s.problem.value).toBeUndefined();
    expect((await repo.get(ref.interactionId))?.fields.text).toBe('Κείμενο που δεν πρέπει να χαθεί');
  });

  it('a tab closed while storage is slow still hands its newest words to storage, not only the first keystroke', async () => {
    // A loaded machine answers draft writes slower than the agent types; the background cannot be reached (the
    // beacon is lost with the page). Before, each keystroke's write waited behind the last, and closing the tab
    // left the newest ones unwritten.
    const written: string[] = [];
    let release = () => undefined as void;
    const slow = new Promise<void>((r) => (release = r));
    const writeDraft = vi.fn(async (d: { fields: { text: string } }) => {
      written.push(d.fields.text);
      if (written.length === 1) await slow;
    });
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service, { writeDraft, beacon: () => undefined }) });
    await s.idle();
    for (const text of ['Σ', 'Συ', 'Συμ', 'Συμφωνήσαμε']) {
      s.edit({ text });
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(written).toEqual(['Σ']);
    s.leave();
    expect(written.at(-1)).toBe('Συμφωνήσαμε');
    release();
    await s.draftsWritten();
    // Keystrokes queued meanwhile are one write of the newest, not one each.
    expect(written).toEqual(['Σ', 'Συμφωνήσαμε', 'Συμφωνήσαμε']);
  });

  it('loses nothing when the service worker dies mid-edit: the restarted one merges the draft', async () => {
    const dead = transportFor(() => service, { save: () => Promise.reject(new Error('Could not establish connection.')) });
    const s = createNoteSession(ref, { lang: 'el', transport: dead });
    await s.idle();
    s.edit({ text: under(template, 0, 'Μισή πρότα') });
    s.edit({ text: under(template, 0, 'Μισή πρόταση που γράφτηκε πριν') });
    await s.save();
    expect(s.state.value).toBe('error');
    await s.dispose();
    // A new service worker (fresh service over the same storage) and a new tab.
    service = createNotesService(repo, alarmReminders);
    const again = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    await again.idle();
    expect(again.fields.value.text).toContain('Μισή πρόταση που γράφτηκε πριν');
    expect(await readDrafts()).toEqual([]);
  });
});
