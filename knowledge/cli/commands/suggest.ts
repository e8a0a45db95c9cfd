import type { Matcher } from '../../engine/api';
import { cueLabel } from '../../engine/cue-labels';
import { STAGES, type Lang, type SearchResult, type Stage, type Suggestion } from '../../types';
import { flag, numberOption, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type Command } from '../command';
import { inputName, lineShapeReporter, messageText, readJsonLines } from '../inputs';
import { matcherFor, packOptions, WORDS_ONLY_OPTION } from '../matcher';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Why a suggestion came up: each word with the fields where it matched, and the cues that raised it. */
function why(s: Suggestion, lang: Lang): string[] {
  const words = s.matchedWords.map((m) => `"${m.word}" in ${m.fields.join(', ')}`);
  return [
    words.length ? `matched ${words.join('; ')}` : s.similarTo !== undefined ? `similar in meaning to "${s.similarTo}" (no word in common)` : `no content word matched (only common words, in ${s.matchedFields.join(', ')})`,
    ...s.boostedBy.map((k) => `raised for ${cueLabel(k, lang)} (${k === 'praise' ? 'it answers praise' : "the template's tone fits"})`),
  ];
}

function printHuman(result: SearchResult, lang: Lang, io: CliIO): void {
  if (result.cues.length) io.out(`Cues: ${result.cues.map((c) => `${cueLabel(c.kind, lang)} (${c.words.join(', ')})`).join('; ')}`);
  if (result.suggestions.length === 0) {
    io.out('No suggestions.');
    return;
  }
  result.suggestions.forEach((s, i) => {
    io.out(`${i + 1}. ${s.title}  [${s.type}] ${s.packId}/${s.entryId}  score ${round(s.score)}`);
    for (const line of why(s, lang)) io.out(`   ${line}`);
  });
}

const QUERIES = 'a JSON Lines file of {"id": …, "text": "…"}';

/** The queries of a --batch file; every line is checked before any pack is loaded. */
function readQueries(file: string, io: CliIO): Array<{ id: unknown; text: string }> {
  const lines = readJsonLines(file, QUERIES, io);
  // Nothing to run is a mistake (the wrong file, an export that failed), not a run with no results.
  if (!lines.length) throw new CliFailure(`${inputName(file)}: has no queries (it is empty); give ${QUERIES}, one per line`, 'wrong-input');
  const shape = lineShapeReporter(file, io);
  const queries = lines.flatMap(({ line, value }) => {
    const q = value as { id?: unknown; text?: unknown };
    if (typeof value !== 'object' || value === null || typeof q.text !== 'string' || q.id === undefined) {
      shape.report(line, 'expected {"id": …, "text": "…"}');
      return [];
    }
    return [{ id: q.id, text: q.text }];
  });
  shape.done('{"id": …, "text": "…"}', lines.length);
  return queries;
}

function runBatch(matcher: Matcher, queries: Array<{ id: unknown; text: string }>, limit: number, io: CliIO): number {
  for (const q of queries) {
    const { suggestions } = matcher.search(q.text, { limit });
    io.out(JSON.stringify({ id: q.id, results: suggestions.map((s) => ({ entry: s.entryId, score: s.score })) }));
  }
  return 0;
}

export const suggest: Command = {
  name: 'suggest',
  summary: 'show the entries a customer message brings up (and why)',
  usage: 'suggest --pack <src-dir|pack.json> [--pack …] [--limit N] [--type sop|template] [--stage new|working|resolved] [--json] "customer message" | --stdin\n' +
    '       odigos suggest --pack <…> --batch <queries.jsonl|-> [--limit N]',
  description:
    'Searches the packs with the same matcher as the extension. Human output shows title, type, score and\n' +
    'each matched word with the fields where it matched. --stdin (or "-" as the message) reads the message\n' +
    'from standard input. --batch reads one {"id", "text"} per line ("-": standard input) and prints one JSON\n' +
    'line per query, in input order: {"id": …, "results": [{"entry": "<entry id>", "score": <number>}, …]}\n' +
    '(best first). With several packs, a later --pack takes priority over an earlier one.',
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: 'a pack to search' },
    'words-only': WORDS_ONLY_OPTION,
    limit: { type: 'string', arg: 'N', description: 'at most N results (default 5)' },
    type: { type: 'string', arg: 'sop|template', description: 'only SOPs or only templates' },
    stage: { type: 'string', arg: 'new|working|resolved', description: 'where the conversation stands (default new)' },
    stdin: { type: 'boolean', description: 'read the customer message from standard input' },
    batch: { type: 'string', arg: 'queries.jsonl', description: 'run many queries; prints JSON lines' },
    json: { type: 'boolean', description: 'print {results: [{entry, pack, type, title, score, matchedWords, …}], cues} as JSON' },
  },
  run({ values, positionals: args, io }) {
    const limit = numberOption(values, 'limit', { min: 1, integer: true }) ?? 5;
    const type = stringOption(values, 'type');
    if (type !== undefined && type !== 'sop' && type !== 'template') throw new UsageError(`--type must be sop or template, not "${type}"`);
    const stage = stringOption(values, 'stage');
    if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) throw new UsageError(`--stage must be ${STAGES.join(', ')}, not "${stage}"`);
    const packPaths = packOptions(values);
    const batch = stringOption(values, 'batch');
    if (batch && (args.length || flag(values, 'stdin'))) throw new UsageError('give either a message or --batch <queries.jsonl>, not both');
    if (!batch && !args.length && !flag(values, 'stdin')) throw new UsageError('missing the customer message (or --stdin, or --batch <queries.jsonl>)');
    // Inputs are read and checked first: a mistake in them should not wait for a large pack to load.
    if (batch) {
      const queries = readQueries(batch, io);
      return runBatch(matcherFor(packPaths, io, flag(values, 'words-only')).matcher, queries, limit, io);
    }
    const text = messageText(args, flag(values, 'stdin'), io);
    if (!text) throw new UsageError(flag(values, 'stdin') || args[0] === '-' ? 'standard input is empty: pipe the customer message into it' : 'the customer message is empty');
    const { matcher, packs } = matcherFor(packPaths, io, flag(values, 'words-only'));
    const result = matcher.search(text, { limit, ...(type ? { type } : {}), ...(stage ? { stage: stage as Stage } : {}) });
    if (flag(values, 'json')) {
      io.out(
        JSON.stringify({
          results: result.suggestions.map((s) => ({
            entry: s.entryId,
            pack: s.packId,
            type: s.type,
            title: s.title,
            score: s.score,
            matchedTerms: s.matchedTerms,
            matchedWords: s.matchedWords,
            matchedFields: s.matchedFields,
            boostedBy: s.boostedBy,
            ...(s.similarTo !== undefined ? { similarTo: s.similarTo } : {}),
          })),
          cues: result.cues,
        }),
      );
    } else printHuman(result, packs.at(-1)!.meta.lang, io);
    return 0;
  },
};
