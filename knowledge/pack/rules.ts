/** The shapes of single values in a pack, shared by the source parser and the compiled-pack validator. */
import { CHANNELS, TONES } from '../types';

export const LANGS = ['el', 'en'] as const;
export const ENTRY_TYPES = ['sop', 'template'] as const;
export const FORMALITIES = ['formal', 'informal'] as const;
export { CHANNELS, TONES };

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Letters of any script (Greek too), digits and '-'. */
export const SHORTCUT = /^[\p{L}\p{N}-]+$/u;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's local date as yyyy-mm-dd (what review dates are compared with). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How a value reads in a message: "a number", "a list", "text". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

