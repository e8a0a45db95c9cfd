// @vitest-environment node
/**
 * A Greek QC lead's Monday (tests/fixtures/qc-week/lead-week.ts): six agents' exports of the week the clocks went
 * back, made with the extension's export code, in Greek and English, across midnight, exported twice, saved twice,
 * cut short, and one from an older extension. Each figure is counted by hand from what the agents did (`truth`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENTS, writeWeek, type WeekFiles, type WeekTruth } from '../../fixtures/qc-week/lead-week';
import { odigos } from '../cli/run';

type Row = Record<string, unknown>;
let week: WeekFiles;
let fig: Record<string, Row[]> & { load: { duplicates: number; recordsLeftOut: number; skipped: Row[] } };
let html: string;

/** The interactions Κατερίνα's cut file still holds whole (its lines that parse). */
function katerinaKept(): Set<string> {
  const ids = new Set<string>();
  for (const line of readFileSync(week.files.katerina, 'utf8').replace(/^\uFEFF/, '').split('\n')) {
    try {
      const row = JSON.parse(line) as Row;
      if (row.type === 'interaction') ids.add(String(row.interaction_id));
    } catch {
      // The last line, cut short.
    }
  }
  return ids;
}

/** What the report should count: every interaction of the week, Κατερίνα's only where her file still has them. */
function counted(): WeekTruth[] {
  const kept = katerinaKept();
  return week.truth.filter((t) => t.agentKey !== 'katerina' || kept.has(t.interactionId));
}

const athensDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(ms);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-lead-week-'));
  week = await writeWeek(join(dir, 'exports'));
  const json = await odigos('qc', join(dir, 'exports'), '--tz', 'Europe/Athens', '--json');
  expect(json.code, json.stderr).toBe(0);
  fig = JSON.parse(json.stdout);
  const out = join(dir, 'report.html');
  const run = await odigos('qc', join(dir, 'exports'), '--tz', 'Europe/Athens', '-o', out);
  expect(run.code, run.stderr).toBe(0);
  html = readFileSync(out, 'utf8');
}, 120_000);

