import { describe, expect, it } from 'vitest';
import { qcRows, toJsonLines } from '@/lib/notes/qc-export';
import { importPseudonymKey, MASKS } from '@/lib/notes/mask';
import { CUSTOMER_PSEUDONYM_PREFIX } from '@/knowledge/qc/mask';
import { note } from '../notes/fixtures';
import { meetingTemplate } from '@/lib/notes/template';
import { customerViews } from '@/knowledge/qc/records';

const H = 3_600_000;
const T = 1_760_000_000_000;
const interaction = (id: string, customer: string, status: 'open' | 'resolved' = 'open', followUpAt: number | null = null) =>
  note(id, {
    label: `#${id} — ${customer}`,
    createdAt: T,
    updatedAt: T + H,
    fields: { text: `Απόψεις και επιθυμίες του πελάτη (αυτολεξεί):\nΟ ${customer} ζητά επιστροφή, τηλ. 6971234567.\n\nΒασικά στοιχεία:\n`, customer, followUpAt, status },
    fieldAt: { text: T, customer: T, followUpAt: T + 10 * 60_000, status: T },
    timeline: [
      { at: T, event: { kind: 'message', from: 'customer', key: 'c', shown: true } },
      { at: T + 60_000, event: { kind: 'suggested', key: 'c', entries: [], unanswered: `Είμαι ο ${customer}, το ψυγείο κάνει θόρυβο` } },
      { at: T + 2 * 60_000, event: { kind: 'sop-opened', sopId: 's', packId: 'p', title: 'Τίτλος', steps: 4, firstResponseMinutes: 15 } },
      { at: T + 3 * 60_000, event: { kind: 'sop-step', sopId: 's', step: 3, done: true } },
      { at: T + 4 * 60_000, event: { kind: 'cue', cue: 'anger', words: ['απαράδεκτο'] } },
      { at: T + 20 * 60_000, event: { kind: 'message', from: 'agent', key: 'a', shown: true } },
      ...(status === 'resolved' ? [{ at: T + 5 * H, event: { kind: 'status' as const, status: 'resolved' as const } }] : []),
    ],
  });

describe('QC rows from notes', () => {
  it('one interaction row and one per event; times, steps and a kept call-back computed as QC reads them', async () => {
    const rows = await qcRows([interaction('1', 'Γιώργος Παπαδόπουλος', 'resolved', T + 2 * H)], { agentId: 'a-1', agent: 'Ελένη', mask: false, now: T + 10 * H });
    const [i, ...events] = rows;
    expect(i).toMatchObject({ format: 'odigos-qc', v: 1, type: 'interaction', agent: 'Ελένη', first_response_min: 20, first_response_target_min: 15, completion_min: 300, steps_done: [3], steps_skipped: [1, 2, 4], callback_status: 'kept', cues: ['anger'] });
    expect(events.map((e) => e.kind)).toEqual(['message', 'suggested', 'sop-opened', 'sop-step', 'cue', 'message', 'status']);
    expect(new Set(rows.map((r) => r.export_id)).size).toBe(1);
  });

  it('masked by default: the same pseudonym for the same customer everywhere, numbers masked in views and unanswered', async () => {
    const key = await importPseudonymKey(new Uint8Array(32).fill(9));
    const rows = await qcRows([interaction('1', 'Γιώργος Παπαδόπουλος'), interaction('2', 'ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ'), interaction('3', 'Μαρία Κωνσταντίνου')], { agentId: 'a-1', mask: true, key, now: T + 10 * H });
    const people = rows.filter((r) => r.type === 'interaction').map((r) => r.customer);
    expect(people[0]).toMatch(new RegExp(`^\\${CUSTOMER_PSEUDONYM_PREFIX}`));
    expect(people[1]).toBe(people[0]);
    expect(people[2]).not.toBe(people[0]);
    const text = toJsonLines(rows);
    expect(text).not.toMatch(/Παπαδόπουλ|ΠΑΠΑΔΟΠΟΥΛ|Κωνσταντίνου|6971234567/);
    expect(rows[0].views).toBe(`Ο ${people[0]} ζητά επιστροφή, τηλ. ${MASKS.phone}.`);
    expect(rows.find((r) => r.kind === 'suggested')!.unanswered).toBe(`Είμαι ο ${people[0]}, το ψυγείο κάνει θόρυβο`);
  });

  it('leaves out the parts the organisation turns off', async () => {
    const rows = await qcRows([interaction('1', 'Γιώργος')], { agentId: 'a-1', agent: 'Ελένη', team: 'Α', mask: true, omit: ['views', 'unanswered', 'cues', 'agentName'], now: T });
    const text = toJsonLines(rows);
    for (const gone of ['"views":', '"unanswered":', '"cues":', '"cue":', '"agent":', 'απαράδεκτο', 'Ελένη']) expect(text).not.toContain(gone);
    expect(rows[0].team).toBe('Α');
  });
  it('the customer\'s views are what the agent wrote under that heading: nothing when they wrote only further down', async () => {
    // An English agent on RT wrote under «Outcome:» only: QC read the next heading, "Key facts:", as the customer's views.
    const outcomeOnly = `${meetingTemplate('en')}Customer prefers email; refund via original card.`;
    const written = meetingTemplate('en').replace('(verbatim):\n', '(verbatim):\nWants the duplicate £349.00 back on his card.\n');
    const greek = `${meetingTemplate('el')}Θα ξαναγράψει.`;
    const rows = await qcRows(
      [outcomeOnly, written, greek].map((text, i) => note(String(i), { label: `#${i}`, createdAt: T, updatedAt: T, fields: { text, customer: 'Daniel Whitmore', followUpAt: null, status: 'open' }, timeline: [] })),
      { agentId: 'a-1', mask: false, now: T },
    );
    const views = rows.filter((r) => r.type === 'interaction').map((r) => r.views ?? null);
    expect(views).toEqual([null, 'Wants the duplicate £349.00 back on his card.', null]);
  });
});

