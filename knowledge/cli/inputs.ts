/**
 * Reading what a command is given and writing what it makes, failing in one voice (./failures.ts): every message
 * names the file, says what is wrong with it and how to fix it, and quotes at most a short escaped excerpt.
 */
import { existsSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { loadPack } from '../node/load';
import { checkedPacks } from './checked-packs';
import { formatProblem, problemWords, type Problem, type Unusable } from '../pack/problems';
import { cliCount, cliNumber, cliSaid, cliStrings, type Words } from './cli-lang';
import type { Said } from '../pack/problem-words';
import type { Lang } from '../types';
import { decodeText, excerpt, readFailureSaid } from '../pack/text-file';
import type { CompiledPack } from '../types';
import { CliFailure, UsageError, type FailureKind } from './failures';
import type { CliIO } from './command';

/** Given instead of a file name, means standard input. */
export const STDIN = '-';

/** How messages name an input file (standard input in the reader's language). */
export const inputName = (path: string): string => (path === STDIN ? 'standard input' : path);
const inputWords = (path: string): Words => (path === STDIN ? cliSaid('in.stdin') : { el: path, en: path });

/** A problem of knowledge/pack/problem-words.ts in both languages. */
const saidWords = (s: Said): Words => ({ el: problemWords(s, 'el'), en: problemWords(s, 'en') });

const SHOWN_ERRORS = 10;
/** Inputs other than packs (cases, queries, keys) larger than this are refused before they are read. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;
const KIND_OF: Record<Unusable, FailureKind> = { missing: 'missing', unreadable: 'unreadable', 'not-a-pack': 'wrong-input' };

/** A customer message on standard input larger than this is no message (a file piped by mistake). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

const megabytes = (bytes: number) => `${bytes / 1048576} MB`;

/** Reads file descriptor 0 to its end or to just past `limit` bytes: a huge pipe is refused without reading all of it. */
export function readFd0(limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EOF') break;
      // A non-blocking pipe with nothing yet: wait a moment for the writer.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Standard input, read to the end (`io.stdin` in tests), at most `limit` bytes: more is refused with a message
 * naming the limit.
 */
export function readStdin(io?: CliIO, limit = MAX_INPUT_BYTES, what: 'in.aFile' | 'in.aMessage' = 'in.aFile'): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = io?.stdin ? io.stdin(limit) : readFd0(limit);
  } catch (e) {
    throw new CliFailure(cliSaid('in.cannotRead', { name: cliSaid('in.stdin'), why: saidWords(readFailureSaid(e)) }), 'unreadable');
  }
  if (bytes.length > limit) {
    throw new CliFailure(cliSaid('in.stdinTooLarge', { max: megabytes(limit), what: cliSaid(what) }), 'wrong-input');
  }
  return bytes;
}

/**
 * The text of an input file (`-`: standard input). `what` says what it should be, for the fix ("a JSON Lines
 * file of {"id", "text"}").
 */
export function readInputText(path: string, what: Words, io?: CliIO, stdinLimit = MAX_INPUT_BYTES): string {
  const name = inputWords(path);
  let bytes: Uint8Array;
  if (path === STDIN) bytes = readStdin(io, stdinLimit, stdinLimit === MAX_MESSAGE_BYTES ? 'in.aMessage' : 'in.aFile');
  else {
    let size: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new CliFailure(cliSaid('in.isFolder', { path, what }), 'wrong-input');
      size = stat.size;
    } catch (e) {
      if (e instanceof CliFailure) throw e;
      if ((e as { code?: string }).code === 'ENOENT') throw new CliFailure(cliSaid('in.noFile', { path, what }), 'missing');
      throw new CliFailure(cliSaid('in.cannotRead', { name: path, why: saidWords(readFailureSaid(e)) }), 'unreadable');
    }
    if (size > MAX_INPUT_BYTES) {
      const mb = { el: cliNumber(size / 1048576, 'el', 1), en: (size / 1048576).toFixed(1) };
      throw new CliFailure(cliSaid('in.tooLarge', { path, size: mb, max: megabytes(MAX_INPUT_BYTES) }), 'wrong-input');
    }
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new CliFailure(cliSaid('in.cannotRead', { name: path, why: saidWords(readFailureSaid(e)) }), 'unreadable');
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CliFailure(cliSaid(decoded.binary ? 'in.notTextGive' : 'in.notText', { name, problem: saidWords(decoded.problem), what }), 'wrong-input');
  return decoded.text;
}

/**
 * A file name to write to (`-o`), checked before any work is done: a folder (or a name ending in '/') is refused,
 * and so is a path through a file. Missing folders on the way are created when writing.
 */
export function outputFile(path: string, option: string, example: string): string {
  if (path.endsWith('/') || path.endsWith('\\') || (existsSync(path) && statSync(path).isDirectory())) {
    throw new UsageError(cliSaid('args.folderOut', { option, path, example: join(path, example) }));
  }
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw new CliFailure(cliSaid('in.pathThroughFile', { path, dir }), 'cannot-write');
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return path;
}

/** Runs `write`; a failure becomes "cannot write" naming the file (and the folder that could not be made). */
export function writeOrFail(path: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    const { syscall, path: at } = e as { syscall?: string; path?: string };
    const reason = saidWords(readFailureSaid(e));
    const why = syscall === 'mkdir' && at ? cliSaid('in.noFolderMade', { at, why: reason }) : reason;
    throw new CliFailure(cliSaid('in.cannotWrite', { path, why }), 'cannot-write');
  }
}