describe('a Greek QC lead’s week of six agents', () => {
  it('counts every interaction once: Μαρία’s Thursday and Sunday exports and the Sunday copy are one week of hers', () => {
    const truth = counted();
    expect(truth.length).toBeGreaterThan(300);
    expect(fig.summary[0].interactions).toBe(truth.length);
    expect(fig.summary[0].agents).toBe(6);
    const maria = truth.filter((t) => t.agentKey === 'maria');
    const row = fig.response_by_agent.find((r) => r.agent === 'Μαρία Κωνσταντινίδου')!;
    expect(row.interactions).toBe(maria.length);
    // Thursday's rows again on Sunday, and the whole Sunday file again under «(1)».
    const thursday = readFileSync(week.files.mariaThursday, 'utf8').split('\n').filter((l) => l.includes('"type":"interaction"')).length;
    expect(fig.load.duplicates).toBe(thursday + maria.length);
  });

  it('counts call-backs as they stood on Monday: Μαρία’s promises still pending in Thursday’s export are counted once, as on Sunday', () => {
    const thursdayPending = readFileSync(week.files.mariaThursday, 'utf8').split('\n').filter((l) => l.includes('"callback_status":"pending"')).length;
    expect(thursdayPending).toBeGreaterThan(0);
    for (const a of AGENTS) {
      const mine = counted().filter((t) => t.agentKey === a.key && t.callback);
      const row = fig.callbacks.find((r) => (a.agentId ? r.agent_id === a.agentId : String(r.agent_id).startsWith('notes-')))!;
      const byHand = Object.fromEntries(['kept', 'late', 'missed', 'overdue', 'pending'].map((s) => [s, mine.filter((t) => t.callback === s).length]));
      expect({ promised: row.promised, kept: row.kept, late: row.late, missed: row.missed, overdue: row.overdue, pending: row.pending }, a.key).toEqual({ promised: mine.length, ...byHand });
    }
  });

  it('gives James’s first-response figures as counted by hand (London desk, English pack)', () => {
    const james = counted().filter((t) => t.agentKey === 'james');
    const answered = james.filter((t) => t.firstResponseMin !== undefined);
    const within = answered.filter((t) => t.firstResponseMin! <= t.firstResponseTarget).length;
    const row = fig.response_by_agent.find((r) => r.agent === 'James Walker')!;
    expect(row.with_target).toBe(answered.length);
    expect(row.first_response_within_target).toBeCloseTo(within / answered.length, 4);
    expect(row.no_reply).toBe(james.length - answered.length);
  });

  it('counts the customers’ views each agent wrote, also those typed on the heading’s line (Γιώργος, older export)', () => {
    for (const a of AGENTS) {
      const mine = counted().filter((t) => t.agentKey === a.key);
      // Γιώργος's older export carries no agent id: the file stands for one («notes-…»).
      const row = fig.response_by_agent.find((r) => (a.agentId ? r.agent_id === a.agentId : String(r.agent_id).startsWith('notes-')))!;
      expect(row.interactions, a.key).toBe(mine.length);
      expect(row.views_missing, a.key).toBe(mine.filter((t) => !t.views).length);
    }
    // Quoted as written: never the key facts or agreed actions typed under the next headings.
    const quotes = fig.views.flatMap((r) => r.quotes as string[]);
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => /Βασικά στοιχεία|Key facts|Συμφωνημένες|Agreed actions|Παραγγελία|Order \d/.test(q))).toEqual([]);
  });

  it('says the older export’s agent has no name, and which file stands for them, in both languages', async () => {
    // It carries no agent’s name: «notes-65f4f7dc6e2f» told the lead nothing, and the file’s name alone read as a name.
    const row = fig.response_by_agent.find((r) => String(r.agent_id).startsWith('notes-'))!;
    expect([row.agent, row.agent_file]).toEqual([null, 'odigos-notes-2026-10-26.json']);
    expect(fig.callbacks.find((r) => r.agent_id === row.agent_id)).toMatchObject({ agent: null, agent_file: 'odigos-notes-2026-10-26.json' });
    expect(html).toContain('<td>Εκπρόσωπος χωρίς όνομα (αρχείο odigos-notes-2026-10-26.json)</td>');
    expect(html).not.toContain('<td>odigos-notes-2026-10-26.json</td>');
    // The charts of times and call-backs by agent, short enough not to be cut.
    expect(html.match(/>Χωρίς όνομα \(odigos-notes-2026-10-26\)</g)).toHaveLength(2);
    const out = join(mkdtempSync(join(tmpdir(), 'odigos-qc-unnamed-')), 'report.html');
    const run = await odigos('qc', week.dir, '--tz', 'Europe/Athens', '--lang', 'en', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const en = readFileSync(out, 'utf8');
    expect(en).toContain('<td>Unnamed agent (file odigos-notes-2026-10-26.json)</td>');
    expect(en.match(/>Unnamed \(odigos-notes-2026-10-26\)</g)).toHaveLength(2);
  }, 60_000);

  it('counts adherence per pack: James’s English address-change steps are not under the Greek SOP’s title', () => {
    const done = (title: string) => fig.adherence.find((r) => r.sop === title && r.step === 1)?.done ?? 0;
    const truth = counted();
    for (const title of ['Αλλαγή διεύθυνσης αποστολής', 'Change the delivery address of an order']) {
      expect(done(title), title).toBe(truth.filter((t) => t.sopTitle === title).length);
    }
  });

  it('keeps each adherence bar’s step in its label: a long SOP title is cut, not «· Βήμα 3»', () => {
    const adherence = html.slice(html.indexOf('id="adherence"'), html.indexOf('id="escalations"'));
    const labels = [...adherence.matchAll(/<text[^>]*>([^<]*Βήμα[^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(5);
    // Cut from the end, eight steps of one SOP were eight bars labelled «Αλλαγή ημερομηνίας παράδοσης …».
    expect(labels.filter((l) => !/ · (?:Βήμα \d+|Βήματα \d+–\d+)$/.test(l))).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('counts the week on Athens time: Νίκος’s customers after Sunday’s midnight are in the next week', () => {
    const next = counted().filter((t) => athensDay(t.customerAt) >= '2026-10-26').length;
    expect(next).toBeGreaterThan(0);
    expect(fig.response_by_week.map((r) => [r.week, r.interactions])).toEqual([
      ['2026-10-19', counted().length - next],
      ['2026-10-26', next],
    ]);
  });

  it('reads the whole notes of an older export cut short, and says in Greek that the rest is missing (the whole file was skipped)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-cut-notes-'));
    const text = readFileSync(week.files.giorgos, 'utf8');
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    // By hand: the notes of the list (indented four spaces) that close before the cut.
    const whole = cut.split('\n').filter((l) => l === '    },' || l === '    }').length;
    expect(whole).toBeGreaterThan(20);
    const file = join(dir, 'odigos-notes-cut.json');
    writeFileSync(file, cut);
    const out = join(dir, 'report.html');
    const json = await odigos('qc', file, '--tz', 'Europe/Athens', '--json', '-o', out);
    expect(json.code, json.stderr).toBe(0);
    const cutFig = JSON.parse(json.stdout);
    expect(cutFig.summary[0].interactions).toBe(whole);
    expect(cutFig.load.skipped).toEqual([expect.objectContaining({ file, code: 'notes-cut', values: { n: whole } })]);
    expect(cutFig.load.recordsLeftOut).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain(`το αρχείο κόβεται στη μέση: διαβάστηκαν ${whole} ολόκληρες σημειώσεις, οι υπόλοιπες λείπουν`);
  }, 60_000);

  it('names the cut file in Greek, says what to do, and says the older export was migrated in Greek', () => {
    const input = html.slice(html.indexOf('id="input"'));
    expect(fig.load.recordsLeftOut).toBe(1);
    expect(input).toContain('odigos-qc-katerina-2026-10-26.jsonl:');
    expect(input).toContain('η εξαγωγή είναι ελλιπής');
    expect(input).toContain('ζητήστε από τον εκπρόσωπο να τη στείλει ξανά');
    expect(input).toContain('εξαγωγή σημειώσεων σε JSON');
    // The English words of standard error stood in the Greek report.
    expect(input).not.toMatch(/cut short|notes JSON export|invalid JSON/);
  });

  it('counts a cut older export once when the agent sends it again whole, and says once, in Greek and English, that the whole file covers it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-resent-'));
    const text = readFileSync(week.files.giorgos, 'utf8');
    // The cut file first by name: the whole one, sent after it, must not lose to it.
    const cut = join(dir, 'odigos-notes-2026-10-26 (cut).json');
    const whole = join(dir, 'odigos-notes-2026-10-26.json');
    writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.6)));
    writeFileSync(whole, text);
    const all = (JSON.parse(text) as { notes: unknown[] }).notes.length;
    const out = join(dir, 'report.html');
    const json = await odigos('qc', dir, '--tz', 'Europe/Athens', '--json', '-o', out);
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    // Each file stood for an agent of its own: every interaction of the cut file was counted twice.
    expect(f.summary[0].interactions).toBe(all);
    expect(f.summary[0].agents).toBe(1);
    const inCut = f.load.skipped[0].values.n as number;
    expect(f.load.duplicates).toBe(inCut);
    expect(f.load.merged).toEqual([{ file: cut, into: whole, n: inCut }]);
    // Still listed as skipped for --json (fields added, none renamed), with the file that covers it; nothing left out.
    expect(f.load.skipped).toEqual([expect.objectContaining({ file: cut, code: 'notes-cut', coveredBy: whole })]);
    expect(f.load.recordsLeftOut).toBe(0);
    const input = (html: string) => html.slice(html.indexOf('id="input"'), html.indexOf('</section>', html.indexOf('id="input"')));
    const el = input(readFileSync(out, 'utf8'));
    expect(el).toContain(`${cut}: είχε κοπεί, αλλά στάλθηκε ξανά ολόκληρο ως odigos-notes-2026-10-26.json, που περιέχει όλες τις εγγραφές του και όσες έλειπαν μετά το σημείο όπου κόπηκε· μετρήθηκαν από εκεί, μία φορά. Δεν χρειάζεται να ζητήσετε ξανά την εξαγωγή.`);
    // «Ζητήστε από τον εκπρόσωπο να το στείλει ξανά» just below the line saying it was counted from the whole file.
    expect(el).not.toContain('Παραλείφθηκαν');
    expect(el).not.toContain('ζητήστε από τον εκπρόσωπο');
    expect(el.split(`${cut}:`).length - 1).toBe(1);
    expect(el).toContain('Έμειναν εκτός 0 εγγραφές.');
    const en = await odigos('qc', dir, '--lang', 'en', '-o', join(dir, 'report-en.html'));
    const enInput = input(readFileSync(join(dir, 'report-en.html'), 'utf8'));
    expect(enInput).toContain(`${cut}: was cut short, but sent again whole as odigos-notes-2026-10-26.json, which holds all its records and those missing after the cut; they were counted from there, once. No need to ask for the export again.`);
    expect(enInput).not.toMatch(/Skipped|ask the agent/);
    expect(en.stderr).toContain(`${cut}: was cut short, but sent again whole as ${whole}`);
    expect(en.stderr).not.toContain('skipped');
    expect(json.stderr).not.toContain(`skipped ${cut}`);
  }, 60_000);

  it('a later whole export covers a cut one when it holds the cut note; where it does not, the cut stays said with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-resent-later-'));
    const doc = JSON.parse(readFileSync(week.files.giorgos, 'utf8')) as { exportedAt: string; notes: { interactionId: string; createdAt: number }[] };
    // Cut in the middle of the 31st note, just after its interaction id: that note is the one the cut lost.
    const text = JSON.stringify(doc, null, 2);
    const lost = doc.notes[30];
    const at = text.indexOf(`"${lost.interactionId}"`, text.indexOf('"interactionId"', text.indexOf(`"${doc.notes[29].interactionId}"`) + 1));
    const cut = join(dir, 'giorgos-monday.json');
    writeFileSync(cut, text.slice(0, at + lost.interactionId.length + 8));
    // A later export of the same notes (another moment, written otherwise: not the cut file's bytes).
    const later = { ...doc, exportedAt: new Date(Date.parse(doc.exportedAt) + 86_400_000).toISOString() };
    const whole = join(dir, 'giorgos-tuesday.json');
    writeFileSync(whole, JSON.stringify(later));
    let f = JSON.parse((await odigos('qc', dir, '--json')).stdout);
    expect(f.load.skipped).toEqual([expect.objectContaining({ file: cut, code: 'notes-cut', values: { n: 30 }, coveredBy: whole })]);
    expect(f.load.recordsLeftOut).toBe(0);
    // The later export no longer holds the note the cut lost: it is truly missing, and said so.
    writeFileSync(whole, JSON.stringify({ ...later, notes: later.notes.filter((n) => n !== later.notes[30]) }));
    const out = join(dir, 'report.html');
    f = JSON.parse((await odigos('qc', dir, '--json', '-o', out)).stdout);
    expect(f.load.skipped).toEqual([expect.objectContaining({ file: cut, code: 'notes-cut', values: { n: 30 } })]);
    expect(f.load.skipped[0].coveredBy).toBeUndefined();
    expect(f.load.recordsLeftOut).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('οι υπόλοιπες λείπουν· ζητήστε από τον εκπρόσωπο να το στείλει ξανά');
  }, 60_000);

  it('counts a cut QC export sent again whole from the whole file, even when the cut one comes first by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-resent-jsonl-'));
    const eleni = readFileSync(week.files.eleni, 'utf8');
    writeFileSync(join(dir, 'eleni-1.jsonl'), eleni.slice(0, Math.floor(eleni.length * 0.5)));
    writeFileSync(join(dir, 'eleni-2.jsonl'), eleni);
    const json = await odigos('qc', dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    // The same export id in both: the first file by name was the one read, and the interactions after its cut lost.
    expect(f.summary[0].interactions).toBe(eleni.split('\n').filter((l) => l.includes('"type":"interaction"')).length);
    expect(f.load.merged).toEqual([expect.objectContaining({ file: join(dir, 'eleni-1.jsonl'), into: join(dir, 'eleni-2.jsonl') })]);
  }, 60_000);

  it('says a Parquet export cut before its footer by name, in Greek and English, with what to do; the whole one sent again counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-cut-parquet-'));
    const bytes = readFileSync(week.files.nikos);
    const cut = join(dir, 'odigos-qc-nikos-2026-10-26.parquet');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const out = join(dir, 'report.html');
    const json = await odigos('qc', cut, '--json', '-o', out);
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    expect(f.load.skipped).toEqual([expect.objectContaining({ file: cut, code: 'parquet-cut' })]);
    // «δεν διαβάζεται ως Parquet, ίσως κόπηκε ή αλλοιώθηκε»: no word of what to do.
    expect(readFileSync(out, 'utf8')).toContain(`${cut}</code>: το αρχείο Parquet κόβεται πριν από το τέλος του, όπου γράφεται η δομή του και πού βρίσκονται οι εγγραφές του· γι’ αυτό δεν διαβάζεται καμία εγγραφή του: ζητήστε από τον εκπρόσωπο να στείλει ξανά την εξαγωγή`);
    expect(json.stderr).toContain(`skipped ${cut}: cut short before its footer, so none of its records can be read: ask the agent to send the export again`);
    // Its records cannot be counted: «Έμειναν εκτός 0 εγγραφές» read as if nothing was lost.
    expect(f.load.recordsLeftOut).toBe(0);
    expect(f.load.leftOutUncounted).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('Έμειναν εκτός 0 εγγραφές, και όσες είχε 1 αρχείο που δεν διαβάζεται (άγνωστος αριθμός).');
    expect(json.stderr).toContain('records left out in 1 file that cannot be read, number unknown\n0 records left out;');
    const whole = join(dir, 'odigos-qc-nikos-2026-10-26 (1).parquet');
    writeFileSync(whole, bytes);
    const again = JSON.parse((await odigos('qc', dir, '--json')).stdout);
    expect(again.summary[0].interactions).toBe(week.truth.filter((t) => t.agentKey === 'nikos').length);
    // The whole file starts with the cut one's bytes: it covers it, and nothing is left out.
    expect(again.load.skipped).toEqual([expect.objectContaining({ file: cut, code: 'parquet-cut', coveredBy: whole })]);
    expect(again.load.leftOutUncounted).toBe(0);
  }, 60_000);

  it('shows one agent for an older export and a later one whose earliest notes were deleted, named by the newest file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-later-notes-'));
    const doc = JSON.parse(readFileSync(week.files.giorgos, 'utf8')) as { exportedAt: string; notes: { createdAt: number }[] };
    const byAge = [...doc.notes].sort((a, b) => a.createdAt - b.createdAt);
    writeFileSync(join(dir, 'giorgos-monday.json'), JSON.stringify(doc));
    // A week later: his five oldest notes deleted, the rest still there.
    const later = { ...doc, exportedAt: new Date(Date.parse(doc.exportedAt) + 7 * 86_400_000).toISOString(), notes: byAge.slice(5) };
    writeFileSync(join(dir, 'giorgos-next-monday.json'), JSON.stringify(later));
    const json = await odigos('qc', dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    expect(f.summary[0].interactions).toBe(doc.notes.length);
    // Each file's earliest note stood for its agent: two rows, «giorgos-monday.json» and «giorgos-next-monday.json».
    expect(f.summary[0].agents).toBe(1);
    expect(f.response_by_agent.map((r: Row) => [r.agent_file, r.interactions])).toEqual([['giorgos-next-monday.json', doc.notes.length]]);
  }, 60_000);

  it('keeps apart a colleague who imported Γιώργος’s export: his notes counted once, as his; each agent’s own as theirs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-imported-notes-'));
    type Note = { interactionId: string; createdAt: number };
    const doc = JSON.parse(readFileSync(week.files.giorgos, 'utf8')) as { exportedAt: string; notes: Note[] };
    writeFileSync(join(dir, 'giorgos.json'), JSON.stringify(doc));
    // Βασίλης worked the same week on tickets of his own (at his own moments, before Γιώργος's export too), then
    // imported Γιώργος's export on a hand-over and exported a day later: his file holds Γιώργος's notes as they were.
    const own = doc.notes.map((n) => ({ ...n, interactionId: `${n.interactionId}-v`, createdAt: n.createdAt + 90_000 }));
    const later = new Date(Date.parse(doc.exportedAt) + 86_400_000).toISOString();
    writeFileSync(join(dir, 'vasilis.json'), JSON.stringify({ ...doc, exportedAt: later, notes: [...doc.notes, ...own].sort((a, b) => a.createdAt - b.createdAt) }));
    const json = await odigos('qc', dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    // Sharing notes made them one installation, under Βασίλης's file: one agent with both agents' interactions.
    expect(f.summary[0].agents).toBe(2);
    expect(f.summary[0].interactions).toBe(2 * doc.notes.length);
    expect(f.response_by_agent.map((r: Row) => [r.agent_file, r.interactions]).sort()).toEqual([['giorgos.json', doc.notes.length], ['vasilis.json', own.length]]);
    const ids = new Set(f.response_by_agent.map((r: Row) => r.agent_id));
    expect(ids.size).toBe(2);
  }, 60_000);

  it('keeps two agents’ interactions with the same ticket numbers apart, in older and in QC exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-same-tickets-'));
    const doc = JSON.parse(readFileSync(week.files.giorgos, 'utf8')) as { notes: { createdAt: number }[] };
    writeFileSync(join(dir, 'giorgos.json'), JSON.stringify(doc));
    // Another agent's installation wrote notes on the same tickets, at its own moments.
    writeFileSync(join(dir, 'colleague.json'), JSON.stringify({ ...doc, notes: doc.notes.map((n) => ({ ...n, createdAt: n.createdAt + 90_000 })) }));
    const eleni = readFileSync(week.files.eleni, 'utf8');
    writeFileSync(join(dir, 'eleni.jsonl'), eleni);
    // A colleague's own QC export of the same tickets: their notes were made at their own moments. (Ελένη's rows
    // copied to the millisecond are not a colleague's work but an import of hers, counted once, under her.)
    const later = (line: string) => line.replace(/"created_at":"([^"]+)"/, (_, at: string) => `"created_at":"${new Date(Date.parse(at) + 90_000).toISOString()}"`);
    writeFileSync(join(dir, 'other.jsonl'), eleni.replaceAll(AGENTS[0].agentId, 'a-000000000001').replace(/"export_id":"[^"]+"/g, '"export_id":"x-other"').split('\n').map(later).join('\n'));
    const json = await odigos('qc', dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const f = JSON.parse(json.stdout);
    const eleniN = eleni.split('\n').filter((l) => l.includes('"type":"interaction"')).length;
    expect(f.summary[0].interactions).toBe(2 * doc.notes.length + 2 * eleniN);
    expect(f.summary[0].agents).toBe(4);
    expect(f.load.duplicates).toBe(0);
    expect(f.load.merged).toEqual([]);
  }, 60_000);
});
