import { compileSource } from '../../node/compile';
import { checkCompiledBytes } from '../../node/load';
import { countProblems, failsValidation, formatProblem } from '../../pack/problems';
import { MAX_PACK_BYTES } from '../../pack/rules';
import { writeFileAtomic } from '../../node/write';
import { serializePack } from '../../pack/serialize';
import { flag, positionals, requiredString } from '../args';
import { checkedPacks } from '../checked-packs';
import { CliFailure, type Command } from '../command';
import { outputFile, sourceFolderOrFail, unusableFailure, writeOrFail } from '../inputs';
import { cliCount, cliNumber, cliStrings } from '../cli-lang';
import type { Lang } from '../../types';

/**
 * The bytes about to be written, checked as every command that uses a pack.json checks them (the same loader, errors
 * only): a pack odigos itself would refuse is not written, and one that passes is remembered as checked (a local
 * cache keyed by these bytes and the checker's code, checked-packs.ts), so the first suggest after a build does not
 * check every entry again.
 */
function checkOutput(bytes: Uint8Array, out: string, lang: Lang): void {
  const { pack, problems } = checkCompiledBytes(bytes, out, { checked: checkedPacks(), warnings: false });
  if (pack) return;
  const first = problems.find((p) => p.severity === 'error');
  throw new CliFailure(cliStrings(lang)('build.selfCheck', { out, first: first ? ` (${formatProblem(first, lang)})` : '' }));
}

export const build: Command = {
  name: 'build',
  summary: { el: 'μεταγλωττίζει τον φάκελο πηγής ενός πακέτου σε ένα pack.json', en: 'compile a pack source folder into one pack.json' },
  usage: 'build <src-dir> -o <pack.json> [--strict]',
  description: {
    el:
      'Ελέγχει τον φάκελο (pack.yaml και κάθε καταχώριση *.md) και γράφει το πακέτο μαζί με το έτοιμο ευρετήριο\n' +
      'αναζήτησης. Το αρχείο γράφεται ατομικά: σε οποιοδήποτε σφάλμα δεν γράφεται τίποτα και ένα υπάρχον αρχείο\n' +
      'μένει όπως ήταν. Πακέτο μεγαλύτερο από τα 20 MB που δέχεται η επέκταση δεν γράφεται. Το πακέτο που γράφεται\n' +
      'ελέγχεται όπως κάθε εντολή ελέγχει ένα pack.json και σημειώνεται ως ελεγμένο (τοπική κρυφή μνήμη με κλειδί τα\n' +
      'bytes του· το ODIGOS_CACHE=off την απενεργοποιεί, το ODIGOS_CACHE_DIR τη μετακινεί): τα suggest, list και eval\n' +
      'δεν ξαναελέγχουν κάθε καταχώριση· ένα byte που αλλάζει σημαίνει πλήρη έλεγχο.',
    en:
    'Validates the folder (pack.yaml + every *.md entry), then writes the compiled pack with its prebuilt\n' +
    'search index. The file is written atomically: on any error nothing is written and an existing\n' +
    'file is left as it was. A pack larger than the 20 MB the extension takes is not written. The pack\n' +
    'written is checked as every command checks a pack.json and remembered as checked (a local cache keyed\n' +
    'by its bytes; ODIGOS_CACHE=off turns it off, ODIGOS_CACHE_DIR moves it): suggest, list and eval on it\n' +
    'do not check every entry again; a changed byte is checked in full.',
  },
  options: {
    out: { type: 'string', short: 'o', arg: 'pack.json', description: { el: 'το αρχείο όπου γράφεται το πακέτο (υποχρεωτικό)', en: 'the file to write the compiled pack to (required)' } },
    strict: { type: 'boolean', description: { el: 'οι προειδοποιήσεις μετρούν ως σφάλματα', en: 'treat warnings as errors' } },
  },
  run({ values, positionals: args, io }) {
    const [src] = positionals(args, ['src-dir']);
    const out = outputFile(requiredString(values, 'out', 'pack.json'), '-o', 'pack.json');
    const strict = flag(values, 'strict');
    const lang = io.lang ?? 'en';
    const [say, count] = [cliStrings(lang), cliCount(lang)];
    const { pack, problems, unusable } = compileSource(sourceFolderOrFail(src));
    if (unusable) throw unusableFailure(problems, unusable, lang);
    for (const p of problems) io.err(formatProblem(p, lang));
    const { errors, warnings } = countProblems(problems);
    if (!pack || failsValidation(problems, strict)) {
      throw new CliFailure(say('build.failed', { src, errors: count('errors', errors), warnings: count('warnings', warnings), strict: strict && !errors ? ' (--strict)' : '' }));
    }
    const bytes = Buffer.from(serializePack(pack), 'utf8');
    // A pack no one could load (the extension and odigos refuse it) is not written.
    if (bytes.length > MAX_PACK_BYTES) {
      const mb = (n: number) => `${cliNumber(n / 1048576, lang, 1)} MB`;
      throw new CliFailure(say('build.tooLarge', { src, size: mb(bytes.length), max: mb(MAX_PACK_BYTES) }));
    }
    checkOutput(bytes, out, lang);
    writeOrFail(out, () => writeFileAtomic(out, bytes));
    const sops = pack.entries.filter((e) => e.type === 'sop').length;
    const built = { pack: pack.meta.id, version: pack.meta.version, entries: count('entries', pack.entries.length), out };
    io.out(say('build.done', { ...built, sops: count('sops', sops), templates: count('templates', pack.entries.length - sops) }) + (warnings ? ` — ${count('warnings', warnings)}` : ''));
    return 0;
  },
};
