import { describe, expect, it } from 'vitest';
import { csvCell, csvSeparator, exportCsv } from '@/lib/notes/csv';
import { exportJson } from '@/lib/notes/export';
import { uiLang } from '@/lib/i18n';
import { CUSTOMER_PSEUDONYM_PREFIX, importPseudonymKey } from '@/lib/notes/mask';
import { ImportError, mergeImported, parseNotesExport } from '@/lib/notes/import';
import { failureOf, type NotesFailure } from '@/lib/failure';
import { describeNotesFailure } from '@/components/notes/NotesPage';
import { MASKS } from '@/lib/notes/mask';
import { withEvent } from '@/lib/notes/reply-edits';
import { note } from './fixtures';

const notes = [
  note('1', {
    text: 'Ο πελάτης είπε: «Θέλω "επιστροφή", τώρα»\nΤηλ. 6971234567',
    label: '#1 — Γιώργος Παπαδόπουλος',
    timeline: [{ at: 1_760_000_100_000, event: { kind: 'template-inserted', templateId: 'apology', packId: 'el-core', via: 'overlay' } }],
    writer: { editorId: 'tab-1', runBase: 0 },
    seqs: { 'tab-1': 4 },
  }),
  note('2', { fields: { text: '=SUM(A1)', customer: 'Μαρία', followUpAt: 1_760_100_000_000, status: 'waiting' } }),
];

/** A tiny RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function parseCsv(csv: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const key = () => importPseudonymKey(new Uint8Array(32).fill(3));
const HOUR = 3_600_000;
/** A customer who wrote at 09:00 (the page's time) and got the agent's reply in the thread 5 hours later. */
const waited = note('3', {
  label: '#3 — Γιώργος Παπαδόπουλος',
  fields: { text: 'Ο κ. Παπαδόπουλος ζήτησε επιστροφή.', customer: 'Γιώργος Παπαδόπουλος', followUpAt: null, status: 'resolved' },
  timeline: [
    { at: 1_760_000_000_000, event: { kind: 'message', from: 'customer', key: 'c1', shown: true } },
    { at: 1_760_000_000_000 + 5 * HOUR, event: { kind: 'sop-opened', sopId: 'double-card-charge', title: 'Διπλή χρέωση κάρτας', firstResponseMinutes: 15, completionMinutes: 2880 } },
    { at: 1_760_000_000_000 + 5 * HOUR + 60_000, event: { kind: 'sop-step', sopId: 'double-card-charge', title: 'Διπλή χρέωση κάρτας', step: 1, done: true, stepTitle: 'Ευχαριστήστε τον πελάτη' } },
    { at: 1_760_000_000_000 + 5 * HOUR + 120_000, event: { kind: 'message', from: 'agent', key: 'a1', shown: true } },
    { at: 1_760_000_000_000 + 30 * HOUR, event: { kind: 'status', status: 'resolved' } },
  ],
});

const table = (csv: string) => {
  const rows = parseCsv(csv.slice(1), csvSeparator());
  return rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
};

