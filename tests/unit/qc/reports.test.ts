// @vitest-environment node
/**
 * `odigos qc` and `odigos insights` on simulated agents' exports (JSON Lines, Parquet, an older notes export, a
 * truncated file, a duplicate export, a file of a newer schema): every figure checked against one computed here
 * independently, from what the simulator says happened (bench/qc-sim.ts truth), not from the exported rows.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentRows, simExportedAt, simulateAgent, writeAgentExport, type SimAgent, type SimTruth } from '../../../bench/qc-sim';
import { odigos } from '../cli/run';

/** What the tests read of `--json` (rows are as the SQL files return them). */
type Row = Record<string, number | string | null>;
interface Figures {
  load: { duplicates: number; recordsLeftOut: number; migrated: unknown[]; skipped: unknown[] };
  [query: string]: Row[] | Figures['load'];
}
interface Topic {
  count: number;
  triggers: string[];
  examples: string[];
  nearest?: { entry: string };
}
const rowsOf = (fig: Figures, q: string) => fig[q] as Row[];

const DAYS = 4;
const PER_DAY = 7;
const exportedAt = simExportedAt(DAYS);

/** Linear interpolation between closest ranks, as DuckDB's quantile_cont. */
function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const within = (list: SimTruth[], value: (t: SimTruth) => number | undefined, target: (t: SimTruth) => number | undefined) => {
  const both = list.filter((t) => value(t) !== undefined && target(t) !== undefined);
  return round(both.filter((t) => value(t)! <= target(t)!).length / both.length, 4);
};

/** An export as the notes page wrote it before the QC export existed (odigos-notes version 1). */
function olderNotesExport(dir: string, a: SimAgent): string {
  const notes = a.notes.map((n) => ({
    ...n,
    url: `https://desk.example.gr/tickets/${n.interactionId}`,
    updatedAt: n.createdAt,
    version: 3,
    fieldAt: { text: n.createdAt, customer: n.createdAt, followUpAt: n.fieldAt.followUpAt, status: n.createdAt },
  }));
  const file = join(dir, 'notes-older.json');
  writeFileSync(file, JSON.stringify({ format: 'odigos-notes', version: 1, exportedAt: new Date(exportedAt).toISOString(), masked: false, notes }, null, 2));
  return file;
}

interface Setup {
  files: string[];
  truth: SimTruth[];
  agents: SimAgent[];
  truncated: string;
  newer: string;
  duplicateOf: SimAgent;
}

function setUp(): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-test-'));
  const agents = Array.from({ length: 5 }, (_, i) => simulateAgent(i, DAYS, PER_DAY, 42));
  const files = [
    writeAgentExport(dir, agents[0], 'jsonl', exportedAt),
    writeAgentExport(dir, agents[1], 'parquet', exportedAt),
    olderNotesExport(dir, agents[2]),
  ];
  // Agent 3's file is cut inside its last record (an event row: the interaction rows all survive).
  const full = writeAgentExport(dir, agents[3], 'jsonl', exportedAt);
  const text = readFileSync(full, 'utf8');
  const truncated = join(dir, 'cut.jsonl');
  writeFileSync(truncated, text.slice(0, text.length - 40));
  files.push(truncated);
  // Agent 4 exported the same period twice (a day apart), and the first file was also copied under another name.
  const first = writeAgentExport(dir, agents[4], 'jsonl', exportedAt, 'first');
  const copy = join(dir, 'copy-of-first.jsonl');
  copyFileSync(first, copy);
  files.push(first, copy, writeAgentExport(dir, agents[4], 'parquet', exportedAt + 86_400_000, 'second'));
  // A file from a newer Odigos.
  const newer = join(dir, 'newer.jsonl');
  writeFileSync(newer, agentRows(agents[0], exportedAt, 'future').slice(0, 3).map((r) => JSON.stringify({ ...r, v: 2 })).join('\n') + '\n');
  files.push(newer);
  return { files, truth: agents.flatMap((a) => a.truth), agents, truncated, newer, duplicateOf: agents[4] };
}

