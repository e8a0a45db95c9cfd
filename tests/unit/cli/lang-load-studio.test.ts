// @vitest-environment node
/**
 * What qc/insights say on standard error about the inputs they left out, and what `odigos studio` says while it
 * starts, in the reader's language: a Greek QC lead read «skipped a.jsonl:2: not a record» and «Building the studio
 * page…» in English. Greek from each skip's code (the report's words); the English lines and --json as they were.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GOOD, odigosWith } from './run';

// The studio's server is the command's own business: here it only says that it builds its page, then runs.
vi.mock('../../../studio/server/start', () => ({
  startStudio: async (options: { folder: string; building?: () => void }) => {
    options.building?.();
    return { url: 'http://127.0.0.1:9/#token=t', workspace: { dir: options.folder }, close: async () => undefined };
  },
}));

const GREEK = { LANG: 'el_GR.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'odigos-lang-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bad = join(tmp, 'a.jsonl');
const notes = join(tmp, 'n.json');
const parquet = join(tmp, 'p.parquet');
const none = join(tmp, 'none.jsonl');
beforeAll(() => {
  // Not a record, another format, and a last record cut short.
  writeFileSync(bad, '[1,2]\n{"format":"other"}\n{"format":"odigos-qc","v":1,"type":"inter');
  writeFileSync(notes, '{"format":"odigos-notes","version":7,"notes":[]}');
  // Whole (it ends as a Parquet file ends) but not Parquet inside: a cut file is said otherwise (lead-week.test.ts).
  writeFileSync(parquet, 'PAR1 not really PAR1');
});

const qc = (options: { env?: Record<string, string> }, ...extra: string[]) => odigosWith(options, 'qc', bad, none, notes, parquet, '--json', ...extra);

describe('qc: the inputs left out, on standard error', () => {
  it('in Greek with --lang el or a Greek terminal, each reason from its code', async () => {
    const r = await qc({}, '--lang', 'el');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(`παραλείφθηκε το ${bad}:1: δεν είναι εγγραφή (αντικείμενο JSON)`);
    expect(lines).toContain(`παραλείφθηκε το ${bad}:2: δεν είναι εγγραφή ποιοτικού ελέγχου του Odigos (μορφή «other»)`);
    expect(r.stderr).toMatch(new RegExp(`παραλείφθηκε το ${bad}:3: το αρχείο κόβεται μέσα σε αυτή την εγγραφή`));
    expect(lines).toContain(`παραλείφθηκε το ${none}: το αρχείο δεν υπάρχει`);
    expect(lines).toContain(`παραλείφθηκε το ${notes}: άγνωστη έκδοση εξαγωγής σημειώσεων (7): ενημερώστε το odigos`);
    expect(lines).toContain(`παραλείφθηκε το ${parquet}: δεν διαβάζεται ως Parquet, ίσως κόπηκε ή αλλοιώθηκε`);
    // Each count with its word's form (it said «εγγραφές που έμειναν έξω: 3», «αρχεία: 1»).
    expect(lines.at(-1)).toBe('έμειναν έξω 3 εγγραφές· 0 αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά');
    // The unreadable Parquet file's records cannot be counted: said, not added as 0.
    expect(lines.at(-2)).toBe('εγγραφές που έμειναν έξω σε 1 αρχείο που δεν διαβάζεται, άγνωστος αριθμός');
    // Nothing English beside the file names.
    for (const line of lines) expect(line.replace(/\/\S+/g, ''), line).not.toMatch(/\b(?:not|cut|no|cannot|record|skipped|update)\b/);
    const terminal = await qc({ env: GREEK });
    expect(terminal.stderr).toBe(r.stderr);
  });

  it('in English as it always was; --json the same in both languages', async () => {
    const r = await qc({});
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(`skipped ${bad}:1: not a record`);
    expect(lines).toContain(`skipped ${bad}:2: not an Odigos QC record (format "other")`);
    expect(r.stderr).toMatch(new RegExp(`skipped ${bad}:3: cut short \\(the file ends inside this record\\)`));
    expect(lines).toContain(`skipped ${none}: no such file`);
    expect(lines).toContain(`skipped ${notes}: notes export version 7 is not known: update odigos`);
    expect(r.stderr).toContain(`skipped ${parquet}: cannot be read as Parquet (`);
    expect(lines.at(-1)).toMatch(/^\d+ records? left out; \d+ interactions? from duplicate or overlapping exports counted once$/);
    const greek = await qc({ env: GREEK }, '--lang', 'el');
    const json = JSON.parse(r.stdout) as { load: { skipped: { reason: string; code: string }[] } };
    expect(JSON.parse(greek.stdout).load).toEqual(json.load);
    expect(json.load.skipped).toContainEqual(expect.objectContaining({ reason: 'not a record', code: 'not-record' }));
  });

  it('insights says them the same way', async () => {
    const greek = await odigosWith({ env: GREEK }, 'insights', bad, '--pack', GOOD, '--json');
    expect(greek.code, greek.stderr).toBe(0);
    expect(greek.stderr).toContain(`παραλείφθηκε το ${bad}:1: δεν είναι εγγραφή (αντικείμενο JSON)\n`);
    expect((await odigosWith({}, 'insights', bad, '--pack', GOOD, '--json')).stderr).toContain(`skipped ${bad}:1: not a record\n`);
  });
});

describe('studio: what the server says while it starts', () => {
  /** Runs `odigos studio` until it has said where to open it, then stops it as Ctrl+C does. */
  async function studio(options: { env?: Record<string, string> }, ...extra: string[]) {
    const before = new Set(process.listeners('SIGINT'));
    const run = odigosWith(options, 'studio', tmp, ...extra);
    await vi.waitFor(() => expect(process.listeners('SIGINT').some((l) => !before.has(l))).toBe(true), { timeout: 10_000 });
    const stop = process.listeners('SIGINT').find((l) => !before.has(l))!;
    stop('SIGINT');
    return run;
  }

  it('in Greek: the building of the page and where to open it', async () => {
    for (const r of [await studio({}, '--lang', 'el'), await studio({ env: GREEK })]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('Δημιουργείται η σελίδα του στούντιο (μόνο την πρώτη φορά μετά από κάθε αλλαγή του κώδικά της)…\n');
      expect(r.stdout).toBe(`Στούντιο του Odigos για το ${tmp}\nΑνοίξτε: http://127.0.0.1:9/#token=t\n(μόνο αυτός ο υπολογιστής έχει πρόσβαση· το Ctrl+C το σταματά)\n`);
    }
  });

  it('in English as it always was', async () => {
    const r = await studio({});
    expect(r.stderr).toBe('Building the studio page (once per change of its code)…\n');
    expect(r.stdout).toBe(`Odigos studio for ${tmp}\nOpen: http://127.0.0.1:9/#token=t\n(only this computer can reach it; Ctrl+C stops it)\n`);
  });
});
