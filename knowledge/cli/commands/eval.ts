import type { Matcher } from '../../engine/api';
import { NO_ENTRY } from '../../engine/cross-validate';
import { crossValidate } from '../../pack/engine';
import { excerpt } from '../../pack/text-file';
import type { CompiledPack, Lang } from '../../types';
import { cliNumber, cliSaid, cliStrings } from '../cli-lang';
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
  const lines = readJsonLines(file, cliSaid('eval.casesFile', { form: CASE }), io);
  for (const { line, value } of lines) {
    const c = value as { text?: unknown; expect?: unknown };
    const expect = typeof c?.expect === 'string' ? [c.expect] : Array.isArray(c?.expect) ? c.expect : undefined;
    if (typeof c?.text !== 'string' || !expect || expect.length === 0 || !expect.every((e) => typeof e === 'string')) {
      shape.report(line, cliSaid('eval.expectedCase', { form: CASE }));
      continue;
    }
    cases.push({ line, text: c.text, expect: expect as string[] });
  }
  shape.done(CASE, lines.length);
  if (cases.length === 0) throw new CliFailure(cliSaid('eval.noCases', { file: inputName(file), form: CASE }), 'wrong-input');
  return cases;
}

/** Expected ids that no pack has (a typo, or a case for another pack): warned, still evaluated. */
function warnUnknown(file: string, cases: EvalCase[], known: Set<string>, io: CliIO): void {
  for (const c of cases) {
    const unknown = c.expect.filter((id) => !known.has(id));
    const ids = { el: unknown.map((u) => `«${u}»`).join(', '), en: unknown.map((u) => `"${u}"`).join(', ') };
    if (unknown.length) io.err(cliStrings(io.lang ?? 'en')('eval.unknownId', { file: inputName(file), line: c.line, ids }));
  }
}

/** A share as a percentage, as `lang` writes it (85.0% / 85,0%). */
const pct = (x: number, lang: Lang) => `${cliNumber(x * 100, lang, 1)}%`;

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
  const lang = io.lang ?? 'en';
  const say = cliStrings(lang);
  const n = report.cases;
  io.out(say('eval.cases', { n }));
  io.out(say('eval.top1', { pct: pct(report.top1, lang), hits: Math.round(report.top1 * n), n }));
  io.out(say('eval.top3', { pct: pct(report.top3, lang), hits: Math.round(report.top3 * n), n }));
  io.out(say('eval.mrr', { mrr: cliNumber(report.mrr, lang, 3) }));
  if (report.misses.length) {
    io.out(say('eval.misses', { n: report.misses.length }));
    for (const m of report.misses) {
      const rank = m.rank ? say('eval.rank', { rank: m.rank }) : '';
      io.out(say('eval.miss', { line: m.line, text: excerpt(m.text, 100), expected: m.expected.join(' | '), got: m.got ?? say('eval.nothing'), rank }));
    }
  }
  if (minTop1 !== undefined) io.out(verdict(report.passed, report.top1, minTop1, lang));
}

function verdict(passed: boolean, top1: number, minTop1: number, lang: Lang): string {
  const say = cliStrings(lang);
  return passed ? say('eval.passed', { min: pct(minTop1, lang) }) : say('eval.failed', { got: pct(top1, lang), min: pct(minTop1, lang) });
}

/** --cv: k-fold over each entry's own triggers; no labelled cases needed. */
function runCrossValidation(packs: CompiledPack[], k: number, minTop1: number | undefined, json: boolean, io: CliIO): number {
  const cv = crossValidate(packs, k);
  if (cv.cases === 0) throw new CliFailure(cliSaid('cv.none'), 'wrong-input');
  const passed = minTop1 === undefined || cv.top1 >= minTop1;
  if (json) {
    io.out(JSON.stringify({ ...cv, passed }));
    return passed ? 0 : 1;
  }
  const lang = io.lang ?? 'en';
  const say = cliStrings(lang);
  io.out(say('cv.heading', { k, n: cv.cases }));
  io.out(say('cv.top1', { pct: pct(cv.top1, lang) }));
  io.out(say('cv.top3', { pct: pct(cv.top3, lang) }));
  if (cv.confusions.length) {
    io.out(say('cv.confused'));
    for (const c of cv.confusions.slice(0, SHOWN_CONFUSIONS)) io.out(say('cv.confusion', { expected: c.expected, got: c.got === NO_ENTRY ? say('cv.noEntry') : c.got, count: c.count, example: c.example }));
    if (cv.confusions.length > SHOWN_CONFUSIONS) io.out(say('cv.more', { n: cv.confusions.length - SHOWN_CONFUSIONS }));
    // What a trainer does about each line, which the numbers alone do not say.
    io.out(say('cv.fix', { none: cv.confusions.some((c) => c.got === NO_ENTRY) ? say('cv.fixNone', { none: say('cv.noEntry') }) : '' }));
  }
  if (minTop1 !== undefined) io.out(verdict(passed, cv.top1, minTop1, lang));
  return passed ? 0 : 1;
}

