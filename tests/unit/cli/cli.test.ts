// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD, GOOD, odigos, odigosProcess, odigosWith, ROOT } from './run';

const COMMANDS = ['build', 'validate', 'list', 'suggest', 'cues', 'eval', 'diff', 'keygen', 'sign', 'verify'];
let tmp: string;
let built: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'odigos-cli-'));
  built = join(tmp, 'good.json');
  const r = (await odigos('build', GOOD, '-o', built));
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('odigos help and usage', () => {
  it('lists every command with --help', async () => {
    const r = (await odigos('--help'));
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
  });

  it.each(COMMANDS)('%s --help shows its usage and options', async (c) => {
    const r = (await odigos(c, '--help'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: odigos ${c}`);
    expect(r.stdout).toContain('-h, --help');
  });

  it('rejects an unknown command with a hint, and unknown options with the usage (exit 2)', async () => {
    const typo = (await odigos('biuld'));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown command "biuld" (did you mean "build"?)');
    const bad = (await odigos('list', '--nope', GOOD));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("odigos list: Unknown option '--nope'");
    expect(bad.stderr).toContain('Usage: odigos list');
    expect((await odigos()).code).toBe(2);
  });

  it('reports missing arguments without a stack trace', async () => {
    const r = (await odigos('build', GOOD));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --out <pack.json>');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('odigos build', () => {
  it('writes the compiled pack and says what it built', async () => {
    const out = join(tmp, 'nested', 'out.json');
    const r = (await odigos('build', GOOD, '-o', out));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Built fixture-good 1.2.0: 4 entries (1 SOP, 3 templates) → ${out} — 1 warning`);
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.id).toBe('fixture-good');
  });

  it('writes nothing when the source has errors, and keeps an existing file', async () => {
    const out = join(tmp, 'bad.json');
    const r = (await odigos('build', BAD, '-o', out));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(BAD, 'templates/bad-fields.md')}:6: error: unknown tone "sad"`);
    expect(r.stderr).toContain(`odigos build: ${BAD}: 26 errors, 5 warnings; nothing written`);
    expect(existsSync(out)).toBe(false);

    writeFileSync(out, 'previous');
    expect((await odigos('build', BAD, '-o', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it('fails on warnings with --strict', async () => {
    const out = join(tmp, 'strict.json');
    const r = (await odigos('build', GOOD, '-o', out, '--strict'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(--strict); nothing written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('odigos validate', () => {
  it('passes a good source folder and its compiled pack (warnings shown)', async () => {
    const src = (await odigos('validate', GOOD));
    expect(src.code).toBe(0);
    expect(src.stdout).toContain('greeting-formal.md:3: warning: template has no triggers');
    expect(src.stdout).toContain('OK: fixture-good 1.2.0, 4 entries — 0 errors, 1 warning');
    expect((await odigos('validate', built)).code).toBe(0);
  });

  it('fails with --strict when there are warnings', async () => {
    const r = (await odigos('validate', GOOD, '--strict'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED: fixture-good 1.2.0, 4 entries — 0 errors, 1 warning (--strict)');
  });

  it('lists every problem of a bad folder as file:line lines and exits 1', async () => {
    const r = (await odigos('validate', BAD));
    expect(r.code).toBe(1);
    const problemLines = r.stdout.split('\n').filter((l) => /^\S+:\d+: (error|warning): /.test(l));
    expect(problemLines).toHaveLength(31);
    expect(r.stdout).toContain('FAILED:');
  });

  it('prints JSON for programs', async () => {
    const r = (await odigos('validate', BAD, '--json'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, kind: 'source', pack: null, errors: 26, warnings: 5 });
    // The English words as before, with the problem's code and parameters beside them (a program reads the code).
    expect(report.problems[0]).toEqual({
      severity: 'error',
      file: join(BAD, 'pack.yaml'),
      line: 1,
      code: 'packId.invalid',
      params: { field: 'id', value: 'Bad Pack' },
      message: 'id "Bad Pack" is not a valid pack id: use a-z, 0-9 and "-" (e.g. el-core)',
    });
    const good = JSON.parse((await odigos('validate', built, '--json')).stdout);
    expect(good).toMatchObject({ ok: true, kind: 'compiled', pack: { id: 'fixture-good', version: '1.2.0', entries: 4 } });
  });

  it('reports a broken pack.json', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"schema": "odigos-pack"');
    const r = (await odigos('validate', file));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${file}:1: error: invalid JSON`, 'm'));
  });
});

