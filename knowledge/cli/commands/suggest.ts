import type { Matcher } from '../../engine/api';
import { cueLabel } from '../../engine/cue-labels';
import { STAGES, type Lang, type SearchResult, type Stage, type Suggestion } from '../../types';
import { flag, numberOption, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type Command } from '../command';
import { inputName, lineShapeReporter, messageText, readJsonLines } from '../inputs';
import { matcherFor, packOptions, WORDS_ONLY_OPTION } from '../matcher';
import { cliNumber, cliSaid, cliStrings } from '../cli-lang';
import { fieldWords } from '../../pack/problem-words';

/** A score to three decimals at most, as `lang` writes it (0.125 / 0,125). */
const score = (n: number, lang: Lang) => cliNumber(Math.round(n * 1000) / 1000, lang, 3, 0);

/** Why a suggestion came up: each word with the fields where it matched, and the cues that raised it. */
function why(s: Suggestion, lang: Lang): string[] {
  const say = cliStrings(lang);
  const fields = (list: readonly string[]) => list.map((f) => fieldWords(f, lang)).join(', ');
  const words = s.matchedWords.map((m) => say('suggest.word', { word: m.word, fields: fields(m.fields) }));
  return [
    words.length
      ? say('suggest.matched', { words: words.join(say('suggest.sep')) })
      : s.similarTo !== undefined
        ? say('suggest.similar', { to: s.similarTo })
        : say('suggest.common', { fields: fields(s.matchedFields) }),
    ...s.boostedBy.map((k) => say('suggest.raised', { cue: cueLabel(k, lang), why: say(k === 'praise' ? 'suggest.praise' : 'suggest.tone') })),
  ];
}

/** The suggestions in the reader's language (--lang, the terminal's): the cue labels too. */
function printHuman(result: SearchResult, lang: Lang, io: CliIO): void {
  const say = cliStrings(lang);
  if (result.cues.length) io.out(say('suggest.cues', { cues: result.cues.map((c) => `${cueLabel(c.kind, lang)} (${c.words.join(', ')})`).join(say('suggest.sep')) }));
  if (result.suggestions.length === 0) {
    io.out(say('suggest.none'));
    return;
  }
  result.suggestions.forEach((s, i) => {
    io.out(say('suggest.line', { i: i + 1, title: s.title, type: say(`type.${s.type}`), pack: s.packId, entry: s.entryId, score: score(s.score, lang) }));
    for (const line of why(s, lang)) io.out(`   ${line}`);
  });
}

const QUERIES = cliSaid('suggest.queries');

