/**
 * How `odigos` fails: one kind per cause, each with one exit code, documented in `odigos --help`. A command
 * throws a CliFailure (or one made by the helpers in ./inputs.ts); main.ts prints `odigos <command>: <message>`
 * once and exits with the kind's code. knowledge/cli/README.md says how a new command reports failures.
 */

import type { Lang } from '../types';
import type { Words } from './cli-lang';

export type FailureKind = 'failed' | 'usage' | 'missing' | 'unreadable' | 'wrong-input' | 'cannot-write' | 'bug';

/** Exit code, its short name in `<command> --help` and what it means, in the order `--help` lists them. */
export const FAILURES: Record<FailureKind, { code: number; name: Words; meaning: Words }> = {
  failed: {
    code: 1,
    name: { el: 'απέτυχε', en: 'failed' },
    meaning: {
      el: 'η είσοδος διαβάστηκε και δεν πέρασε: πακέτο ή αρχείο με σφάλματα, αξιολόγηση (odigos eval) κάτω από το --min-top1, λάθος υπογραφή',
      en: 'the input was read and did not pass: a pack or file with errors, eval below --min-top1, a bad signature',
    },
  },
  usage: { code: 2, name: { el: 'λάθος χρήση', en: 'usage' }, meaning: { el: 'λάθος ορίσματα ή επιλογές (εμφανίζεται η χρήση)', en: 'wrong arguments or options (the usage is printed)' } },
  missing: { code: 3, name: { el: 'δεν υπάρχει', en: 'missing' }, meaning: { el: 'αρχείο ή φάκελος που δεν υπάρχει', en: 'a file or folder that does not exist' } },
  unreadable: {
    code: 4,
    name: { el: 'δεν διαβάζεται', en: 'unreadable' },
    meaning: { el: 'αρχείο ή φάκελος που υπάρχει αλλά δεν διαβάζεται (δικαιώματα, σφάλμα εισόδου/εξόδου)', en: 'a file or folder that exists but cannot be read (permissions, I/O error)' },
  },
  'wrong-input': {
    code: 5,
    name: { el: 'λάθος είσοδος', en: 'wrong input' },
    meaning: {
      el: 'όχι το είδος εισόδου που χρειάζεται: δυαδικό ή όχι UTF-8, όχι JSON, όχι πακέτο του Odigos, φάκελος χωρίς pack.yaml, φάκελος όπου χρειάζεται αρχείο, πολύ μεγάλο',
      en: 'not the kind of input expected: binary or not UTF-8, not JSON, not an Odigos pack, a folder without pack.yaml, a folder where a file is needed, too large',
    },
  },
  'cannot-write': {
    code: 6,
    name: { el: 'δεν γράφεται', en: 'cannot write' },
    meaning: {
      el: 'η έξοδος δεν γράφεται (δικαιώματα, γεμάτος δίσκος, μόνο για ανάγνωση· κλειδιά που υπάρχουν ήδη, χωρίς --force)',
      en: 'the output cannot be written (permissions, full disk, read-only; keys that exist, without --force)',
    },
  },
  bug: {
    code: 70,
    name: { el: 'σφάλμα του odigos', en: 'bug' },
    meaning: {
      el: 'απρόσμενο σφάλμα του ίδιου του odigos: τρέξτε το ξανά με ODIGOS_DEBUG=1 και στείλτε μας ό,τι εμφανιστεί',
      en: 'an unexpected error in odigos itself: run again with ODIGOS_DEBUG=1 and report the trace',
    },
  },
};

export const EXIT = {
  ok: 0,
  failed: FAILURES.failed.code,
  usage: FAILURES.usage.code,
  missing: FAILURES.missing.code,
  unreadable: FAILURES.unreadable.code,
  wrongInput: FAILURES['wrong-input'].code,
  cannotWrite: FAILURES['cannot-write'].code,
  bug: FAILURES.bug.code,
} as const;

/**
 * A failure to report: one short message naming the file and the fix (an empty message when the command already
 * printed the details, e.g. a list of pack problems).
 */
export class CliFailure extends Error {
  /** The message in both languages, when it was said in both (`message` is its English words). */
  readonly words?: Words;

  constructor(
    message: string | Words,
    readonly kind: FailureKind = 'failed',
  ) {
    super(typeof message === 'string' ? message : message.en);
    if (typeof message !== 'string') this.words = message;
  }

  /** The message in `lang` (a message said only in English stays English). */
  said(lang: Lang): string {
    return this.words?.[lang] ?? this.message;
  }

  get exitCode(): number {
    return FAILURES[this.kind].code;
  }
}

/** Wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends CliFailure {
  constructor(message: string | Words) {
    super(message, 'usage');
  }
}

/** The "Exit codes" section of `odigos --help`, its heading and "done" given in `lang`. */
export function exitCodesHelp(lang: Lang, heading: string, done: string): string[] {
  return [heading, `  0   ${done}`, ...Object.values(FAILURES).map((f) => `  ${String(f.code).padEnd(3)} ${f.meaning[lang]}`)];
}
