/** Typed access to parsed options, with usage errors that say what is wrong. */
import { UsageError, type OptionValues } from './command';
import { cliSaid } from './cli-lang';

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredString(values: OptionValues, name: string, what: string): string {
  const v = stringOption(values, name);
  if (!v) throw new UsageError(cliSaid('args.missingOption', { name, what }));
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
    const kind = cliSaid(opts.integer ? 'args.whole' : 'args.number');
    const range =
      opts.min !== undefined && opts.max !== undefined
        ? cliSaid('args.fromTo', { kind, min: opts.min, max: opts.max })
        : { el: bounds(kind.el, opts), en: bounds(kind.en, opts) };
    throw new UsageError(cliSaid('args.range', { name, range, raw }));
  }
  return n;
}

const bounds = (kind: string, opts: { min?: number; max?: number }) =>
  [kind, opts.min !== undefined ? `≥ ${opts.min}` : '', opts.max !== undefined ? `≤ ${opts.max}` : ''].filter(Boolean).join(' ');

/** A string option that must be one of `allowed` (undefined when not given). */
export function choice<T extends string>(values: OptionValues, name: string, allowed: readonly T[]): T | undefined {
  const v = stringOption(values, name);
  if (v === undefined || (allowed as readonly string[]).includes(v)) return v as T | undefined;
  throw new UsageError(cliSaid('args.oneOf', { name, value: v, allowed: { el: allowed.join(' ή '), en: allowed.join(' or ') } }));
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** Exactly `count` positional arguments, named for the message. */
export function positionals(list: string[], names: string[]): string[] {
  if (list.length < names.length) throw new UsageError(cliSaid('args.missing', { names: names.slice(list.length).map((n) => `<${n}>`).join(' ') }));
  if (list.length > names.length) throw new UsageError(cliSaid('args.unexpected', { arg: list[names.length]! }));
  return list;
}