describe('CSV export', () => {
  it('starts with a BOM, quotes every cell and keeps Greek, quotes and line breaks intact', async () => {
    uiLang.value = 'en';
    const csv = await exportCsv(notes);
    expect(csv.startsWith('\uFEFF"Interaction id"')).toBe(true);
    const rows = table(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0].Notes).toBe(notes[0].fields.text);
    expect(rows[0].Ticket).toBe('#1 — Γιώργος Παπαδόπουλος');
    expect(rows[0].Timeline).toMatch(/Inserted the template “apology” from the panel$/);
  });

  it('has time columns and speaks the UI language: Greek column names, statuses and timeline sentences', async () => {
    uiLang.value = 'el';
    const [row] = table(await exportCsv([waited]));
    expect(row['Πρώτη απάντηση (λεπτά)']).toBe('302');
    expect(row['Στόχος πρώτης απάντησης (λεπτά)']).toBe('15');
    expect(row['Ολοκλήρωση (λεπτά)']).toBe(String(30 * 60));
    expect(row['Στόχος ολοκλήρωσης (λεπτά)']).toBe('2880');
    expect(row['Εκτός στόχου']).toBe('πρώτη απάντηση');
    expect(row['Κατάσταση']).toBe('Επιλύθηκε');
    expect(row['Μήνυμα πελάτη']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(row['Χρονολόγιο']).toContain('Άνοιξε τη διαδικασία «Διπλή χρέωση κάρτας»');
    expect(row['Χρονολόγιο']).toContain('Βήμα 1 της διαδικασίας «Διπλή χρέωση κάρτας» ολοκληρώθηκε: Ευχαριστήστε τον πελάτη');
    expect(row['Χρονολόγιο']).toContain('Η κατάσταση έγινε «Επιλύθηκε»');
    expect(row['Χρονολόγιο']).not.toMatch(/double-card-charge|SOP|step|done/);
    uiLang.value = 'en';
  });

  it('separates cells as the agent\'s Excel lists them: «;» in Greek (a comma put every row in column A), «,» in English', async () => {
    uiLang.value = 'el';
    const greek = await exportCsv([waited]);
    const header = greek.slice(1).split('\r\n')[0];
    expect(header.split(';')).toHaveLength(19);
    expect(header).not.toContain('","');
    // A comma inside a cell stays a comma: the cells are quoted.
    expect(table(greek)[0]['Εκτός στόχου']).toBe('πρώτη απάντηση');
    uiLang.value = 'en';
    expect((await exportCsv([waited])).slice(1).split('\r\n')[0].split('","')).toHaveLength(19);
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(await exportCsv(notes)).toContain(`"'=SUM(A1)"`);
  });

  it('masks personal data when asked, and names become the same pseudonym wherever they appear', async () => {
    expect(await exportCsv(notes, { mask: true })).toContain(`Τηλ. ${MASKS.phone}`);
    expect(await exportCsv(notes)).toContain('6971234567');
    const again = { ...waited, interactionId: '4', label: '#4 — ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', fields: { ...waited.fields, customer: 'ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ' } };
    const rows = table(await exportCsv([waited, again], { mask: true, key: await key() })).sort((a, b) => a.Ticket.localeCompare(b.Ticket));
    const pseudonym = rows[0].Customer;
    expect(pseudonym.startsWith(CUSTOMER_PSEUDONYM_PREFIX)).toBe(true);
    expect(rows[1].Customer).toBe(pseudonym);
    expect(rows[0].Ticket).toBe(`#3 — ${pseudonym}`);
    expect(rows[1].Ticket).toBe(`#4 — ${pseudonym}`);
    expect(rows[0].Notes).toBe(`Ο κ. ${pseudonym} ζήτησε επιστροφή.`);
    expect(JSON.stringify(rows)).not.toMatch(/Παπαδόπουλ|ΠΑΠΑΔΟΠΟΥΛ/);
  });
});

