/** Typed access to parsed options, with usage errors that say what is wrong. */
import { UsageError, type OptionValues } from './command';

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredString(values: OptionValues, name: string, what: string): string {
  const v = stringOption(values, name);
  if (!v) throw new UsageError(`missing --${name} <${what}>`);
  return v;
}

export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function numberOption(values: OptionValues, name: string, opts: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const bad =
    raw.trim() === '' || !Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max);
  if (bad) {
    const kind = opts.integer ? 'a whole number' : 'a number';
    const range =
      opts.min !== undefined && opts.max !== undefined
        ? `${kind} from ${opts.min} to ${opts.max}`
        : [kind, opts.min !== undefined ? `≥ ${opts.min}` : '', opts.max !== undefined ? `≤ ${opts.max}` : ''].filter(Boolean).join(' ');
    throw new UsageError(`--${name} must be ${range}, not "${raw}"`);
  }
  return n;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** Exactly `count` positional arguments, named for the message. */
export function positionals(list: string[], names: string[]): string[] {
  if (list.length < names.length) throw new UsageError(`missing ${names.slice(list.length).map((n) => `<${n}>`).join(' ')}`);
  if (list.length > names.length) throw new UsageError(`unexpected argument "${list[names.length]}"`);
  return list;
}
