/**
 * What every `odigos` command provides; commands live one per file in ./commands and are listed in ./commands/index.ts.
 * Failures: throw a CliFailure or UsageError (./failures.ts); ./inputs.ts reads files and packs failing that way.
 */
export { CliFailure, EXIT, UsageError } from './failures';
import type { Lang } from '../types';
import type { Env, Words } from './cli-lang';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The environment whose LC_ALL, LC_MESSAGES or LANG choose the language of the messages (cli-lang.ts); none: English. */
  env?: Env;
  /** The language of odigos's messages, as runCli decided it (--lang, else the environment); commands read it. */
  lang?: Lang;
  /**
   * Standard input, read to the end or to just past `limit` bytes (tests give their own; the real one reads file
   * descriptor 0 and stops there, so a huge pipe is refused without being read whole).
   */
  stdin?(limit: number): Uint8Array;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Name of the value in help (`<file>`). */
  arg?: string;
  /** What it does, in Greek and English (`--help` shows the reader's). */
  description: Words;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: CliIO;
}

export interface Command {
  name: string;
  /** One line for the command list, in Greek and English. */
  summary: Words;
  /** Usage after `odigos ` (e.g. `build <src-dir> -o <pack.json>`). */
  usage: string;
  /** Paragraphs shown by `--help` after the usage line, in Greek and English. */
  description: Words;
  options: Record<string, OptionSpec>;
  /** Returns the exit code. */
  run(ctx: CommandContext): number | Promise<number>;
}
