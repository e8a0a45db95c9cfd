import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv, exportJson } from '@/lib/notes/export';
import { ImportError, mergeImported, parseNotesExport } from '@/lib/notes/import';
import { MASKS } from '@/lib/notes/mask';
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
function parseCsv(csv: string): string[][] {
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
    else if (c === ',') {
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

describe('CSV export', () => {
  it('starts with a BOM, quotes every cell and keeps Greek, quotes and line breaks intact', () => {
    const csv = exportCsv(notes);
    expect(csv.startsWith('\uFEFF"interactionId"')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0];
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(first.text).toBe(notes[0].fields.text);
    expect(first.label).toBe('#1 — Γιώργος Παπαδόπουλος');
    expect(first.timeline).toMatch(/template el-core\/apology \(overlay\)$/);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(exportCsv(notes)).toContain(`"'=SUM(A1)"`);
  });

  it('masks personal data when asked', () => {
    expect(exportCsv(notes, { mask: true })).toContain(`Τηλ. ${MASKS.phone}`);
    expect(exportCsv(notes)).toContain('6971234567');
  });
});

describe('JSON export and import', () => {
  it('round-trips: importing an export into an empty store and exporting again gives the same file', () => {
    const json = exportJson(notes, { now: 0 });
    const imported = parseNotesExport(json).map((n) => mergeImported(undefined, n)!);
    expect(exportJson(imported, { now: 0 })).toBe(json);
    // Bookkeeping of one browser does not leave it.
    expect(json).not.toContain('tab-1');
  });

  it('names what is wrong in a bad file and imports nothing', () => {
    expect(() => parseNotesExport('{')).toThrow(ImportError);
    expect(() => parseNotesExport('{"format":"other"}')).toThrow(/not an Odigos notes export/);
    const doc = JSON.parse(exportJson(notes, { now: 0 }));
    doc.notes[1].fields.status = 'done';
    expect(() => parseNotesExport(JSON.stringify(doc))).toThrow('notes[1].fields.status must be one of open, waiting, resolved');
  });

  it('merges by interaction: newer field wins, timelines are unioned, an identical import changes nothing', () => {
    const stored = note('1', {
      text: 'παλιό κείμενο',
      timeline: [{ at: 5, event: { kind: 'cue', cue: 'anger', words: ['απαράδεκτο'] } }],
    });
    const incoming = {
      ...note('1', { text: 'νέο κείμενο', timeline: [{ at: 9, event: { kind: 'status', status: 'waiting' } }] }),
      fieldAt: { ...stored.fieldAt, text: stored.fieldAt.text + 1, status: stored.fieldAt.status - 1 },
    };
    incoming.fields = { ...incoming.fields, status: 'resolved' };
    const merged = mergeImported(stored, incoming)!;
    expect(merged.fields.text).toBe('νέο κείμενο');
    expect(merged.fields.status).toBe('open');
    expect(merged.timeline.map((e) => e.at)).toEqual([5, 9]);
    expect(merged.version).toBe(stored.version + 1);
    expect(mergeImported(merged, merged)).toBeUndefined();
  });
});