describe('odigos list', () => {
  it('prints entries for people', async () => {
    const r = (await odigos('list', GOOD));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^template +apology-formal +\/diplh +Συγγνώμη για τη διπλή χρέωση$/m);
  });

  it('prints a JSON array of {id, type, title, lang, shortcut?, tags?, tone?}', async () => {
    const list = JSON.parse((await odigos('list', built, '--json')).stdout);
    expect(list).toContainEqual({ id: 'double-card-charge', type: 'sop', title: 'Διπλή χρέωση κάρτας', lang: 'el', tags: ['πληρωμές', 'κάρτα'] });
    expect(list).toContainEqual({ id: 'greeting-formal', type: 'template', title: 'Επίσημος χαιρετισμός', lang: 'el', shortcut: 'geia', tone: 'greeting' });
    expect(list).toHaveLength(4);
  });

  it('refuses a pack with errors, showing them', async () => {
    const r = (await odigos('list', BAD));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`odigos list: ${BAD}: the pack has 26 errors; fix them and try again`);
    expect(r.stderr).toContain(`… and 16 more (odigos validate ${BAD} lists them all)`);
  });
});

describe('odigos suggest', () => {
  it('shows title, type, score and why for people', async () => {
    const r = (await odigos('suggest', '--pack', GOOD, 'με χρέωσαν δύο φορές στην κάρτα, διπλή χρέωση'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. .+ {2}\[(sop|template)\] fixture-good\/\S+ {2}score \d/m);
    expect(r.stdout).toMatch(/matched ".+"/);
    expect(r.stdout).toContain('Διπλή χρέωση κάρτας');
  });

  it('says where each word matched, word by word', async () => {
    const r = await odigos('suggest', '--pack', GOOD, '--limit', '1', 'διπλή χρέωση στην κάρτα');
    expect(r.stdout).toMatch(/^1\. Διπλή χρέωση κάρτας {2}\[sop\]/m);
    // «κάρτα» is in the SOP's title and tags, «διπλή» in its title and triggers: not "in title, triggers, tags, body" for all.
    const why = r.stdout.split('\n')[1]!;
    expect(why).toMatch(/^ {3}matched /);
    expect(why).toContain('"κάρτα" in title, tags');
    expect(why).toMatch(/"διπλή" in title, triggers(;|$)/);
    const json = JSON.parse((await odigos('suggest', '--pack', GOOD, '--limit', '1', '--json', 'διπλή χρέωση στην κάρτα')).stdout);
    expect(json.results[0].matchedWords).toContainEqual({ word: 'κάρτα', fields: ['title', 'tags'] });
  });

  it('reads the message from standard input with --stdin or "-", and a batch with --batch -', async () => {
    const message = `${'Καλησπέρα σας, σας γράφω για την παραγγελία μου. '.repeat(40)}Με χρέωσαν δύο φορές στην κάρτα!`;
    const byArg = await odigos('suggest', '--pack', built, '--json', message);
    const byStdin = await odigosWith({ stdin: message }, 'suggest', '--pack', built, '--json', '--stdin');
    const byDash = await odigosWith({ stdin: message }, 'suggest', '--pack', built, '--json', '-');
    expect(byStdin).toEqual(byArg);
    expect(byDash).toEqual(byArg);
    expect(JSON.parse(byArg.stdout).results[0].entry).toBe('double-card-charge');
    const batch = await odigosWith({ stdin: '{"id": 1, "text": "διπλη χρεωση"}\n' }, 'suggest', '--pack', built, '--batch', '-');
    expect(JSON.parse(batch.stdout).id).toBe(1);
    const both = await odigosWith({ stdin: 'x' }, 'suggest', '--pack', built, '--stdin', 'words too');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give the message either as words or on standard input (--stdin), not both');
  });

  it('works the same through bin/odigos.mjs with a real pipe', async () => {
    const r = await odigosProcess(['suggest', '--pack', built, '--stdin', '--limit', '1'], 'με χρέωσαν δύο φορές, διπλή χρέωση');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. Διπλή χρέωση κάρτας/m);
    const missing = await odigosProcess(['list', 'no-such.json']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('odigos list: no-such.json: no such file or folder (give the pack.json that odigos build writes, or a pack source folder)\n');
  });

  it('prints JSON results with entry ids and scores', async () => {
    const r = (await odigos('suggest', '--pack', built, '--json', '--limit', '2', 'διπλη χρεωση'));
    const out = JSON.parse(r.stdout);
    // Three entries are about a double charge; the limit keeps two, each matched on the words typed.
    expect(out.results).toHaveLength(2);
    for (const r of out.results) {
      expect(['apology-formal', 'apology-informal', 'double-card-charge']).toContain(r.entry);
      expect(r.matchedTerms).toEqual(['διπλη', 'χρεωση']);
    }
    expect(out.results[0]).toMatchObject({ entry: expect.any(String), pack: 'fixture-good', score: expect.any(Number) });
    expect(Array.isArray(out.cues)).toBe(true);
  });

  it('runs a batch: one JSON line per query, in input order', async () => {
    const queries = join(tmp, 'q.jsonl');
    writeFileSync(queries, '{"id": "a", "text": "διπλη χρεωση"}\n\n{"id": 2, "text": "καλημέρα"}\n');
    const r = (await odigos('suggest', '--pack', built, '--batch', queries, '--limit', '3'));
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'results']);
      for (const res of o.results) expect(Object.keys(res)).toEqual(['entry', 'score']);
    }
    // In the order shown: the SOP leads a new problem, the templates follow best first.
    expect(out[0].results[0].entry).toBe('double-card-charge');
    const scores = out[0].results.slice(1).map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(out[0].results.map((x: { entry: string }) => x.entry).sort()).toEqual(['apology-formal', 'apology-informal', 'double-card-charge']);
  });

  it('rejects bad batch lines with their line numbers and runs nothing', async () => {
    const queries = join(tmp, 'bad-q.jsonl');
    writeFileSync(queries, '{"id": "a", "text": "x"}\n{"text": 5}\nnot json\n');
    const r = (await odigos('suggest', '--pack', built, '--batch', queries));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${queries}:3: not a JSON line: "not json"`);
    expect(r.stderr).toContain(`odigos suggest: ${queries}: 1 line is not JSON; fix it (one JSON object per line)`);
    expect(r.stdout).toBe('');
  });

  it('needs a pack and a message', async () => {
    expect((await odigos('suggest', 'hello')).stderr).toContain('missing --pack');
    expect((await odigos('suggest', '--pack', built)).code).toBe(2);
    expect((await odigos('suggest', '--pack', built, '--limit', 'x', 'hi')).stderr).toContain('--limit must be a whole number ≥ 1, not "x"');
  });
});

describe('odigos cues', () => {
  it('prints cues as JSON and for people', async () => {
    const text = 'Είναι η τρίτη φορά που παίρνω τηλέφωνο, είμαι έξαλλος!';
    const json = JSON.parse((await odigos('cues', '--json', text)).stdout);
    expect(json).toEqual(expect.arrayContaining([{ kind: 'repeat-contact', label: 'Επανειλημμένη επικοινωνία', words: ['τρίτη φορά'] }]));
    for (const c of json) expect(c).toEqual({ kind: expect.any(String), label: expect.any(String), words: expect.any(Array) });
    const human = (await odigos('cues', text));
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('τρίτη φορά');
    expect((await odigos('cues')).code).toBe(2);
  });

  it('labels cues in the message\'s language, or in --lang', async () => {
    expect((await odigos('cues', 'τρίτη φορά που γράφω, είναι απαράδεκτο')).stdout).toBe('Θυμός: απαράδεκτο\nΕπανειλημμένη επικοινωνία: τρίτη φορά\n');
    expect((await odigos('cues', 'third time I write, this is unacceptable')).stdout).toBe('Angry: unacceptable\nRepeat contact: third time\n');
    expect((await odigos('cues', '--lang', 'en', 'τρίτη φορά που γράφω')).stdout).toBe('Repeat contact: τρίτη φορά\n');
    expect((await odigos('cues', 'καλημέρα σας')).stdout).toBe('Καμία ένδειξη.\n');
    expect((await odigos('cues', '--lang', 'fr', 'x')).code).toBe(2);
  });
});

describe('odigos eval', () => {
  const writeCases = (name: string, lines: object[]) => {
    const file = join(tmp, name);
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    return file;
  };

  it('prints top-1, top-3, MRR and misses as JSON', async () => {
    const cases = writeCases('cases.jsonl', [
      { text: 'διπλη χρεωση κάρτας', expect: ['double-card-charge', 'apology-formal', 'apology-informal'] },
      { text: 'καλημέρα σας', expect: 'double-card-charge' },
    ]);
    const r = (await odigos('eval', '--pack', built, '--cases', cases, '--json'));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ cases: 2, top1: 0.5, passed: true });
    expect(report.mrr).toBeGreaterThanOrEqual(0.5);
    expect(report.misses).toHaveLength(1);
    expect(report.misses[0]).toMatchObject({ text: 'καλημέρα σας', expected: ['double-card-charge'] });
    expect(Object.keys(report.misses[0]).sort()).toEqual(['expected', 'got', 'line', 'rank', 'text']);
    expect(report.misses[0].line).toBe(2);
  });

  it('exits 1 below --min-top1 and says so', async () => {
    const cases = writeCases('cases-fail.jsonl', [{ text: 'καλημέρα σας', expect: 'double-card-charge' }]);
    const r = (await odigos('eval', '--pack', built, '--cases', cases, '--min-top1', '0.8'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Top-1: 0.0% (0/1)');
    expect(r.stdout).toContain('Misses (1):');
    expect(r.stdout).toContain('FAILED: top-1 0.0% < 80.0%');
  });

  it('warns about expected ids that are in no pack, and rejects malformed cases', async () => {
    const typo = writeCases('typo.jsonl', [{ text: 'διπλη χρεωση', expect: 'duble-charge' }]);
    expect((await odigos('eval', '--pack', built, '--cases', typo)).stderr).toContain(`${typo}:1: warning: expected "duble-charge" is in none of the packs`);
    const bad = writeCases('bad.jsonl', [{ text: 'x', expect: 'double-card-charge' }, { text: 'x' }]);
    const r = (await odigos('eval', '--pack', built, '--cases', bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2: expected {"text"`);
    expect(r.stderr).toContain(`odigos eval: ${bad}: 1 line is not {"text"`);
  });
});

