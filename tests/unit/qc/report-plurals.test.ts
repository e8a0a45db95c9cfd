// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inputSection } from '../../../knowledge/cli/qc/qc-report';
import { reportCount, reportStrings, skipWords } from '../../../knowledge/cli/qc/report-strings';
import type { LoadReport } from '../../../knowledge/cli/qc/load';
import { tellLoad } from '../../../knowledge/cli/qc/options';

const load = (over: Partial<LoadReport>): LoadReport => ({ files: 1, rowsRead: 1, skipped: [], recordsLeftOut: 1, duplicates: 1, merged: [], migrated: [], leftOutUncounted: 0, ...over });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/**
 * The QC report counts files, records, interactions, steps, views, entries: «Διαβάστηκαν αρχεία: 1» (a label with
 * its number after it, to dodge «1 αρχεία») and «1 records left out» stood where a count with its word is meant.
 */
describe('the QC report’s counts take their word’s form', () => {
  it('one of each: «Διαβάστηκε 1 αρχείο, με 1 εγγραφή», the verb agreeing too', () => {
    const el = text(inputSection(load({ merged: [{ file: 'a.jsonl', into: 'b.jsonl', n: 1 }], leftOutUncounted: 1 }), reportStrings('el'), 'el'));
    expect(el).toContain('Διαβάστηκε 1 αρχείο, με 1 εγγραφή. 1 αλληλεπίδραση από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκε μία φορά.');
    expect(el).toContain('Έμεινε εκτός 1 εγγραφή, και όσες είχε 1 αρχείο που δεν διαβάζεται (άγνωστος αριθμός).');
    expect(el).toContain('a.jsonl: 1 αλληλεπίδραση που υπάρχει και στο b.jsonl, μετρημένη μία φορά από το πληρέστερο αντίγραφο');
    const en = text(inputSection(load({ merged: [{ file: 'a.jsonl', into: 'b.jsonl', n: 1 }], leftOutUncounted: 1 }), reportStrings('en'), 'en'));
    expect(en).toContain('1 file read, with 1 record. 1 interaction from duplicate or overlapping exports counted once.');
    expect(en).toContain('1 record left out, and those of 1 file that cannot be read (number unknown).');
    expect(en).toContain('a.jsonl: 1 interaction also in b.jsonl, counted once from the most complete copy');
    expect(el + en).not.toMatch(/(αρχεία|εγγραφές|records|[Ff]iles read): 1|1 αρχεία|1 records|1 files/);
  });

  it('more: «Διαβάστηκαν 8 αρχεία, με 1.407 εγγραφές», numbers written as the report writes them', () => {
    const el = text(inputSection(load({ files: 8, rowsRead: 1407, recordsLeftOut: 3, duplicates: 88, leftOutUncounted: 2 }), reportStrings('el'), 'el'));
    expect(el).toContain('Διαβάστηκαν 8 αρχεία, με 1.407 εγγραφές. 88 αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά.');
    expect(el).toContain('Έμειναν εκτός 3 εγγραφές, και όσες είχαν 2 αρχεία που δεν διαβάζονται (άγνωστος αριθμός).');
    const en = text(inputSection(load({ files: 8, rowsRead: 1407, recordsLeftOut: 0, duplicates: 0 }), reportStrings('en'), 'en'));
    expect(en).toContain('8 files read, with 1,407 records. 0 interactions from duplicate or overlapping exports counted once.');
    expect(en).toContain('0 records left out.');
  });

  it('the other counted lines: steps, views, entries, messages, bad lines, cut notes', () => {
    const [el, en] = [reportCount('el'), reportCount('en')];
    expect(el('adh.never', 1)).toBe('1 βήμα δεν παραλείφθηκε ποτέ');
    expect(el('adh.few', 2, { k: 5 })).toBe('2 βήματα εμφανίστηκαν σε λιγότερες από 5 αλληλεπιδράσεις, εκτός γραφήματος και πίνακα');
    expect(en('ins.neither', 1)).toBe('1 entry neither suggested nor used');
    expect(el('ins.count', 1)).toBe('1 μήνυμα χωρίς καλή πρόταση.');
    expect(el('views.count', 1)).toBe('1 καταγεγραμμένη άποψη');
    expect(skipWords('el')('more-lines', { n: 1 })).toBe('και 1 ακόμη λανθασμένη γραμμή');
    expect(skipWords('en')('more-lines', { n: 2 })).toBe('and 2 more bad lines');
    expect(skipWords('el')('notes-cut', { n: 1 })).toMatch(/^το αρχείο κόβεται στη μέση: διαβάστηκε 1 ολόκληρη σημείωση,/);
    expect(skipWords('en')('no-file')).toBe('no such file');
  });

  it('the CLI’s totals on standard error too: «1 record left out», «έμεινε έξω 1 εγγραφή»', () => {
    for (const [lang, want] of [
      ['en', ['records left out in 1 file that cannot be read, number unknown', '1 record left out; 1 interaction from duplicate or overlapping exports counted once']],
      ['el', ['εγγραφές που έμειναν έξω σε 1 αρχείο που δεν διαβάζεται, άγνωστος αριθμός', 'έμεινε έξω 1 εγγραφή· 1 αλληλεπίδραση από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκε μία φορά']],
    ] as const) {
      const lines: string[] = [];
      tellLoad(load({ leftOutUncounted: 1 }), { lang, out: () => undefined, err: (l: string) => lines.push(l) } as never);
      expect(lines).toEqual(want);
    }
  });
});