export const evaluate: Command = {
  name: 'eval',
  summary: { el: 'μετρά πόσο καλά βρίσκει ένα πακέτο τη σωστή καταχώριση για δοκιμαστικά μηνύματα', en: 'measure how well a pack finds the right entry for test messages' },
  usage: 'eval --pack <src-dir|pack.json> [--pack …] --cases <cases.jsonl> [--min-top1 0.8] [--json]\n' +
    '       odigos eval --pack <…> --cv [--folds 5] [--min-top1 0.8] [--json]',
  description: {
    el:
      'Κάθε γραμμή του cases.jsonl είναι {"text": "…", "expect": "<αναγνωριστικό καταχώρισης>"} (ή λίστα αποδεκτών).\n' +
      'Τυπώνει πόσες φορές η σωστή καταχώριση ήρθε πρώτη και στις τρεις πρώτες, τη μέση αντίστροφη θέση (στα 10 πρώτα\n' +
      'αποτελέσματα) και κάθε αστοχία (λάθος πρώτη): το κείμενο, τι αναμενόταν και τι ήρθε πρώτο. Βγαίνει με 1 κάτω από\n' +
      'το --min-top1. Χωρίς δοκιμαστικά μηνύματα, το --cv αφαιρεί με τη σειρά τις φράσεις πελάτη κάθε καταχώρισης\n' +
      '(k τμήματα) και τις αναζητά στο υπόλοιπο πακέτο: τυπώνει τα ίδια ποσοστά και ποιες καταχωρίσεις συγχέονται.',
    en:
    'Each line of cases.jsonl is {"text": "…", "expect": "<entry id>"} (or a list of acceptable ids).\n' +
    'Prints top-1 and top-3 accuracy, mean reciprocal rank (over the first 10 results) and every miss\n' +
    '(top-1 wrong): the text, what was expected and what came first. Exits 1 below --min-top1.\n' +
    'Without labelled cases, --cv holds out each entry\'s triggers in turn (k folds) and searches them\n' +
    'against the rest, printing top-1/top-3 and which entries get confused with which.',
  },
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: { el: 'ένα πακέτο για αναζήτηση', en: 'a pack to search' } },
    'words-only': WORDS_ONLY_OPTION,
    cases: { type: 'string', arg: 'cases.jsonl', description: { el: 'τα δοκιμαστικά μηνύματα (υποχρεωτικό χωρίς --cv· «-»: τυπική είσοδος)', en: 'the test messages (required unless --cv; "-": standard input)' } },
    cv: { type: 'boolean', description: { el: 'διασταυρωμένη επικύρωση με τις φράσεις πελάτη των καταχωρίσεων, αντί για δοκιμαστικά μηνύματα', en: 'cross-validate over the entries\' own triggers instead of cases' } },
    folds: { type: 'string', arg: 'k', description: { el: 'τμήματα για το --cv (αλλιώς 5)', en: 'folds for --cv (default 5)' } },
    'min-top1': { type: 'string', arg: '0..1', description: { el: 'αποτυγχάνει όταν η σωστή έρχεται πρώτη σε μικρότερο ποσοστό από αυτό', en: 'fail when top-1 accuracy is below this' } },
    json: { type: 'boolean', description: {
        el: 'τυπώνει {cases, top1, top3, mrr, passed, misses[]} ως JSON, με τα κείμενα κομμένα στους 200 χαρακτήρες (με --cv: {k, cases, top1, top3, confusions[], passed})',
        en: 'print {cases, top1, top3, mrr, passed, misses[]} as JSON, texts cut at 200 characters (with --cv: {k, cases, top1, top3, confusions[], passed})',
      },
    },
  },
  run({ values, positionals: args, io }) {
    // `odigos eval --cv my-pack`: the pack goes with --pack, and saying so beats "missing --pack" with the path ignored.
    if (args.length) throw new UsageError(stringList(values, 'pack').length ? cliSaid('args.unexpected', { arg: args[0]! }) : cliSaid('eval.packOption', { path: args[0]! }));
    const minTop1 = numberOption(values, 'min-top1', { min: 0, max: 1 });
    const packPaths = packOptions(values);
    if (flag(values, 'cv')) {
      if (stringOption(values, 'cases')) throw new UsageError(cliSaid('eval.casesAndCv'));
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
