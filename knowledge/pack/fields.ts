/**
 * Reads typed fields from a parsed map (front matter, pack.yaml or compiled JSON) and reports every
 * missing or wrongly typed one, with the line of its key. One reader for sources and compiled packs,
 * so both follow the same rules.
 */
import { describeValue, isIsoDate } from './rules';

export type Report = (key: string | undefined, message: string, severity?: 'error' | 'warning') => void;

export class FieldReader {
  private readonly seen = new Set<string>();

  /** `prefix` names nested fields in messages (`metrics.firstResponse`). */
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly report: Report,
    private readonly prefix = '',
  ) {}

  private name(key: string): string {
    return this.prefix + key;
  }

  /** Reports a problem found by the caller about `key` (a value that reads fine but means nothing). */
  problem(key: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.report(key, message, severity);
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  raw(key: string): unknown {
    this.seen.add(key);
    return this.obj[key];
  }

  string(key: string, required: boolean): string | undefined {
    const v = this.raw(key);
    if (typeof v === 'number') return String(v);
    if (v !== undefined && v !== null && typeof v !== 'string') {
      this.report(key, `"${this.name(key)}" must be text, not ${describeValue(v)}`);
      return undefined;
    }
    const text = v?.trim();
    if (!text) {
      if (required) this.report(key, v === undefined || v === null ? `missing required field "${this.name(key)}"` : `"${this.name(key)}" is empty`);
      return undefined;
    }
    return text;
  }

  /** False (and reported) when a value of fixed form has spaces around it: ids, versions, names of kinds and dates are exact, not trimmed. */
  private exact(key: string): boolean {
    const raw = this.obj[key];
    if (typeof raw !== 'string' || raw.trim() === '' || raw.trim() === raw) return true;
    this.raw(key);
    this.report(key, `${this.name(key)} ${JSON.stringify(raw)} has spaces around it: write ${JSON.stringify(raw.trim())}`);
    return false;
  }

  /** A text matching `pattern`; `hint` explains the expected form. */
  matching(key: string, required: boolean, pattern: RegExp, hint: string): string | undefined {
    if (!this.exact(key)) return undefined;
    const v = this.string(key, required);
    if (v !== undefined && !pattern.test(v)) {
      this.report(key, `${this.name(key)} "${v}" ${hint}`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[], required: boolean, fallback?: T): T | undefined {
    if (!this.exact(key)) return undefined;
    const v = this.string(key, required && fallback === undefined);
    if (v === undefined) return fallback;
    if (!(values as readonly string[]).includes(v)) {
      this.report(key, `unknown ${this.name(key)} "${v}" (expected one of: ${values.join(', ')})`);
      return undefined;
    }
    return v as T;
  }

  date(key: string): string | undefined {
    const v = this.raw(key);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (!this.exact(key)) return undefined;
    const s = this.string(key, false);
    if (s !== undefined && !isIsoDate(s)) {
      this.report(key, `${this.name(key)} "${s}" is not a date (expected yyyy-mm-dd, e.g. 2027-06-30)`);
      return undefined;
    }
    return s;
  }

  /** A list of texts (numbers are taken as text); absent → []. */
  stringList(key: string): string[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.report(key, `"${this.name(key)}" must be a list (e.g. [${key === 'tags' ? 'πληρωμές, κάρτα' : 'first, second'}]), not ${describeValue(v)}`);
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
      else if (typeof item === 'number') out.push(String(item));
      else this.report(key, `"${this.name(key)}" item ${i + 1} must be text, not ${describeValue(item)}`);
    });
    return out;
  }

  /** One value or a list of values from `values`. */
  oneOrMany<T extends string>(key: string, values: readonly T[], fallback: T[]): T[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return fallback;
    const items = Array.isArray(v) ? v : [v];
    if (items.length === 0) {
      this.report(key, `"${this.name(key)}" is an empty list (expected one or more of: ${values.join(', ')})`);
      return fallback;
    }
    const out: T[] = [];
    for (const item of items) {
      if (typeof item === 'string' && (values as readonly string[]).includes(item)) out.push(item as T);
      else this.report(key, `unknown ${this.name(key)} ${typeof item === 'string' ? `"${item}"` : describeValue(item)} (expected one or more of: ${values.join(', ')})`);
    }
    return out;
  }

  /** A map of text → text (glossaries). */
  stringMap(key: string): Record<string, string> {
    const v = this.raw(key);
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report(key, `"${this.name(key)}" must be a map (term: meaning), not ${describeValue(v)}`);
      return {};
    }
    const out: Record<string, string> = {};
    for (const [k, item] of Object.entries(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') this.report(key, `"${this.name(key)}" may not use the reserved key "${k}": rename it`);
      else if (typeof item === 'string' || typeof item === 'number') out[k] = String(item);
      else this.report(key, `"${this.name(key)}.${k}" must be text, not ${describeValue(item)}`);
    }
    return out;
  }

  /** A nested map, read with its own reader whose reports point at this key's line. */
  map(key: string): FieldReader | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report(key, `"${this.name(key)}" must be a map of fields, not ${describeValue(v)}`);
      return undefined;
    }
    return new FieldReader(
      v as Record<string, unknown>,
      (_sub, message, severity) => this.report(key, message, severity),
      `${this.name(key)}.`,
    );
  }

  /** Warns about keys nobody read (usually a typo such as `trigers`). */
  warnUnknown(): void {
    for (const key of Object.keys(this.obj)) {
      if (!this.seen.has(key)) this.report(key, `unknown field "${this.name(key)}" (ignored)`, 'warning');
    }
  }
}
