import { excerpt } from '../../pack/text-file';
import { flag, numberOption, requiredString } from '../args';
import { CliFailure, type CliIO, type Command } from '../command';
import { clip, inputName, lineShapeReporter, readJsonLines } from '../inputs';
import { matcherFor, packOptions } from '../matcher';

interface EvalCase {
  line: number;
  text: string;
  expect: string[];
}

const CASE = '{"text": "…", "expect": "<entry id>" or ["<id>", …]}';

/** The cases of the file, every line checked before any pack is loaded. */
function readCases(file: string, io: CliIO): EvalCase[] {
  const shape = lineShapeReporter(file, io);
  const cases: EvalCase[] = [];
  const lines = readJsonLines(file, `a JSON Lines file of ${CASE}`, io);
  for (const { line, value } of lines) {
    const c = value as { text?: unknown; expect?: unknown };
    const expect = typeof c?.expect === 'string' ? [c.expect] : Array.isArray(c?.expect) ? c.expect : undefined;
    if (typeof c?.text !== 'string' || !expect || expect.length === 0 || !expect.every((e) => typeof e === 'string')) {
      shape.report(line, `expected ${CASE}`);
      continue;
    }
    cases.push({ line, text: c.text, expect: expect as string[] });
  }
  shape.done(CASE, lines.length);
  if (cases.length === 0) throw new CliFailure(`${inputName(file)}: no cases; give one ${CASE} per line`, 'wrong-input');
  return cases;
}

/** Expected ids that no pack has (a typo, or a case for another pack): warned, still evaluated. */
function warnUnknown(file: string, cases: EvalCase[], known: Set<string>, io: CliIO): void {
  for (const c of cases) {
    const unknown = c.expect.filter((id) => !known.has(id));
    if (unknown.length) io.err(`${inputName(file)}:${c.line}: warning: expected ${unknown.map((u) => `"${u}"`).join(', ')} is in none of the packs`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const evaluate: Command = {
  name: 'eval',
  summary: 'measure how well a pack finds the right entry for test messages',
  usage: 'eval --pack <src-dir|pack.json> [--pack …] --cases <cases.jsonl> [--min-top1 0.8] [--json]',
  description:
    'Each line of cases.jsonl is {"text": "…", "expect": "<entry id>"} (or a list of acceptable ids).\n' +
    'Prints top-1 and top-3 accuracy, mean reciprocal rank (over the first 10 results) and every miss\n' +
    '(top-1 wrong): the text, what was expected and what came first. Exits 1 below --min-top1.',
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: 'a pack to search' },
    cases: { type: 'string', arg: 'cases.jsonl', description: 'the test messages (required; "-": standard input)' },
    'min-top1': { type: 'string', arg: '0..1', description: 'fail when top-1 accuracy is below this' },
    json: { type: 'boolean', description: 'print {cases, top1, top3, mrr, passed, misses[]} as JSON (texts cut at 200 characters)' },
  },
  run({ values, io }) {
    const casesFile = requiredString(values, 'cases', 'cases.jsonl');
    const minTop1 = numberOption(values, 'min-top1', { min: 0, max: 1 });
    const packPaths = packOptions(values);
    const cases = readCases(casesFile, io);
    const { matcher, packs } = matcherFor(packPaths, io);
    warnUnknown(casesFile, cases, new Set(packs.flatMap((p) => p.entries.map((e) => e.id))), io);

    let top1 = 0;
    let top3 = 0;
    let rr = 0;
    const misses: Array<{ line: number; text: string; expected: string[]; got: string | null; rank: number | null }> = [];
    for (const c of cases) {
      const ids = matcher.search(c.text, { limit: 10 }).suggestions.map((s) => s.entryId);
      const index = ids.findIndex((id) => c.expect.includes(id));
      if (index === 0) top1++;
      if (index >= 0 && index < 3) top3++;
      if (index >= 0) rr += 1 / (index + 1);
      if (index !== 0) misses.push({ line: c.line, text: c.text, expected: c.expect, got: ids[0] ?? null, rank: index >= 0 ? index + 1 : null });
    }
    const n = cases.length;
    const report = { cases: n, top1: top1 / n, top3: top3 / n, mrr: rr / n, passed: minTop1 === undefined || top1 / n >= minTop1, misses };

    // A case may be a whole e-mail thread (or megabytes by mistake): misses quote the start of it.
    if (flag(values, 'json')) io.out(JSON.stringify({ ...report, misses: misses.map((m) => ({ ...m, text: clip(m.text) })) }));
    else {
      io.out(`Cases: ${n}`);
      io.out(`Top-1: ${pct(report.top1)} (${top1}/${n})`);
      io.out(`Top-3: ${pct(report.top3)} (${top3}/${n})`);
      io.out(`MRR:   ${report.mrr.toFixed(3)}`);
      if (misses.length) {
        io.out(`Misses (${misses.length}):`);
        for (const m of misses) {
          io.out(`  line ${m.line}: ${excerpt(m.text, 100)}\n    expected ${m.expected.join(' | ')}; got ${m.got ?? 'nothing'}${m.rank ? ` (expected at rank ${m.rank})` : ''}`);
        }
      }
      if (minTop1 !== undefined) io.out(report.passed ? `PASSED: top-1 ≥ ${pct(minTop1)}` : `FAILED: top-1 ${pct(report.top1)} < ${pct(minTop1)}`);
    }
    return report.passed ? 0 : 1;
  },
};
