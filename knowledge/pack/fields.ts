/**
 * Reads typed fields from a parsed map (front matter, pack.yaml or compiled JSON) and reports every
 * missing or wrongly typed one, with the line of its key. One reader for sources and compiled packs,
 * so both follow the same rules.
 */
import { isIsoDate } from './rules';
import { said, valueSaid, type ProblemCode, type Said } from './problem-words';

export type Report = (key: string | undefined, problem: Said, severity?: 'error' | 'warning') => void;

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
  problem(key: string, problem: Said, severity: 'error' | 'warning' = 'error'): void {
    this.report(key, problem, severity);
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
      this.report(key, said('field.notText', { field: this.name(key), value: valueSaid(v) }));
      return undefined;
    }
    const text = v?.trim();
    if (!text) {
      if (required) this.report(key, said(v === undefined || v === null ? 'field.missing' : 'field.empty', { field: this.name(key) }));
      return undefined;
    }
    return text;
  }

  /** False (and reported) when a value of fixed form has spaces around it: ids, versions, names of kinds and dates are exact, not trimmed. */
  private exact(key: string): boolean {
    const raw = this.obj[key];
    if (typeof raw !== 'string' || raw.trim() === '' || raw.trim() === raw) return true;
    this.raw(key);
    this.report(key, said('field.spaces', { field: this.name(key), value: raw, trimmed: raw.trim() }));
    return false;
  }

  /** A text matching `pattern`; `code` says the expected form. */
  matching(key: string, required: boolean, pattern: RegExp, code: ProblemCode): string | undefined {
    if (!this.exact(key)) return undefined;
    const v = this.string(key, required);
    if (v !== undefined && !pattern.test(v)) {
      this.report(key, said(code, { field: this.name(key), value: v }));
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[], required: boolean, fallback?: T): T | undefined {
    if (!this.exact(key)) return undefined;
    const v = this.string(key, required && fallback === undefined);
    if (v === undefined) return fallback;
    if (!(values as readonly string[]).includes(v)) {
      this.report(key, said('field.unknownValue', { field: this.name(key), value: v, values }));
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
      this.report(key, said('field.notDate', { field: this.name(key), value: s }));
      return undefined;
    }
    return s;
  }

  /** A list of texts (numbers are taken as text); absent → []. */
  stringList(key: string): string[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.report(key, said('field.notList', { field: this.name(key), example: key === 'tags' ? 'πληρωμές, κάρτα' : 'first, second', value: valueSaid(v) }));
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
      else if (typeof item === 'number') out.push(String(item));
      else this.report(key, said('field.itemNotText', { field: this.name(key), n: i + 1, value: valueSaid(item) }));
    });
    return out;
  }

  /** One value or a list of values from `values`. */
  oneOrMany<T extends string>(key: string, values: readonly T[], fallback: T[]): T[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return fallback;
    const items = Array.isArray(v) ? v : [v];
    if (items.length === 0) {
      this.report(key, said('field.emptyList', { field: this.name(key), values }));
      return fallback;
    }
    const out: T[] = [];
    for (const item of items) {
      if (typeof item === 'string' && (values as readonly string[]).includes(item)) out.push(item as T);
      else if (typeof item === 'string') this.report(key, said('field.unknownValues', { field: this.name(key), value: item, values }));
      else this.report(key, said('field.unknownKind', { field: this.name(key), value: valueSaid(item), values }));
    }
    return out;
  }

  /** A map of text → text (glossaries). */
  stringMap(key: string): Record<string, string> {
    const v = this.raw(key);
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report(key, said('field.notGlossary', { field: this.name(key), value: valueSaid(v) }));
      return {};
    }
    const out: Record<string, string> = {};
    for (const [k, item] of Object.entries(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') this.report(key, said('field.reservedKey', { field: this.name(key), key: k }));
      else if (typeof item === 'string' || typeof item === 'number') out[k] = String(item);
      else this.report(key, said('field.notText', { field: `${this.name(key)}.${k}`, value: valueSaid(item) }));
    }
    return out;
  }

  /** A nested map, read with its own reader whose reports point at this key's line. */
  map(key: string): FieldReader | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report(key, said('field.notFields', { field: this.name(key), value: valueSaid(v) }));
      return undefined;
    }
    return new FieldReader(
      v as Record<string, unknown>,
      (_sub, problem, severity) => this.report(key, problem, severity),
      `${this.name(key)}.`,
    );
  }

  /** Warns about keys nobody read (usually a typo such as `trigers`). */
  warnUnknown(): void {
    for (const key of Object.keys(this.obj)) {
      if (!this.seen.has(key)) this.report(key, said('field.unknown', { field: this.name(key) }), 'warning');
    }
  }
}
