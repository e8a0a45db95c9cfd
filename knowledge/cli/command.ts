/** What every `odigos` command provides; commands live one per file in ./commands and are listed in ./commands/index.ts. */

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Name of the value in help (`<file>`). */
  arg?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: CliIO;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage after `odigos ` (e.g. `build <src-dir> -o <pack.json>`). */
  usage: string;
  /** Paragraphs shown by `--help` after the usage line. */
  description: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code. */
  run(ctx: CommandContext): number | Promise<number>;
}

/** Wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** A failure already explained to the user (message may be empty); exit code 1 unless given. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
