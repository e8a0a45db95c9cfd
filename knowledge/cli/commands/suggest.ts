import type { Matcher } from '../../engine/api';
import { STAGES, type SearchResult, type Stage } from '../../types';
import { flag, numberOption, stringList, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type Command } from '../command';
import { matcherFor } from '../matcher';
import { readJsonLines } from '../packs';

const round = (n: number) => Math.round(n * 1000) / 1000;

function printHuman(result: SearchResult, io: CliIO): void {
  if (result.cues.length) io.out(`Cues: ${result.cues.map((c) => `${c.kind} (${c.words.join(', ')})`).join('; ')}`);
  if (result.suggestions.length === 0) {
    io.out('No suggestions.');
    return;
  }
  result.suggestions.forEach((s, i) => {
    io.out(`${i + 1}. ${s.title}  [${s.type}] ${s.packId}/${s.entryId}  score ${round(s.score)}`);
    const why = [
      s.matchedTerms.length ? `matched ${s.matchedTerms.map((t) => `"${t}"`).join(', ')}` : '',
      s.matchedFields.length ? `in ${s.matchedFields.join(', ')}` : '',
      s.boostedBy.length ? `boosted by ${s.boostedBy.join(', ')}` : '',
    ].filter(Boolean);
    if (why.length) io.out(`   ${why.join(' ')}`);
  });
}

function runBatch(matcher: Matcher, file: string, limit: number, io: CliIO): number {
  const lines = readJsonLines(file, io);
  const queries = lines.map(({ line, value }) => {
    const q = value as { id?: unknown; text?: unknown };
    if (typeof value !== 'object' || value === null || typeof q.text !== 'string' || q.id === undefined) {
      io.err(`${file}:${line}: expected {"id": …, "text": "…"}`);
      return undefined;
    }
    return { id: q.id, text: q.text };
  });
  if (queries.some((q) => q === undefined)) throw new CliFailure(`${file}: fix the lines above; no queries were run`);
  for (const q of queries) {
    const { suggestions } = matcher.search(q!.text, { limit });
    io.out(JSON.stringify({ id: q!.id, results: suggestions.map((s) => ({ entry: s.entryId, score: s.score })) }));
  }
  return 0;
}

export const suggest: Command = {
  name: 'suggest',
  summary: 'show the entries a customer message brings up (and why)',
  usage: 'suggest --pack <src-dir|pack.json> [--pack …] [--limit N] [--type sop|template] [--stage new|working|resolved] [--json] "customer message"\n' +
    '       odigos suggest --pack <…> --batch <queries.jsonl> [--limit N]',
  description:
    'Searches the packs with the same matcher as the extension. Human output shows title, type, score and\n' +
    'the matched words. --batch reads one {"id", "text"} per line and prints one JSON line per query, in\n' +
    'input order: {"id": …, "results": [{"entry": "<entry id>", "score": <number>}, …]} (best first).\n' +
    'With several packs, a later --pack takes priority over an earlier one.',
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: 'a pack to search (repeatable)' },
    limit: { type: 'string', arg: 'N', description: 'at most N results (default 5)' },
    type: { type: 'string', arg: 'sop|template', description: 'only SOPs or only templates' },
    stage: { type: 'string', arg: 'new|working|resolved', description: 'where the conversation stands (default new)' },
    batch: { type: 'string', arg: 'queries.jsonl', description: 'run many queries; prints JSON lines' },
    json: { type: 'boolean', description: 'print {results: [{entry, pack, type, title, score, …}], cues} as JSON' },
  },
  run({ values, positionals: args, io }) {
    const limit = numberOption(values, 'limit', { min: 1, integer: true }) ?? 5;
    const type = stringOption(values, 'type');
    if (type !== undefined && type !== 'sop' && type !== 'template') throw new UsageError(`--type must be sop or template, not "${type}"`);
    const stage = stringOption(values, 'stage');
    if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) throw new UsageError(`--stage must be ${STAGES.join(', ')}, not "${stage}"`);
    const batch = stringOption(values, 'batch');
    const text = args.join(' ').trim();
    if (batch && text) throw new UsageError('give either a message or --batch <queries.jsonl>, not both');
    if (!batch && !text) throw new UsageError('missing the customer message (or --batch <queries.jsonl>)');
    const { matcher } = matcherFor(stringList(values, 'pack'), io);
    if (batch) return runBatch(matcher, batch, limit, io);

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
            matchedFields: s.matchedFields,
            boostedBy: s.boostedBy,
          })),
          cues: result.cues,
        }),
      );
    } else printHuman(result, io);
    return 0;
  },
};
