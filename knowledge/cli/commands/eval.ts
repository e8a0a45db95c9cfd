import type { Matcher } from '../../engine/api';
import { NO_ENTRY } from '../../engine/cross-validate';
import { crossValidate } from '../../pack/engine';
import { excerpt } from '../../pack/text-file';
import type { CompiledPack } from '../../types';
import { flag, numberOption, requiredString, stringList, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type Command } from '../command';
import { clip, inputName, lineShapeReporter, loadPackOrFail, readJsonLines } from '../inputs';
import { matcherFor, packOptions, WORDS_ONLY_OPTION } from '../matcher';

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

/** Confusions shown in human output: the trainer needs the worst ones, not a wall of text. */
const SHOWN_CONFUSIONS = 20;

interface Report {
  cases: number;
  top1: number;
  top3: number;
  mrr: number;
  passed: boolean;
  misses: Array<{ line: number; text: string; expected: string[]; got: string | null; rank: number | null }>;
}

function evaluateCases(matcher: Matcher, cases: EvalCase[], minTop1: number | undefined): Report {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: Report['misses'] = [];
  for (const c of cases) {
    const ids = matcher.search(c.text, { limit: 10 }).suggestions.map((s) => s.entryId);
    const index = ids.findIndex((id) => c.expect.includes(id));
    if (index === 0) top1++;
    if (index >= 0 && index < 3) top3++;
    if (index >= 0) rr += 1 / (index + 1);
    if (index !== 0) misses.push({ line: c.line, text: c.text, expected: c.expect, got: ids[0] ?? null, rank: index >= 0 ? index + 1 : null });
  }
  const n = cases.length;
  return { cases: n, top1: top1 / n, top3: top3 / n, mrr: rr / n, passed: minTop1 === undefined || top1 / n >= minTop1, misses };
}

function printReport(report: Report, minTop1: number | undefined, io: CliIO): void {
  const n = report.cases;
  io.out(`Cases: ${n}`);
  io.out(`Top-1: ${pct(report.top1)} (${Math.round(report.top1 * n)}/${n})`);
  io.out(`Top-3: ${pct(report.top3)} (${Math.round(report.top3 * n)}/${n})`);
  io.out(`MRR:   ${report.mrr.toFixed(3)}`);
  if (report.misses.length) {
    io.out(`Misses (${report.misses.length}):`);
    for (const m of report.misses) {
      io.out(`  line ${m.line}: ${excerpt(m.text, 100)}\n    expected ${m.expected.join(' | ')}; got ${m.got ?? 'nothing'}${m.rank ? ` (expected at rank ${m.rank})` : ''}`);
    }
  }
  if (minTop1 !== undefined) io.out(report.passed ? `PASSED: top-1 ≥ ${pct(minTop1)}` : `FAILED: top-1 ${pct(report.top1)} < ${pct(minTop1)}`);
}

/** --cv: k-fold over each entry's own triggers; no labelled cases needed. */
function runCrossValidation(packs: CompiledPack[], k: number, minTop1: number | undefined, json: boolean, io: CliIO): number {
  const cv = crossValidate(packs, k);
  if (cv.cases === 0) throw new CliFailure('no entry has two triggers or more: there is nothing to hold out', 'wrong-input');
  const passed = minTop1 === undefined || cv.top1 >= minTop1;
  if (json) {
    io.out(JSON.stringify({ ...cv, passed }));
    return passed ? 0 : 1;
  }
  io.out(`Cross-validation over the entries' own triggers (${k} folds): ${cv.cases} held-out triggers`);
  io.out(`Top-1: ${pct(cv.top1)}`);
  io.out(`Top-3: ${pct(cv.top3)}`);
  if (cv.confusions.length) {
    io.out(`Confused (expected → came first, times; an example):`);
    for (const c of cv.confusions.slice(0, SHOWN_CONFUSIONS)) io.out(`  ${c.expected} → ${c.got}  ×${c.count}  "${c.example}"`);
    if (cv.confusions.length > SHOWN_CONFUSIONS) io.out(`  … and ${cv.confusions.length - SHOWN_CONFUSIONS} more (--json lists all)`);
    // What a trainer does about each line, which the numbers alone do not say.
    io.out('To fix: add triggers to the expected entry in the words of its example, ones the entry that came first does not have' +
      (cv.confusions.some((c) => c.got === NO_ENTRY) ? `; ${NO_ENTRY}: no entry came up for the example, so add triggers in customers' own words` : '') +
      '. odigos suggest --pack … "<example>" shows why an entry matched.');
  }
  if (minTop1 !== undefined) io.out(passed ? `PASSED: top-1 ≥ ${pct(minTop1)}` : `FAILED: top-1 ${pct(cv.top1)} < ${pct(minTop1)}`);
  return passed ? 0 : 1;
}

