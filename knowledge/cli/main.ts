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
import { cliSaid, cliStrings, envLang, type Words } from './cli-lang';

const HELP_OPTION = { type: 'boolean', short: 'h', description: cliSaid('help.optHelp') } as const;
/** Every command that has no --lang of its own (greet's is the template's language) takes it for its messages. */
const LANG_OPTION = { type: 'string', arg: 'el|en', description: cliSaid('help.optLang') } as const;
const optionsOf = (cmd: Command) => ({ ...cmd.options, ...(cmd.options.lang ? {} : { lang: LANG_OPTION }), help: HELP_OPTION });

export function globalHelp(commands: readonly Command[] = COMMANDS, lang: Lang = 'en'): string {
  const say = cliStrings(lang);
  const width = commands.reduce((w, c) => Math.max(w, c.name.length), 0);
  return [
    say('help.title'),
    '',
    say('help.usage'),
    '',
    say('help.commands'),
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
    '',
    say('help.more'),
    '',
    ...exitCodesHelp(lang, say('help.exitCodes'), say('help.done')),
  ].join('\n');
}

export function commandHelp(cmd: Command, lang: Lang = 'en'): string {
  const say = cliStrings(lang);
  const options = Object.entries(optionsOf(cmd)).map(([name, o]) => {
    const flagText = `${'short' in o && o.short ? `-${o.short}, ` : '    '}--${name}${'arg' in o && o.arg ? ` <${o.arg}>` : ''}`;
    return { flagText, description: o.description[lang] + ('multiple' in o && o.multiple ? say('help.repeatable') : '') };
  });
  const width = options.reduce((w, o) => Math.max(w, o.flagText.length), 0);
  return [
    say('help.usageLine', { usage: cmd.usage }),
    '',
    cmd.description[lang],
    '',
    say('help.options'),
    ...options.map((o) => `  ${o.flagText.padEnd(width)}  ${o.description}`),
    '',
    say('help.exitLine', { codes: Object.values(FAILURES).map((f) => `${f.code} ${f.name[lang]}`).join(', ') }),
  ].join('\n');
}

/** The command a typo most likely meant (at most two edits away). */
function closest(name: string, commands: readonly Command[]): string | undefined {
  const ranked = commands.map((c) => ({ name: c.name, d: editDistance(name, c.name) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= 2 ? ranked[0].name : undefined;
}

/** The --lang a help request or a refused command line gives, if any (el or en); else the terminal's. */
function askedLang(args: readonly string[], io: CliIO): Lang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
  return value === 'el' || value === 'en' ? value : envLang(io.env ?? {});
}

export async function runCli(argv: string[], io: CliIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  const lang = askedLang(argv, io);
  if (name === undefined) {
    io.err(globalHelp(commands, lang));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const target = rest[0] && commands.find((c) => c.name === rest[0]);
    io.out(target ? commandHelp(target, lang) : globalHelp(commands, lang));
    return EXIT.ok;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    const hint = closest(name, commands);
    const say = cliStrings(lang);
    io.err(say('main.unknown', { name, hint: hint ? say('main.didYouMean', { hint }) : '' }));
    return EXIT.usage;
  }
  try {
    const parsed = parseOptions(cmd, rest);
    if (parsed.values.help) {
      io.out(commandHelp(cmd, lang));
      return EXIT.ok;
    }
    const values = parsed.values as OptionValues;
    // A command whose --lang is its content's (greet's template, the qc report's) speaks that language too.
    const said = messageLang(values.lang, io);
    if (!cmd.options.lang) delete values.lang;
    return await cmd.run({ values, positionals: parsed.positionals, io: { ...io, lang: said } });
  } catch (e) {
    return report(e, cmd, io, lang);
  }
}

/** The command line parsed by node:util; its refusals said in both languages (by their codes). */
function parseOptions(cmd: Command, args: string[]) {
  try {
    return parseArgs({
      args,
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
    throw new UsageError(parseFailure(e as Error & { code?: string }));
  }
}

function parseFailure(e: Error & { code?: string }): Words {
  const en = e.message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
  const option = /'([^']+)'/.exec(en)?.[1] ?? '';
  const key =
    e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'args.unknownOption'
    : /argument missing/.test(en) ? 'args.noValue'
    : /argument is ambiguous/.test(en) ? 'args.ambiguous'
    : /does not take an argument/.test(en) ? 'args.takesNoValue'
    : undefined;
  return { el: key ? cliStrings('el')(key, { option: option.replace(/ <value>$/, '') }) : en, en };
}

/** The language of the messages: --lang, else the environment's. */
function messageLang(flag: unknown, io: CliIO): Lang {
  if (flag === undefined) return envLang(io.env ?? {});
  if (flag === 'el' || flag === 'en') return flag;
  throw new UsageError(cliSaid('main.lang', { value: String(flag) }));
}

/** One message for a failure, in `lang`, and the exit code of its kind. */
function report(e: unknown, cmd: Command, io: CliIO, lang: Lang): number {
  const say = cliStrings(lang);
  if (e instanceof UsageError) {
    io.err(say('main.usage', { cmd: cmd.name, message: e.said(lang), usage: cmd.usage }));
    return e.exitCode;
  }
  if (e instanceof CliFailure) {
    if (e.message) io.err(`odigos ${cmd.name}: ${e.said(lang)}`);
    return e.exitCode;
  }
  const message = String((e as Error)?.message ?? e).slice(0, 300);
  io.err(say('main.bug', { cmd: cmd.name, message }));
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