describe('odigos qc over several agents’ exports', () => {
  let s: Setup;
  let fig: Figures;
  let stderr: string;
  beforeAll(async () => {
    s = setUp();
    const run = await odigos('qc', ...s.files, '--json');
    expect(run.code, run.stderr).toBe(0);
    fig = JSON.parse(run.stdout);
    stderr = run.stderr;
  }, 120_000);

  it('counts every interaction once: the older export migrated, the duplicate and the repeated file not counted twice', () => {
    expect(rowsOf(fig, 'summary')[0].interactions).toBe(s.truth.length);
    expect(rowsOf(fig, 'summary')[0].agents).toBe(5);
    expect(fig.load.duplicates).toBe(s.duplicateOf.truth.length * 2);
    expect(fig.load.migrated).toEqual([{ file: s.files[2], from: expect.stringMatching(/odigos-notes v1/), code: 'notes-v1' }]);
    expect(stderr).toContain(`migrated ${s.files[2]}`);
  });

  it('names the truncated file and its line, the newer-schema file with the fix, and counts what they left out', () => {
    const lines = readFileSync(s.truncated, 'utf8').split('\n').length;
    // With whom to ask for it again: the cut file's own agent, and the interaction the cut broke.
    expect(fig.load.skipped).toContainEqual({
      file: s.truncated, line: lines, reason: expect.stringMatching(/cut short/), code: 'cut-short',
      askFor: expect.objectContaining({ agentId: expect.stringMatching(/^a-sim/), exportedAt: expect.any(String), interaction: expect.any(String) }),
    });
    expect(fig.load.skipped).toContainEqual({ file: s.newer, reason: expect.stringMatching(/schema version 2.*update odigos/), code: 'newer-schema-file', values: { v: 2, max: 1 } });
    expect(fig.load.recordsLeftOut).toBe(1 + 3);
    expect(stderr).toContain(`skipped ${s.truncated}:${lines}`);
  });

  it('reproduces response-time percentiles and the share within target, overall and by SOP', () => {
    const sum = rowsOf(fig, 'summary')[0];
    const fr = s.truth.map((t) => t.firstResponseMin);
    expect(sum.first_response_p50).toBe(round(quantile(fr, 0.5), 1));
    expect(sum.first_response_p90).toBe(round(quantile(fr, 0.9), 1));
    expect(sum.first_response_within_target).toBe(within(s.truth, (t) => t.firstResponseMin, (t) => t.firstResponseTarget));
    const comp = s.truth.flatMap((t) => (t.completionMin === undefined ? [] : [t.completionMin]));
    expect(sum.completion_p50).toBe(round(quantile(comp, 0.5), 1));
    expect(sum.completion_within_target).toBe(within(s.truth, (t) => t.completionMin, (t) => t.completionTarget));
    for (const row of rowsOf(fig, 'response_by_sop')) {
      const mine = s.truth.filter((t) => t.sopId === row.sop_id);
      expect(row.interactions).toBe(mine.length);
      expect(row.first_response_p50).toBe(round(quantile(mine.map((t) => t.firstResponseMin), 0.5), 1));
      expect(row.first_response_within_target).toBe(within(mine, (t) => t.firstResponseMin, (t) => t.firstResponseTarget));
    }
  });

  it('reproduces adherence: steps done and skipped per SOP step', () => {
    expect(rowsOf(fig, 'adherence').length).toBeGreaterThan(0);
    for (const row of rowsOf(fig, 'adherence')) {
      const mine = s.truth.filter((t) => t.sopId === row.sop_id);
      const step = Number(row.step);
      const done = mine.filter((t) => t.stepsDone.includes(step)).length;
      const skipped = mine.filter((t) => {
        const upTo = t.completionMin !== undefined ? t.stepsTotal : Math.max(0, ...t.stepsDone);
        return step <= upTo && !t.stepsDone.includes(step);
      }).length;
      expect([row.done, row.skipped]).toEqual([done, skipped]);
    }
  });

  it('reproduces call-backs promised and kept per agent, and escalations', () => {
    const byAgent = new Map(rowsOf(fig, 'callbacks').map((r) => [r.agent_id, r]));
    for (const a of s.agents.filter((x) => x !== s.agents[2])) {
      const promised = a.truth.filter((t) => t.callback);
      const row = byAgent.get(a.agentId)!;
      expect(row.promised).toBe(promised.length);
      expect(row.kept).toBe(promised.filter((t) => t.callback === 'kept').length);
      expect(row.overdue).toBe(promised.filter((t) => t.callback === 'overdue').length);
    }
    expect(rowsOf(fig, 'summary')[0].callbacks_kept).toBe(s.truth.filter((t) => t.callback === 'kept').length);
    expect(rowsOf(fig, 'summary')[0].escalated).toBe(s.truth.filter((t) => t.escalated).length);
  });

  it('filters by team and by day', async () => {
    const team = s.agents[0].team;
    const run = await odigos('qc', ...s.files, '--json', '--team', team, '--from', '2026-02-03', '--to', '2026-02-04');
    const f = JSON.parse(run.stdout) as Figures;
    const day = (t: SimTruth) => new Date(Date.UTC(2026, 1, 2) + Math.floor(Number(t.interactionId.slice(-7, -4)) ) * 86_400_000).toISOString().slice(0, 10);
    const want = s.agents.filter((a) => a.team === team && a !== s.agents[2]).flatMap((a) => a.truth).filter((t) => ['2026-02-03', '2026-02-04'].includes(day(t)));
    expect(rowsOf(f, 'summary')[0].interactions).toBe(want.length);
  }, 60_000);
});