export const evaluate: Command = {
  name: 'eval',
  summary: 'measure how well a pack finds the right entry for test messages',
  usage: 'eval --pack <src-dir|pack.json> [--pack …] --cases <cases.jsonl> [--min-top1 0.8] [--json]\n' +
    '       odigos eval --pack <…> --cv [--folds 5] [--min-top1 0.8] [--json]',
  description:
    'Each line of cases.jsonl is {"text": "…", "expect": "<entry id>"} (or a list of acceptable ids).\n' +
    'Prints top-1 and top-3 accuracy, mean reciprocal rank (over the first 10 results) and every miss\n' +
    '(top-1 wrong): the text, what was expected and what came first. Exits 1 below --min-top1.\n' +
    'Without labelled cases, --cv holds out each entry\'s triggers in turn (k folds) and searches them\n' +
    'against the rest, printing top-1/top-3 and which entries get confused with which.',
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: 'a pack to search' },
    'words-only': WORDS_ONLY_OPTION,
    cases: { type: 'string', arg: 'cases.jsonl', description: 'the test messages (required unless --cv; "-": standard input)' },
    cv: { type: 'boolean', description: 'cross-validate over the entries\' own triggers instead of cases' },
    folds: { type: 'string', arg: 'k', description: 'folds for --cv (default 5)' },
    'min-top1': { type: 'string', arg: '0..1', description: 'fail when top-1 accuracy is below this' },
    json: { type: 'boolean', description: 'print {cases, top1, top3, mrr, passed, misses[]} as JSON, texts cut at 200 characters (with --cv: {k, cases, top1, top3, confusions[], passed})' },
  },
  run({ values, positionals: args, io }) {
    // `odigos eval --cv my-pack`: the pack goes with --pack, and saying so beats "missing --pack" with the path ignored.
    if (args.length) throw new UsageError(stringList(values, 'pack').length ? `unexpected argument "${args[0]}"` : `give the pack with --pack: odigos eval --pack ${args[0]} …`);
    const minTop1 = numberOption(values, 'min-top1', { min: 0, max: 1 });
    const packPaths = packOptions(values);
    if (flag(values, 'cv')) {
      if (stringOption(values, 'cases')) throw new UsageError('give either --cases or --cv, not both');
      const k = numberOption(values, 'folds', { min: 2, max: 20, integer: true }) ?? 5;
      return runCrossValidation(packPaths.map((p) => loadPackOrFail(p, io)), k, minTop1, flag(values, 'json'), io);
    }
    const casesFile = requiredString(values, 'cases', 'cases.jsonl');
    const cases = readCases(casesFile, io);
    const { matcher, packs } = matcherFor(packPaths, io, flag(values, 'words-only'));
    warnUnknown(casesFile, cases, new Set(packs.flatMap((p) => p.entries.map((e) => e.id))), io);
    const report = evaluateCases(matcher, cases, minTop1);
    // A case may be a whole e-mail thread (or megabytes by mistake): misses quote the start of it.
    if (flag(values, 'json')) io.out(JSON.stringify({ ...report, misses: report.misses.map((m) => ({ ...m, text: clip(m.text) })) }));
    else printReport(report, minTop1, io);
    return report.passed ? 0 : 1;
  },
};
