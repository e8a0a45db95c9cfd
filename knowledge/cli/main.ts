/**
 * `odigos`: the trainer's command line (build, validate, list, suggest, cues, eval, diff …).
 * Parses arguments with node:util, runs one command from the registry, and turns every failure into
 * one message and the exit code of its kind (./failures.ts) — never a stack trace.
 */
import { parseArgs } from 'node:util';
import type { CliIO, Command, OptionValues } from './command';
import type { Lang } from '../types';
import { COMMANDS } from './commands';
import { editDistance } from '../text/edit-distance';
import { CliFailure, EXIT, exitCodesHelp, FAILURES, UsageError } from './failures';
import { readFd0 } from './inputs';
import { envLang } from './cli-lang';

const HELP_OPTION = { type: 'boolean', short: 'h', description: 'show this help' } as const;
/** Every command that has no --lang of its own (greet's is the template's language) takes it for its messages. */
const LANG_OPTION = { type: 'string', arg: 'el|en', description: "the language of the messages (default: the terminal's, from LC_ALL, LC_MESSAGES or LANG)" } as const;
const optionsOf = (cmd: Command) => ({ ...cmd.options, ...(cmd.options.lang ? {} : { lang: LANG_OPTION }), help: HELP_OPTION });

export function globalHelp(commands: readonly Command[] = COMMANDS): string {
  const width = commands.reduce((w, c) => Math.max(w, c.name.length), 0);
  return [
    'odigos — build, check and try Odigos knowledge packs',
    '',
    'Usage: odigos <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "odigos <command> --help" for a command\'s options. A file argument "-" reads standard input.',
    '',
    ...exitCodesHelp(),
  ].join('\n');
}

export function commandHelp(cmd: Command): string {
  const options = Object.entries(optionsOf(cmd)).map(([name, o]) => {
    const flagText = `${'short' in o && o.short ? `-${o.short}, ` : '    '}--${name}${'arg' in o && o.arg ? ` <${o.arg}>` : ''}`;
    return { flagText, description: o.description + ('multiple' in o && o.multiple ? ' (repeatable)' : '') };
  });
  const width = options.reduce((w, o) => Math.max(w, o.flagText.length), 0);
  return [
    `Usage: odigos ${cmd.usage}`,
    '',
    cmd.description,
    '',
    'Options:',
    ...options.map((o) => `  ${o.flagText.padEnd(width)}  ${o.description}`),
    '',
    `Exit codes: 0 done, ${Object.entries(FAILURES).map(([kind, f]) => `${f.code} ${kind.replace('-', ' ')}`).join(', ')} (odigos --help says what each means).`,
  ].join('\n');
}

/** The command a typo most likely meant (at most two edits away). */
function closest(name: string, commands: readonly Command[]): string | undefined {
  const ranked = commands.map((c) => ({ name: c.name, d: editDistance(name, c.name) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= 2 ? ranked[0].name : undefined;
}

export async function runCli(argv: string[], io: CliIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(globalHelp(commands));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const target = rest[0] && commands.find((c) => c.name === rest[0]);
    io.out(target ? commandHelp(target) : globalHelp(commands));
    return EXIT.ok;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    const hint = closest(name, commands);
    io.err(`odigos: unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}. Run "odigos --help" for the list.`);
    return EXIT.usage;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: Object.fromEntries(
          Object.entries(optionsOf(cmd)).map(([k, o]) => [
            k,
            { type: o.type, ...('short' in o && o.short ? { short: o.short } : {}), ...('multiple' in o && o.multiple ? { multiple: true } : {}) },
          ]),
        ),
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new UsageError((e as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, ''));
    }
    if (parsed.values.help) {
      io.out(commandHelp(cmd));
      return EXIT.ok;
    }
    const values = parsed.values as OptionValues;
    const lang = cmd.options.lang ? envLang(io.env ?? {}) : messageLang(values.lang, io);
    if (!cmd.options.lang) delete values.lang;
    return await cmd.run({ values, positionals: parsed.positionals, io: { ...io, lang } });
  } catch (e) {
    return report(e, cmd, io);
  }
}

/** The language of the messages: --lang, else the environment's. */
function messageLang(flag: unknown, io: CliIO): Lang {
  if (flag === undefined) return envLang(io.env ?? {});
  if (flag === 'el' || flag === 'en') return flag;
  throw new UsageError(`--lang must be el or en, not "${String(flag)}"`);
}

/** One message for a failure, and the exit code of its kind. */
function report(e: unknown, cmd: Command, io: CliIO): number {
  if (e instanceof UsageError) {
    io.err(`odigos ${cmd.name}: ${e.message}\nUsage: odigos ${cmd.usage}\nRun "odigos ${cmd.name} --help" for details.`);
    return e.exitCode;
  }
  if (e instanceof CliFailure) {
    if (e.message) io.err(`odigos ${cmd.name}: ${e.message}`);
    return e.exitCode;
  }
  const message = String((e as Error)?.message ?? e).slice(0, 300);
  io.err(`odigos ${cmd.name}: unexpected error: ${message} (a bug in odigos: run again with ODIGOS_DEBUG=1 and report the trace)`);
  if (process.env.ODIGOS_DEBUG) io.err(String((e as Error)?.stack));
  return EXIT.bug;
}

/** Entry point for bin/odigos.mjs: real stdout/stderr. */
export function main(argv: string[]): Promise<number> {
  // `odigos list pack.json | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return runCli(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: readFd0,
    env: process.env,
  });
}