describe('JSON export and import', () => {
  it('masked: the customer’s name becomes the CSV’s pseudonym in the label, the customer field, and the template and edit words kept for QC', async () => {
    const at = 1_760_000_000_000 + 6 * HOUR;
    const inserted = { at, event: { kind: 'template-inserted' as const, templateId: 'refund-done', packId: 'el-core', via: 'overlay' as const, text: 'Κύριε Παπαδόπουλε, σας επιστρέψαμε τα χρήματα σήμερα.' } };
    const unmatched = { at: at + 1, event: { ...inserted.event, templateId: 'callback', text: 'Κύριε Παπαδόπουλε, θα σας καλέσουμε στο 6971234567.' } };
    // The reply is stored as the notes store stores it: only the words that differ from the template are kept.
    const reply = { at: at + 60_000, event: { kind: 'message' as const, from: 'agent' as const, key: 'a2', shown: true, text: 'Κύριε Παπαδόπουλε, σας επιστρέψαμε τα χρήματα σήμερα, Γιώργο.' } };
    const timeline = withEvent(withEvent(withEvent(waited.timeline, inserted), unmatched), reply);
    expect(JSON.stringify(timeline)).toMatch(/Γιώργο/); // the edit words hold the name before masking
    const withReply = { ...waited, timeline };
    const k = await key();
    const doc = JSON.parse(await exportJson([withReply], { mask: true, key: k, now: 0 }));
    const [csvRow] = table(await exportCsv([withReply], { mask: true, key: k }));
    const pseudonym = csvRow.Customer;
    expect(pseudonym.startsWith(CUSTOMER_PSEUDONYM_PREFIX)).toBe(true);
    expect(doc.masked).toBe(true);
    expect(doc.notes[0].fields.customer).toBe(pseudonym);
    expect(doc.notes[0].label).toBe(`#3 — ${pseudonym}`);
    expect(JSON.stringify(doc)).toContain(`${pseudonym}, θα σας καλέσουμε στο ${MASKS.phone}`);
    expect(JSON.stringify(doc)).not.toMatch(/Παπαδόπουλ|ΠΑΠΑΔΟΠΟΥΛ|Γιώργο|6971234567/);
  });

  it('round-trips: importing an export into an empty store and exporting again gives the same file, each note marked imported', async () => {
    const json = await exportJson(notes, { now: 0 });
    const imported = parseNotesExport(json).map((n) => mergeImported(undefined, n)!);
    const again = await exportJson(imported, { now: 0 });
    // QC counts an imported note under its author, not under whoever imported it (docs/qc-export.md).
    const doc = JSON.parse(json) as { notes: object[] };
    expect(again).toBe(JSON.stringify({ ...doc, notes: doc.notes.map((n) => ({ ...n, imported: true })) }, null, 2));
    // The mark stays through another hand-over: the colleague's notes are never the second importer's own.
    expect(await exportJson(parseNotesExport(again).map((n) => mergeImported(undefined, n)!), { now: 0 })).toBe(again);
    // Bookkeeping of one browser does not leave it.
    expect(json).not.toContain('tab-1');
  });

  it('names what is wrong in a bad file and imports nothing', async () => {
    expect(() => parseNotesExport('{')).toThrow(ImportError);
    expect(() => parseNotesExport('{"format":"other"}')).toThrow(/not an Odigos notes export/);
    const doc = JSON.parse(await exportJson(notes, { now: 0 }));
    doc.notes[1].fields.status = 'done';
    expect(() => parseNotesExport(JSON.stringify(doc))).toThrow('notes[1].fields.status must be one of open, waiting, resolved');
  });

  it('says why as data too (a code and the field), so the notes page words the refusal in the agent’s language', async () => {
    const failure = (json: string) => {
      try {
        parseNotesExport(json);
      } catch (e) {
        return failureOf(e);
      }
      return undefined;
    };
    expect(failure('{')).toEqual({ code: 'notes.notJson' });
    expect(failure('{"format":"other"}')).toEqual({ code: 'notes.notExport' });
    const doc = JSON.parse(await exportJson(notes, { now: 0 }));
    expect(failure(JSON.stringify({ ...doc, version: 9 }))).toEqual({ code: 'notes.version', version: '9', supported: String(doc.version) });
    doc.notes[1].fields.status = 'done';
    expect(failure(JSON.stringify(doc))).toEqual({ code: 'notes.field', path: 'notes[1].fields.status' });
  });

  it('the notes page words each refusal in Greek, or in English for an English UI', () => {
    const every: NotesFailure[] = [{ code: 'notes.notJson' }, { code: 'notes.notExport' }, { code: 'notes.version', version: '9', supported: '1' }, { code: 'notes.field', path: 'notes[1].fields.status' }];
    uiLang.value = 'el';
    try {
      for (const f of every) {
        const text = describeNotesFailure(f);
        // Greek words only, beyond the field's path, JSON and the button's name it quotes.
        expect(text.replace(/notes\[1\]\.fields\.status|JSON/g, ''), f.code).not.toMatch(/[A-Za-z]/);
        expect(text, f.code).toMatch(/Καμία σημείωση δεν άλλαξε\.$/);
      }
      expect(describeNotesFailure(every[3]!)).toBe('Το αρχείο δεν εισάγεται: το πεδίο «notes[1].fields.status» λείπει ή δεν είναι σωστό. Καμία σημείωση δεν άλλαξε.');
      expect(describeNotesFailure(every[2]!)).toBe('Το αρχείο είναι εξαγωγή της έκδοσης 9, ενώ αυτός ο Οδηγός διαβάζει την έκδοση 1. Καμία σημείωση δεν άλλαξε.');
      uiLang.value = 'en';
      for (const f of every) expect(describeNotesFailure(f), f.code).not.toMatch(/[Α-Ωα-ωά-ώ]/);
      expect(describeNotesFailure(every[3]!)).toBe('The file is not imported: the field “notes[1].fields.status” is missing or wrong. No note changed.');
    } finally {
      uiLang.value = 'el';
    }
  });

  it('the agent’s own backup merges by interaction: newer field wins, timelines are unioned, an identical import changes nothing', () => {
    // Newer-wins is for the agent's own notes only: a colleague's later text replaced the agent's words
    // (import-origin.test.ts says what a colleague's export of the same ticket does).
    const own = { own: true };
    const stored = note('1', {
      text: 'παλιό κείμενο',
      timeline: [{ at: 5, event: { kind: 'cue', cue: 'anger', words: ['απαράδεκτο'] } }],
    });
    const incoming = {
      ...note('1', { text: 'νέο κείμενο', timeline: [{ at: 9, event: { kind: 'status', status: 'waiting' } }] }),
      fieldAt: { ...stored.fieldAt, text: stored.fieldAt.text + 1, status: stored.fieldAt.status - 1 },
    };
    incoming.fields = { ...incoming.fields, status: 'resolved' };
    const merged = mergeImported(stored, incoming, own)!;
    expect(merged.fields.text).toBe('νέο κείμενο');
    expect(merged.fields.status).toBe('open');
    expect(merged.timeline.map((e) => e.at)).toEqual([5, 9]);
    expect(merged.version).toBe(stored.version + 1);
    // The agent's own note, with what the import added: still theirs.
    expect(merged.imported).toBeUndefined();
    expect(mergeImported(merged, merged, own)).toBeUndefined();
  });
});
