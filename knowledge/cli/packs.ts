/** Loading the packs a command works on (source folders or pack.json files), failing with every error shown. */
import { readFileSync } from 'node:fs';
import { loadPack } from '../pack/load';
import { formatProblem } from '../pack/problems';
import type { CompiledPack } from '../types';
import { CliFailure, type CliIO } from './command';
import { count } from '../text/plural';

const SHOWN_ERRORS = 10;

/**
 * Loads one pack; the first errors go to stderr and end the command (warnings stay quiet here:
 * `validate` lists everything).
 */
export function loadPackOrFail(path: string, io: CliIO): CompiledPack {
  const { pack, problems } = loadPack(path);
  if (pack) return pack;
  const errors = problems.filter((x) => x.severity === 'error');
  for (const p of errors.slice(0, SHOWN_ERRORS)) io.err(formatProblem(p));
  if (errors.length > SHOWN_ERRORS) io.err(`… and ${errors.length - SHOWN_ERRORS} more`);
  throw new CliFailure(`cannot use ${path}: it has ${count(errors.length, 'error', 'errors')} (run odigos validate ${path})`);
}

export interface JsonLine {
  line: number;
  value: unknown;
}

/** A text file's content; a file that cannot be read fails the command, naming it and why. */
export function readTextOrFail(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliFailure(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Non-empty lines of a JSON Lines file, parsed; every bad line is reported with its number. */
export function readJsonLines(file: string, io: CliIO): JsonLine[] {
  const text = readTextOrFail(file);
  const out: JsonLine[] = [];
  let bad = 0;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (e) {
      bad++;
      io.err(`${file}:${i + 1}: invalid JSON: ${(e as Error).message}`);
    }
  });
  if (bad > 0) throw new CliFailure(`${file}: ${count(bad, 'invalid line', 'invalid lines')}`);
  return out;
}
