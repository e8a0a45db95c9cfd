/**
 * How `odigos` fails: one kind per cause, each with one exit code, documented in `odigos --help`. A command
 * throws a CliFailure (or one made by the helpers in ./inputs.ts); main.ts prints `odigos <command>: <message>`
 * once and exits with the kind's code. knowledge/cli/README.md says how a new command reports failures.
 */

export type FailureKind = 'failed' | 'usage' | 'missing' | 'unreadable' | 'wrong-input' | 'cannot-write' | 'bug';

/** Exit code and what it means, in the order `--help` lists them. */
export const FAILURES: Record<FailureKind, { code: number; meaning: string }> = {
  failed: { code: 1, meaning: 'the input was read and did not pass: a pack or file with errors, eval below --min-top1, a bad signature' },
  usage: { code: 2, meaning: 'wrong arguments or options (the usage is printed)' },
  missing: { code: 3, meaning: 'a file or folder that does not exist' },
  unreadable: { code: 4, meaning: 'a file or folder that exists but cannot be read (permissions, I/O error)' },
  'wrong-input': {
    code: 5,
    meaning: 'not the kind of input expected: binary or not UTF-8, not JSON, not an Odigos pack, a folder without pack.yaml, a folder where a file is needed, too large',
  },
  'cannot-write': { code: 6, meaning: 'the output cannot be written (permissions, full disk, read-only; keys that exist, without --force)' },
  bug: { code: 70, meaning: 'an unexpected error in odigos itself: run again with ODIGOS_DEBUG=1 and report the trace' },
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
  constructor(
    message: string,
    readonly kind: FailureKind = 'failed',
  ) {
    super(message);
  }

  get exitCode(): number {
    return FAILURES[this.kind].code;
  }
}

/** Wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends CliFailure {
  constructor(message: string) {
    super(message, 'usage');
  }
}

/** The "Exit codes" section of `odigos --help`. */
export function exitCodesHelp(): string[] {
  return ['Exit codes:', '  0   done', ...Object.values(FAILURES).map((f) => `  ${String(f.code).padEnd(3)} ${f.meaning}`)];
}