describe('odigos insights', () => {
  it('clusters the unanswered messages by topic with counts the simulation gave, and lists confusable pairs', async () => {
    const s = setUp();
    const run = await odigos('insights', ...s.files, '--pack', 'knowledge/packs/el-core', '--json');
    expect(run.code, run.stderr).toBe(0);
    const fig = JSON.parse(run.stdout) as { unanswered: { messages: number; clustered: number; topics: Topic[] }; confusable: Row[]; unused_entries: Row[]; edits: Row[] };
    const unanswered = s.truth.filter((t) => t.unanswered);
    expect(fig.unanswered.messages).toBe(unanswered.length);
    expect(fig.unanswered.clustered).toBe(unanswered.length);
    const total = fig.unanswered.topics.reduce((n, t) => n + t.count, 0);
    expect(total).toBe(unanswered.length);
    // The fridge's noise is one topic: its count is the simulation's, its triggers name it.
    const fridge = unanswered.filter((t) => /ψυγείο/i.test(t.unanswered!)).length;
    const topic = fig.unanswered.topics.find((t) => t.triggers.includes('ψυγείο'))!;
    expect(topic.count).toBe(fridge);
    expect(topic.examples.length).toBeGreaterThan(0);
    expect(topic.nearest?.entry).toMatch(/^el-core\//);
    const ranked2 = s.agents.flatMap((a) => a.notes).flatMap((n) => n.timeline).filter((e) => e.event.kind === 'template-inserted' && (e.event.rank ?? 1) > 1);
    expect(fig.confusable.reduce((n, r) => n + Number(r.times), 0)).toBe(ranked2.length);
    expect(fig.unused_entries.length).toBeGreaterThan(0);
    expect(fig.edits.length).toBeGreaterThan(0);
  }, 120_000);
});

/** The HTML `odigos qc` or `odigos insights` writes for one simulated agent's export (extra: the command's flags). */
async function oneAgentHtml(command: 'qc' | 'insights', ...extra: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `odigos-${command}-one-`));
  const file = writeAgentExport(dir, simulateAgent(0, DAYS, PER_DAY, 7), 'jsonl', exportedAt);
  const out = join(dir, `${command}.html`);
  const run = await odigos(command, file, ...extra, '-o', out);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the QC report’s words for what it read', () => {
  it('one agent’s export: «Διαβάστηκε 1 αρχείο», not «1 αρχεία» nor the label «αρχεία: 1»', async () => {
    const html = await oneAgentHtml('qc');
    expect(html).toMatch(/Διαβάστηκε 1 αρχείο, με \d+ εγγραφές\. 0 αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά\./);
    expect(html).toContain('>Έμειναν εκτός 0 εγγραφές.</strong>');
    expect(html).not.toMatch(/1 αρχεία|αρχεία: 1|εγγραφές: \d/);
  });

  it('the first section says what it is, not the report’s title again under the h1', async () => {
    const html = await oneAgentHtml('qc');
    const h1 = /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
    const h2 = /<h2[^>]*>([^<]*)<\/h2>/.exec(html)?.[1];
    expect(h1).toBe('Ποιοτικός έλεγχος εξυπηρέτησης');
    expect(h2).toBe('Η περίοδος με μια ματιά');
  });

  it('nothing to count: says why, in one line, instead of dashes and blank charts (no file of interactions, or filters)', async () => {
    // An empty file and one cut in its first record: the report was «— / —» cards and eight empty charts, no word why.
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-none-'));
    const empty = join(dir, 'empty.jsonl');
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(empty, '');
    writeFileSync(cut, '{"format":"odigos-qc","v":1,"type":"interaction"\n');
    const out = join(dir, 'none.html');
    const run = await odigos('qc', empty, cut, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<p class="empty" data-empty="report">Τα αρχεία που δόθηκαν δεν περιέχουν καμία αλληλεπίδραση');
    expect(html).not.toContain('<figure');
    expect(html).toContain('cut.jsonl');
    // Interactions there were, but the filters left none: the filters are named, not the files blamed.
    const filtered = await oneAgentHtml('qc', '--from', '2031-01-01', '--lang', 'en');
    expect(filtered).toContain('<p class="empty" data-empty="report">The filters (≥ 2031-01-01) leave no interaction of the files given');
    expect(filtered).not.toContain('<figure');
  }, 120_000);
});

describe('the insights report’s words for a topic', () => {
  it('Greek names the customer phrases and what the nearest entry’s number is', async () => {
    const html = await oneAgentHtml('insights', '--pack', 'knowledge/packs/el-core');
    expect(html).toContain('Προτεινόμενες φράσεις πελάτη (triggers):');
    expect(html).toMatch(/<\/code> \(βαθμός ταιριάσματος \d+(,\d+)?\)/);
    expect(html).not.toContain('Προτεινόμενα triggers');
  }, 120_000);
});