describe('the customer’s views, however the agent typed into the template', () => {
  const el = meetingTemplate('el');
  const en = meetingTemplate('en');

  it('stop at the next heading when the agent typed into the empty line under the first (no blank line is left)', () => {
    // Typed on the template's empty lines: QC received the key facts (an order, a masked phone) and the agreed
    // actions as the customer's words.
    const typed = el
      .replace('(αυτολεξεί):\n\n', '(αυτολεξεί):\nΘέλω τα χρήματά μου πίσω στην κάρτα.\n')
      .replace('Βασικά στοιχεία:\n\n', 'Βασικά στοιχεία:\nΠαραγγελία 74031, τηλ. 6941234567\n');
    expect(customerViews(typed)).toBe('Θέλω τα χρήματά μου πίσω στην κάρτα.');
    const english = en.replace('(verbatim):\n\n', '(verbatim):\nJust email me, please.\n').replace('Key facts:\n\n', 'Key facts:\nOrder 7731\n');
    expect(customerViews(english)).toBe('Just email me, please.');
    // Two lines of views are both kept; Windows line ends too.
    expect(customerViews(el.replace('(αυτολεξεί):\n\n', '(αυτολεξεί):\nΠρώτη γραμμή.\nΔεύτερη γραμμή.\n').replace(/\n/g, '\r\n'))).toBe('Πρώτη γραμμή.\nΔεύτερη γραμμή.');
  });

  it('are the words after the heading’s colon, on its own line (they counted as no view at all)', () => {
    const typed = el.replace('(αυτολεξεί):\n', '(αυτολεξεί): «Τρίτη φορά που καλώ για το ίδιο θέμα.»\n').replace('Βασικά στοιχεία:\n', 'Βασικά στοιχεία: Παραγγελία 7731\n');
    expect(customerViews(typed)).toBe('«Τρίτη φορά που καλώ για το ίδιο θέμα.»');
    // The bracketed note deleted, and the next heading written on the line right after.
    expect(customerViews('Απόψεις και επιθυμίες του πελάτη: Να με καλείτε μετά τις 17:00.\nΒασικά στοιχεία: —\n')).toBe('Να με καλείτε μετά τις 17:00.');
  });

  it('are found under a heading typed without accents, in capitals, in mixed case or in Greeklish (they counted as none)', () => {
    // Capitals carry no accents, and agents type a short heading of their own (seed 000: every view to QC).
    for (const typed of ['αποψη πελατη', 'ΑΠΟΨΗ ΠΕΛΑΤΗ:', 'Άποψη Πελάτη:', 'ΑπΟψΗ πΕλΑτΗ :', 'apopsi pelati:', 'Apopsh pelath', 'APOPSEIS TOU PELATI:', 'ΑΠΟΨΕΙΣ ΚΑΙ ΕΠΙΘΥΜΙΕΣ ΤΟΥ ΠΕΛΑΤΗ (ΑΥΤΟΛΕΞΕΙ):', "Customer's views:", '- customer view']) {
      expect(customerViews(`${typed}\nΘέλω επιστροφή στην κάρτα.\nβασικα στοιχεια:\nΠαραγγελία 7731\n`), typed).toBe('Θέλω επιστροφή στην κάρτα.');
    }
    expect(customerViews('ΑΠΟΨΗ ΠΕΛΑΤΗ: Να με καλείτε μετά τις 17:00.\nΣΥΜΦΩΝΗΜΕΝΕΣ ΕΝΕΡΓΕΙΕΣ: επιστροφή')).toBe('Να με καλείτε μετά τις 17:00.');
  });

  it('are not read from ordinary sentences that merely contain the words', () => {
    for (const sentence of ['Η άποψη του πελάτη είναι ότι άργησε το δέμα.', 'Άποψη πελάτη ήταν να ακυρωθεί: δεν ακυρώθηκε.', 'Ζήτησα την άποψη πελάτη: θα απαντήσει αύριο.', 'apopsi pelati sto email', 'Καμία άποψη πελάτη:']) {
      expect(customerViews(`${sentence}\nΘέλω επιστροφή.`), sentence).toBe('');
    }
  });

  it('still end at a heading of the agent’s own after a blank line, and are empty when only later sections are written', () => {
    expect(customerViews(`Απόψεις και επιθυμίες του πελάτη (αυτολεξεί):\nΘέλει επιστροφή.\n\nΙστορικό:\nδύο κλήσεις`)).toBe('Θέλει επιστροφή.');
    expect(customerViews(el.replace('Έκβαση:\n', 'Έκβαση: Λύθηκε.\n'))).toBe('');
    expect(customerViews('Σημειώσεις χωρίς πρότυπο')).toBe('');
  });
});