/**
 * Loads one pack (source folder, its pack.yaml, or pack.json). No pack at all fails with its one reason; a pack
 * with errors shows the first ones on stderr and fails (warnings stay quiet here: `validate` lists everything).
 */
export function loadPackOrFail(path: string, io: CliIO): CompiledPack {
  const { pack, problems, unusable } = loadPack(packPath(path), { checked: checkedPacks(), warnings: false });
  if (pack) return pack;
  const lang = io.lang ?? 'en';
  if (unusable) throw unusableFailure(problems, unusable, lang);
  const errors = problems.filter((x) => x.severity === 'error');
  const say = cliStrings(lang);
  for (const p of errors.slice(0, SHOWN_ERRORS)) io.err(formatProblem(p, lang));
  if (errors.length > SHOWN_ERRORS) io.err(say('load.more', { n: errors.length - SHOWN_ERRORS, path }));
  throw new CliFailure(errors.length === 1 ? say('load.failedOne', { path }) : say('load.failed', { path, errors: cliCount(lang)('errors', errors.length) }));
}

/** A pack argument: a path (packs are not read from standard input). */
export function packPath(path: string): string {
  if (path === STDIN) throw new UsageError(cliSaid('args.packStdin'));
  return path;
}

/** The failure for an input that is no pack at all (for commands that call loadPack or compileSource themselves). */
export function unusableFailure(problems: readonly Problem[], why: Unusable, lang: Lang = 'en'): CliFailure {
  return new CliFailure(problems.map((p) => `${p.file}: ${problemWords(p, lang)}`).join('; '), KIND_OF[why]);
}

export interface JsonLine {
  line: number;
  value: unknown;
}

/**
 * Non-empty lines of a JSON Lines file (`-`: standard input), parsed. A file that is mostly not JSON lines is some
 * other file: one message. Otherwise bad lines are reported with their number and a short excerpt (the first few).
 */
export function readJsonLines(file: string, what: Words, io: CliIO): JsonLine[] {
  const text = readInputText(file, what, io);
  const name = inputWords(file);
  const say = cliStrings(io.lang ?? 'en');
  const out: JsonLine[] = [];
  const bad: Array<{ line: number; raw: string }> = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch {
      bad.push({ line: i + 1, raw });
    }
  });
  if (bad.length === 0) return out;
  if (bad.length > out.length) {
    throw new CliFailure(cliSaid('in.notJsonLines', { name, line: bad[0]!.line, excerpt: excerpt(bad[0]!.raw.trim(), 40), what }), 'wrong-input');
  }
  for (const b of bad.slice(0, SHOWN_ERRORS)) io.err(say('in.notJsonLine', { name, line: b.line, excerpt: excerpt(b.raw.trim(), 50) }));
  if (bad.length > SHOWN_ERRORS) io.err(say('in.more', { n: bad.length - SHOWN_ERRORS }));
  const n = bad.length;
  throw new CliFailure(cliSaid(n === 1 ? 'in.badJsonOne' : 'in.badJson', { name, n }));
}

/**
 * Collects lines of the right JSON but the wrong shape. When no line has the shape, the file is some other file (a
 * pack.json on one line, say): one message. Otherwise each line is reported (the first few), then one failure.
 */
export function lineShapeReporter(file: string, io: CliIO) {
  const name = inputWords(file);
  const lang = io.lang ?? 'en';
  const say = cliStrings(lang);
  const bad: Array<{ line: number; message: Words }> = [];
  return {
    report(line: number, message: Words) {
      bad.push({ line, message });
    },
    /** Fails when anything was reported; `form` is what each of the `total` lines should be. */
    done(form: string, total: number) {
      if (bad.length === 0) return;
      if (bad.length === total) throw new CliFailure(cliSaid('in.noShape', { name, form }), 'wrong-input');
      for (const b of bad.slice(0, SHOWN_ERRORS)) io.err(`${name[lang]}:${b.line}: ${b.message[lang]}`);
      if (bad.length > SHOWN_ERRORS) io.err(say('in.more', { n: bad.length - SHOWN_ERRORS }));
      const n = bad.length;
      throw new CliFailure(cliSaid(n === 1 ? 'in.badShapeOne' : 'in.badShape', { name, n, form }));
    },
  };
}

/**
 * A pack source folder to build (its pack.yaml may be named instead): a missing path, a file, or a folder
 * without pack.yaml fails with the reason.
 */
export function sourceFolderOrFail(path: string): string {
  if (path === STDIN) throw new UsageError(cliSaid('args.sourceStdin'));
  if (!existsSync(path)) throw new CliFailure(cliSaid('in.noFolder', { path }), 'missing');
  if (statSync(path).isDirectory()) return path;
  if (basename(path) === 'pack.yaml') return dirname(path);
  const compiled = extname(path).toLowerCase() === '.json';
  throw new CliFailure(
    cliSaid(compiled ? 'in.compiled' : 'in.notFolder', { path }),
    'wrong-input',
  );
}

/** The customer message: the words given, or standard input (`--stdin`, or `-` as the message). */
export function messageText(args: string[], fromStdin: boolean, io: CliIO): string {
  const dash = args.length === 1 && args[0] === STDIN;
  if (fromStdin && args.length && !dash) throw new UsageError(cliSaid('args.messageTwice'));
  return (fromStdin || dash ? readInputText(STDIN, cliSaid('in.message'), io, MAX_MESSAGE_BYTES) : args.join(' ')).trim();
}

/** At most `max` characters of `text`, marked when cut (for JSON output, which escapes by itself). */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