/** The queries of a --batch file; every line is checked before any pack is loaded. */
function readQueries(file: string, io: CliIO): Array<{ id: unknown; text: string }> {
  const lines = readJsonLines(file, QUERIES, io);
  // Nothing to run is a mistake (the wrong file, an export that failed), not a run with no results.
  if (!lines.length) throw new CliFailure(cliSaid('suggest.emptyBatch', { file: inputName(file), what: QUERIES }), 'wrong-input');
  const shape = lineShapeReporter(file, io);
  const queries = lines.flatMap(({ line, value }) => {
    const q = value as { id?: unknown; text?: unknown };
    if (typeof value !== 'object' || value === null || typeof q.text !== 'string' || q.id === undefined) {
      shape.report(line, cliSaid('suggest.expected'));
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
  summary: { el: 'δείχνει τις καταχωρίσεις που φέρνει ένα μήνυμα πελάτη (και γιατί)', en: 'show the entries a customer message brings up (and why)' },
  usage: 'suggest --pack <src-dir|pack.json> [--pack …] [--limit N] [--type sop|template] [--stage new|working|resolved] [--json] "customer message" | --stdin\n' +
    '       odigos suggest --pack <…> --batch <queries.jsonl|-> [--limit N]',
  description: {
    el:
      'Αναζητά στα πακέτα με την ίδια αντιστοίχιση με την επέκταση. Για τον αναγνώστη δείχνει τίτλο, είδος, βαθμό και κάθε\n' +
      'λέξη που ταίριαξε με τα πεδία όπου ταίριαξε. Το --stdin (ή «-» ως μήνυμα) διαβάζει το μήνυμα από την τυπική είσοδο.\n' +
      'Το --batch διαβάζει ένα {"id", "text"} ανά γραμμή («-»: τυπική είσοδος) και τυπώνει μία γραμμή JSON ανά ερώτημα, με\n' +
      'τη σειρά της εισόδου: {"id": …, "results": [{"entry": "<αναγνωριστικό καταχώρισης>", "score": <αριθμός>}, …]}\n' +
      '(πρώτο το καλύτερο). Με περισσότερα πακέτα, ένα μεταγενέστερο --pack έχει προτεραιότητα έναντι ενός προηγούμενου.',
    en:
    'Searches the packs with the same matcher as the extension. Human output shows title, type, score and\n' +
    'each matched word with the fields where it matched. --stdin (or "-" as the message) reads the message\n' +
    'from standard input. --batch reads one {"id", "text"} per line ("-": standard input) and prints one JSON\n' +
    'line per query, in input order: {"id": …, "results": [{"entry": "<entry id>", "score": <number>}, …]}\n' +
    '(best first). With several packs, a later --pack takes priority over an earlier one.',
  },
  options: {
    pack: { type: 'string', multiple: true, arg: 'src-dir|pack.json', description: { el: 'ένα πακέτο για αναζήτηση', en: 'a pack to search' } },
    'words-only': WORDS_ONLY_OPTION,
    limit: { type: 'string', arg: 'N', description: { el: 'έως N αποτελέσματα (αλλιώς 5)', en: 'at most N results (default 5)' } },
    type: { type: 'string', arg: 'sop|template', description: { el: 'μόνο διαδικασίες ή μόνο πρότυπα', en: 'only SOPs or only templates' } },
    stage: { type: 'string', arg: 'new|working|resolved', description: { el: 'σε ποιο στάδιο βρίσκεται η συνομιλία (αλλιώς new)', en: 'where the conversation stands (default new)' } },
    stdin: { type: 'boolean', description: { el: 'διαβάζει το μήνυμα του πελάτη από την τυπική είσοδο', en: 'read the customer message from standard input' } },
    batch: { type: 'string', arg: 'queries.jsonl', description: { el: 'τρέχει πολλά ερωτήματα· τυπώνει γραμμές JSON', en: 'run many queries; prints JSON lines' } },
    json: { type: 'boolean', description: { el: 'τυπώνει {results: [{entry, pack, type, title, score, matchedWords, …}], cues} ως JSON', en: 'print {results: [{entry, pack, type, title, score, matchedWords, …}], cues} as JSON' } },
  },
  run({ values, positionals: args, io }) {
    const limit = numberOption(values, 'limit', { min: 1, integer: true }) ?? 5;
    const type = stringOption(values, 'type');
    if (type !== undefined && type !== 'sop' && type !== 'template') throw new UsageError(cliSaid('suggest.type', { value: type }));
    const stage = stringOption(values, 'stage');
    if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) throw new UsageError(cliSaid('suggest.stage', { stages: STAGES.join(', '), value: stage }));
    const packPaths = packOptions(values);
    const batch = stringOption(values, 'batch');
    if (batch && (args.length || flag(values, 'stdin'))) throw new UsageError(cliSaid('suggest.both'));
    if (!batch && !args.length && !flag(values, 'stdin')) throw new UsageError(cliSaid('suggest.noMessage'));
    // Inputs are read and checked first: a mistake in them should not wait for a large pack to load.
    if (batch) {
      const queries = readQueries(batch, io);
      return runBatch(matcherFor(packPaths, io, flag(values, 'words-only')).matcher, queries, limit, io);
    }
    const text = messageText(args, flag(values, 'stdin'), io);
    if (!text) throw new UsageError(cliSaid(flag(values, 'stdin') || args[0] === '-' ? 'args.emptyStdin' : 'args.emptyMessage'));
    const { matcher } = matcherFor(packPaths, io, flag(values, 'words-only'));
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
    } else printHuman(result, io.lang ?? 'en', io);
    return 0;
  },
};
