import { loadPack } from '../../node/load';
import { checkPackSignature } from '../../pack/signing';
import type { CompiledPack } from '../../types';
import { countProblems, failsValidation, formatProblem, problemAt } from '../../pack/problems';
import { flag, positionals } from '../args';
import type { Command } from '../command';
import { packPath, unusableFailure } from '../inputs';
import { cliCount, cliStrings } from '../cli-lang';

export const validate: Command = {
  name: 'validate',
  summary: { el: 'ελέγχει τον φάκελο πηγής ενός πακέτου ή ένα pack.json και δείχνει κάθε πρόβλημα', en: 'check a pack source folder or pack.json and list every problem' },
  usage: 'validate <src-dir|pack.json> [--strict] [--json]',
  description: {
    el:
      'Τυπώνει όλα τα προβλήματα μαζί, ως «αρχείο:γραμμή: σφάλμα|προειδοποίηση: μήνυμα», στα ελληνικά όταν η γλώσσα του\n' +
      'τερματικού είναι ελληνική (LANG=el_GR.UTF-8) ή με --lang el. Βγαίνει με 1 όταν υπάρχουν σφάλματα (ή προειδοποιήσεις,\n' +
      'με --strict). Προειδοποιήσεις: ημερομηνίες αναθεώρησης που πέρασαν, πρότυπα χωρίς φράσεις πελάτη, άγνωστα πεδία\n' +
      'συμπλήρωσης ή πεδία. Είσοδος που δεν είναι καθόλου πακέτο (δεν υπάρχει, δεν διαβάζεται, δεν είναι πακέτο) παίρνει\n' +
      'ένα μήνυμα και τον δικό της κωδικό εξόδου.',
    en:
    'Prints every problem at once as "file:line: error|warning: message", in Greek when the terminal\'s language\n' +
    'is Greek (LANG=el_GR.UTF-8) or with --lang el. Exits 1 when there are errors\n' +
    '(or warnings, with --strict). Warnings: passed review dates, templates without triggers, unknown\n' +
    'placeholders or fields. Input that is no pack at all (missing, unreadable, not a pack) gets one\n' +
    'message and its own exit code.',
  },
  options: {
    strict: { type: 'boolean', description: { el: 'αποτυγχάνει και με προειδοποιήσεις', en: 'fail on warnings too' } },
    json: { type: 'boolean', description: {
        el: 'τυπώνει {ok, kind, pack, errors, warnings, problems[{severity, file, line, code, params, message}]} ως JSON (με αγγλικές λέξεις)',
        en: 'print {ok, kind, pack, errors, warnings, problems[{severity, file, line, code, params, message}]} as JSON (English words)',
      },
    },
  },
  async run({ values, positionals: args, io }) {
    const [path] = positionals(args, ['src-dir|pack.json']);
    const strict = flag(values, 'strict');
    const loaded = loadPack(packPath(path));
    // No pack at all: the one reason, not a list of what its files lack.
    if (loaded.unusable) throw unusableFailure(loaded.problems, loaded.unusable, io.lang);
    const { pack, kind } = loaded;
    const problems = [...loaded.problems];
    // A signature that does not match means the file was changed after signing: an error, as the extension sees it.
    const raw = loaded.raw as { signature?: unknown } | undefined;
    if (pack && raw?.signature !== undefined) {
      const signature = await checkPackSignature(raw as CompiledPack);
      if (signature.said) problems.push(problemAt('error', path, undefined, signature.said));
    }
    const { errors, warnings } = countProblems(problems);
    const ok = !failsValidation(problems, strict) && pack !== undefined;
    if (flag(values, 'json')) {
      io.out(
        JSON.stringify({
          ok,
          kind,
          pack: pack ? { id: pack.meta.id, version: pack.meta.version, entries: pack.entries.length } : null,
          errors,
          warnings,
          problems,
        }),
      );
      return ok ? 0 : 1;
    }
    const lang = io.lang ?? 'en';
    const [say, count] = [cliStrings(lang), cliCount(lang)];
    for (const p of problems) io.out(formatProblem(p, lang));
    const counts = { errors: count('errors', errors), warnings: count('warnings', warnings) };
    io.out(
      pack
        ? say(ok ? 'validate.ok' : 'validate.failed', { pack: pack.meta.id, version: pack.meta.version, entries: count('entries', pack.entries.length), ...counts }) +
            (!ok && !errors ? ' (--strict)' : '')
        : say('validate.noPack', { path, ...counts }),
    );
    return ok ? 0 : 1;
  },
};
