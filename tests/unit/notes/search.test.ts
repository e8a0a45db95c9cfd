import { describe, expect, it } from 'vitest';
import { buildNotesIndex, filterNotes, overdueNotes, recordedByAgent, searchNotes } from '@/lib/notes/search';
import { meetingTemplate } from '@/lib/notes/template';
import type { Note } from '@/lib/notes/model';
import { expiredNotes, parseRetentionDays } from '@/lib/notes/retention';
import { note } from './fixtures';

const DAY = 86_400_000;
const now = 1_770_000_000_000;
const notes = [
  note('1', { text: 'Ο πελάτης ζητά ΕΠΙΣΤΡΟΦΉ χρημάτων για διπλή χρέωση', updatedAt: now - DAY }),
  note('2', { text: 'Καθυστέρηση παράδοσης, θέλει επανάκληση', updatedAt: now - 2 * DAY, site: 'https://other.example' }),
  note('3', { text: 'Refund requested', label: '#3 — Μαρία Παπαδοπούλου', updatedAt: now - 3 * DAY }),
];

describe('searchNotes (Greek-aware, fuzzy)', () => {
  const index = buildNotesIndex(notes);
  const ids = (q: string) => searchNotes(index, q).map((n) => n.label);
  it('ignores accents, case and final sigma', () => {
    expect(ids('επιστροφη')).toEqual(['#1']);
    expect(ids('ΧΡΕΩΣΗ')).toEqual(['#1']);
    expect(ids('παπαδοπουλου')).toEqual(['#3 — Μαρία Παπαδοπούλου']);
  });
  it('matches prefixes and forgives a typo', () => {
    expect(ids('επανακλ')).toEqual(['#2']);
    expect(ids('καθυστερηστ')).toEqual(['#2']);
    expect(ids('refnd')).toEqual(['#3 — Μαρία Παπαδοπούλου']);
  });
  it('needs every word, and lists everything newest first for an empty query', () => {
    expect(ids('επιστροφη παραδοση')).toEqual([]);
    expect(ids('')).toEqual(['#1', '#2', '#3 — Μαρία Παπαδοπούλου']);
  });
  it('finds the ticket number', () => {
    expect(ids('2')).toEqual(['#2']);
  });
});

describe('filters, overdue follow-ups and retention', () => {
  it('filters by site, status and date', () => {
    expect(filterNotes(notes, { site: 'https://other.example' }, now).map((n) => n.label)).toEqual(['#2']);
    expect(filterNotes(notes, { from: now - 1.5 * DAY }, now).map((n) => n.label)).toEqual(['#1']);
    expect(filterNotes(notes, { status: 'resolved' }, now)).toEqual([]);
  });
  it('lists overdue, unresolved follow-ups, longest overdue first', () => {
    const f = (id: string, at: number, status: 'open' | 'resolved' = 'open') =>
      note(id, { fields: { text: '', customer: '', followUpAt: at, status } });
    const list = [f('a', now - 10), f('b', now - 1000), f('c', now + 1000), f('d', now - 5000, 'resolved')];
    expect(overdueNotes(list, now).map((n) => n.label)).toEqual(['#b', '#a']);
  });
  it('purges notes older than the retention, but never an open promise to call back', () => {
    const old = note('old', { updatedAt: now - 91 * DAY });
    const promised = note('promised', { updatedAt: now - 200 * DAY, fields: { text: '', customer: '', followUpAt: now - 150 * DAY, status: 'waiting' } });
    const recent = note('recent', { updatedAt: now - 10 * DAY });
    expect(expiredNotes([old, promised, recent], 90, now).map((n) => n.label)).toEqual(['#old']);
  });
  it('checks the retention the agent typed', () => {
    expect(parseRetentionDays(' 30 ')).toBe(30);
    expect(() => parseRetentionDays('0')).toThrow('Retention must be a whole number of days from 1 to 3650.');
    expect(() => parseRetentionDays('abc')).toThrow(RangeError);
  });
});

describe('recordedByAgent: a note, as against the record kept of a ticket Odigos only read', () => {
  const at = now;
  // What the overlay stores for every ticket it reads: the template's headings, the customer's name from the page,
  // the messages seen and what was suggested (QC data).
  const read = (over: Partial<Note> = {}) =>
    note('48231', {
      fields: { text: meetingTemplate('el'), customer: 'Δημήτρης Αλεξίου', followUpAt: null, status: 'open' },
      timeline: [
        { at, event: { kind: 'message', from: 'customer', key: 'k1', shown: true } },
        { at, event: { kind: 'suggested', key: 'k1', entries: [{ packId: 'el-core', entryId: 'food-burnt', score: 0.9 }] } },
        { at, event: { kind: 'cue', cue: 'anger', words: ['καμένη'] } },
        { at, event: { kind: 'message', from: 'agent', key: 'k2', shown: true } },
      ],
      ...over,
    });
  it('is not a note: only read, with the template (either language) or nothing in its text', () => {
    expect(recordedByAgent(read())).toBe(false);
    expect(recordedByAgent(read({ fields: { ...read().fields, text: meetingTemplate('en') } }))).toBe(false);
    expect(recordedByAgent(read({ fields: { ...read().fields, text: '  \n' } }))).toBe(false);
  });
  it('is a note once the agent wrote, promised a call-back, set a status, or acted on the ticket', () => {
    const fields = read().fields;
    expect(recordedByAgent(read({ fields: { ...fields, text: meetingTemplate('el').replace('(αυτολεξεί):', '(αυτολεξεί): «Θέλω τα χρήματά μου»') } }))).toBe(true);
    expect(recordedByAgent(read({ fields: { ...fields, followUpAt: at + 3_600_000 } }))).toBe(true);
    expect(recordedByAgent(read({ fields: { ...fields, status: 'resolved' } }))).toBe(true);
    const acted = (event: Note['timeline'][number]['event']) => recordedByAgent(read({ timeline: [...read().timeline, { at, event }] }));
    expect(acted({ kind: 'template-inserted', templateId: 'apology-food', packId: 'el-core', via: 'overlay' })).toBe(true);
    expect(acted({ kind: 'sop-step', sopId: 'burnt-food', step: 1, done: true })).toBe(true);
    expect(acted({ kind: 'sop-opened', sopId: 'burnt-food' })).toBe(true);
  });
});