// Run one after another, not in the concurrent burst above: each spawns the CLI, and a loaded machine times them out.
describe('odigos suggest --stage', () => {
  it('takes the conversation stage, and refuses one it does not know', async () => {
    expect((await odigos('suggest', '--pack', GOOD, '--stage', 'resolved', 'διπλή χρέωση')).code).toBe(0);
    const bad = (await odigos('suggest', '--pack', GOOD, '--stage', 'later', 'διπλή χρέωση'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--stage must be new, working, resolved, not "later"');
  });
});

describe('odigos suggest and eval rank as the extension does', () => {
  const EN = join(ROOT, 'knowledge/packs/en-core');
  // «sluggish broadband» shares no word with the router template; the meaning stage brings it and says why.
  it('brings an English entry by meaning, says so, and leaves it out with --words-only', async () => {
    const json = async (...extra: string[]) => JSON.parse((await odigos('suggest', '--pack', EN, '--limit', '5', '--json', ...extra, 'My broadband is sluggish')).stdout) as { results: Array<{ entry: string; similarTo?: string }> };
    const meaning = (await json()).results.find((r) => r.entry === 'router-troubleshooting');
    expect(meaning?.similarTo).toBe('slow internet');
    expect((await json('--words-only')).results.map((r) => r.entry)).not.toContain('router-troubleshooting');
    const human = (await odigos('suggest', '--pack', EN, '--limit', '5', 'My broadband is sluggish')).stdout;
    expect(human).toContain('similar in meaning to "slow internet" (no word in common)');
  });
});

describe('odigos eval --cv', () => {
  it('cross-validates over the entries\' own triggers, naming what gets confused with what', async () => {
    const r = (await odigos('eval', '--pack', GOOD, '--cv', '--folds', '2', '--json'));
    expect(r.code).toBe(0);
    const cv = JSON.parse(r.stdout);
    expect(cv).toMatchObject({ k: 2, passed: true });
    expect(cv.cases).toBeGreaterThan(0);
    expect(cv.top3).toBeGreaterThanOrEqual(cv.top1);
    for (const c of cv.confusions) expect(Object.keys(c).sort()).toEqual(['count', 'example', 'expected', 'got']);
    const human = (await odigos('eval', '--pack', GOOD, '--cv', '--min-top1', '1.01'));
    expect(human.code).toBe(2);
    const fail = (await odigos('eval', '--pack', GOOD, '--cv', '--min-top1', '1'));
    expect(fail.stdout).toContain('held-out triggers');
    expect(fail.stdout).toMatch(/Top-1: \d+\.\d%/);
  }, 60_000);

  it('says what to do about the mix-ups, and takes a pack given without --pack as a usage error that shows the fix', async () => {
    const human = await odigos('eval', '--pack', GOOD, '--cv', '--folds', '2');
    expect(human.stdout).toMatch(/^To fix: add triggers to the expected entry in the words of its example/m);
    const bare = await odigos('eval', '--cv', GOOD);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(`give the pack with --pack: odigos eval --pack ${GOOD}`);
    const extra = await odigos('eval', '--pack', GOOD, '--cv', 'stray');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "stray"');
  }, 60_000);

  it('refuses --cv together with --cases', async () => {
    const r = (await odigos('eval', '--pack', GOOD, '--cv', '--cases', 'x.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('either --cases or --cv');
  });
});

describe('odigos diff', () => {
  it('shows added, removed and changed entries and warns about a missing version bump', async () => {
    const changed = JSON.parse(readFileSync(built, 'utf8'));
    changed.entries = changed.entries.filter((e: { id: string }) => e.id !== 'apology-informal');
    changed.entries[0].title = 'Άλλος τίτλος';
    const file = join(tmp, 'changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const r = (await odigos('diff', built, file));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixture-good 1.2.0 → fixture-good 1.2.0');
    expect(r.stdout).toContain('Removed (1):\n  - template apology-informal — Συγγνώμη (φιλικά)');
    expect(r.stdout).toContain(`~ ${changed.entries[0].type} ${changed.entries[0].id} — Άλλος τίτλος: title`);
    expect(r.stdout).toContain('warning: the content changed but the version was not bumped');

    const json = JSON.parse((await odigos('diff', GOOD, file, '--json')).stdout);
    expect(json).toMatchObject({ added: [], removed: [{ id: 'apology-informal' }], changed: [{ fields: ['title'] }], versionBumped: false });
    expect(json.warnings).toHaveLength(1);
    expect(json.warningCodes).toEqual([{ code: 'notBumped', params: { a: '1.2.0' } }]);
  });

  it('says when nothing changed', async () => {
    expect((await odigos('diff', GOOD, built)).stdout).toContain('No changes.');
  });
});
