/**
 * A fast path for checking a pack that is right (as nearly every pack is): the format declaration (format.ts), a
 * tree of valibot schema objects, is turned once into a tree of plain closures that test the very same predicates
 * (the declaration's own regexes and check functions, its lengths, literals and choices) and give the very same
 * output (fields in the declaration's order, unknown ones absent), without the schema library's per-value datasets
 * and issue objects. A value that comes back as it was is returned itself, not copied: for a right pack, the
 * parsed JSON the caller passed in. It only says yes or FAIL: on FAIL the caller runs the full validator, which
 * words every problem with its path. So it may be stricter than the declaration (it fails on an unknown field, a
 * reserved key, a list over its cap, checked before any item), never more lenient, and a node it does not know is
 * handed to the schema library whole. Closures, not generated source: the extension's pages forbid eval.
 */
import * as v from 'valibot';

export const FAIL: unique symbol = Symbol('fails the fast check');
export type Fast = (x: unknown) => unknown;

/** The declaration's parts read here and by the full check's walk (valibot's schema objects are plain data). */
export interface SchemaNode {
  kind: string;
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  value?: SchemaNode;
  key?: string | SchemaNode;
  options?: SchemaNode[];
  literal?: unknown;
  default?: unknown;
  requirement?: unknown;
  pipe?: SchemaNode[];
}
type Node = SchemaNode;

/** Keys JavaScript objects inherit: the full validator refuses them in maps (check-format.ts). */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isMap = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Compiles `schema`; `handedOver` collects the types of nodes the schema library checks itself (tests read it).
 * `trusted`: text patterns the caller tests in a walk of its own over the same strings (the index's postings are
 * walked once for their characters and their numbers together: check-format.ts), left out here.
 */
export function compileFast(schema: unknown, handedOver: string[] = [], trusted: ReadonlySet<RegExp> = new Set()): Fast {
  return node(schema as Node, { handedOver, trusted });
}

interface Context {
  handedOver: string[];
  trusted: ReadonlySet<RegExp>;
}

function node(n: Node, c: Context): Fast {
  if (n.pipe) return piped(n, c);
  switch (n.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : FAIL);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : FAIL);
    case 'unknown':
      return (x) => x;
    case 'literal': {
      const literal = n.literal;
      return (x) => (x === literal ? x : FAIL);
    }
    case 'picklist': {
      const options = n.options as unknown[];
      return (x) => (options.includes(x) ? x : FAIL);
    }
    case 'optional':
      return optional(n, c);
    case 'object':
      return object(n, c);
    case 'record':
      return record(n, c);
    case 'array': {
      const item = node(n.item!, c);
      return (x) => (Array.isArray(x) ? items(x, item) : FAIL);
    }
    case 'union':
      return union(n, c);
    case 'variant':
      return variant(n, c);
    default:
      return library(n, c);
  }
}

/** Types the full check walks for unknown fields, reserved keys and list caps (check-format.ts: precheck). */
const WALKED = new Set(['object', 'array', 'record', 'variant', 'optional']);

/**
 * A node not compiled here: the schema library checks it, unless it is of a type the full check also walks for
 * what the library lets pass (an unknown field, say): that one always goes to the full check.
 */
function library(n: Node, c: Context): Fast {
  c.handedOver.push(n.type);
  if (WALKED.has(n.type)) return () => FAIL;
  const schema = n as unknown as v.GenericSchema;
  return (x) => {
    const r = v.safeParse(schema, x);
    return r.success ? r.output : FAIL;
  };
}

/** The items parsed; the list itself when every item came back as it was (no copy of a right pack). */
function items(x: unknown[], item: Fast): unknown[] | typeof FAIL {
  let out: unknown[] | undefined;
  for (let i = 0; i < x.length; i++) {
    const y = item(x[i]);
    if (y === FAIL) return FAIL;
    if (y !== x[i]) (out ??= x.slice(0, i))[i] = y;
    else if (out) out[i] = y;
  }
  return out ?? x;
}

function optional(n: Node, c: Context): Fast {
  if (n.default !== undefined) return library(n, c);
  const wrapped = node(n.wrapped!, c);
  return (x) => (x === undefined ? undefined : wrapped(x));
}

/** Fields in the declaration's order, as the schema library writes them; any field it does not declare fails. */
function object(n: Node, c: Context): Fast {
  const keys = Object.keys(n.entries!);
  const fields = keys.map((k) => node(n.entries![k]!, c));
  const optional = keys.map((k) => n.entries![k]!.type === 'optional');
  const order = new Map(keys.map((k, i) => [k, i]));
  return (x) => {
    if (!isMap(x)) return FAIL;
    let present = 0;
    let last = -1;
    let inOrder = true;
    for (const key in x) {
      const at = order.get(key);
      if (at === undefined || !Object.hasOwn(x, key)) return FAIL;
      if (at < last) inOrder = false;
      last = at;
      present++;
    }
    const out: Record<string, unknown> = {};
    let seen = 0;
    let same = inOrder;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!(key in x)) {
        if (!optional[i]) return FAIL;
        continue;
      }
      seen++;
      const y = fields[i]!(x[key]);
      if (y === FAIL) return FAIL;
      if (y !== x[key]) same = false;
      out[key] = y;
    }
    // Every own key was declared, so they are all seen; a mismatch means an inherited one answered `in`.
    if (seen !== present) return FAIL;
    // Fields already in the declaration's order, each as it was: the object is its own output.
    return same ? x : out;
  };
}

function record(n: Node, c: Context): Fast {
  const key = node(n.key as Node, c);
  const value = node(n.value!, c);
  return (x) => {
    if (!isMap(x)) return FAIL;
    let out: Record<string, unknown> | undefined;
    for (const k in x) {
      if (!Object.hasOwn(x, k) || RESERVED_KEYS.has(k) || key(k) !== k) return FAIL;
      const y = value(x[k]);
      if (y === FAIL) return FAIL;
      if (y !== x[k] && !out) {
        // The first value that changed: the keys before it are copied as they were.
        out = {};
        for (const before in x) {
          if (before === k) break;
          out[before] = x[before];
        }
      }
      if (out) out[k] = y;
    }
    return out ?? x;
  };
}

function union(n: Node, c: Context): Fast {
  const options = (n.options as Node[]).map((o) => node(o, c));
  return (x) => {
    for (const option of options) {
      const y = option(x);
      if (y !== FAIL) return y;
    }
    return FAIL;
  };
}

/** The first option whose discriminating field takes the value's (as the schema library picks it). */
function variant(n: Node, c: Context): Fast {
  const key = n.key as string;
  const options = n.options as Node[];
  if (!options.every((o) => o.type !== 'variant' && o.entries?.[key])) return library(n, c);
  const keys = options.map((o) => node(o.entries![key]!, c));
  const parsers = options.map((o) => node(o, c));
  return (x) => {
    if (!isMap(x) || !(key in x)) return FAIL;
    const at = keys.findIndex((k) => k(x[key]) !== FAIL);
    return at < 0 ? FAIL : parsers[at]!(x);
  };
}

/** A pipe of pipes as one: the innermost schema and every action after it, in order. */
function flatten(n: Node): { root: Node; actions: Node[] } {
  if (!n.pipe) return { root: n, actions: [] };
  const inner = flatten(n.pipe[0]!);
  return { root: inner.root, actions: [...inner.actions, ...n.pipe.slice(1)] };
}

/** A schema and its actions, in order; a list's cap is checked before any of its items is looked at. */
function piped(n: Node, c: Context): Fast {
  const { root, actions } = flatten(n);
  if (root.type === 'string') {
    const fast = text(actions, c.trusted);
    if (fast) return fast;
  }
  const tests: Array<(x: never) => boolean> = [];
  for (const a of actions) {
    if (a.kind === 'metadata') continue;
    const test = a.kind === 'validation' ? validation(a) : undefined;
    if (!test) return library(n, c);
    tests.push(test);
  }
  const schema = node(root, c);
  const cap = actions.find((a) => a.type === 'max_length')?.requirement as number | undefined;
  const list = root.type === 'array' && cap !== undefined;
  return (x) => {
    if (list && Array.isArray(x) && x.length > cap) return FAIL;
    const y = schema(x);
    if (y === FAIL) return FAIL;
    for (const test of tests) if (!test(y as never)) return FAIL;
    return y;
  };
}

/**
 * Text, the most common value by far, in one closure: its lengths, then its patterns, then its checks. The order
 * differs from the declaration's, the verdict does not: every test is a pure function of the text.
 */
function text(actions: Node[], trusted: ReadonlySet<RegExp>): Fast | undefined {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  const checks: Array<(s: string) => unknown> = [];
  for (const a of actions) {
    const r = a.requirement;
    if (a.kind === 'metadata') continue;
    else if (a.type === 'min_length') min = Math.max(min, r as number);
    else if (a.type === 'max_length') max = Math.min(max, r as number);
    else if (a.type === 'regex') {
      if (!trusted.has(r as RegExp)) patterns.push(r as RegExp);
    }
    else if (a.type === 'check' && typeof r === 'function') checks.push(r as (s: string) => unknown);
    else return undefined;
  }
  return (x) => {
    if (typeof x !== 'string' || x.length < min || x.length > max) return FAIL;
    for (let i = 0; i < patterns.length; i++) if (!patterns[i]!.test(x)) return FAIL;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(x)) return FAIL;
    return x;
  };
}

/** The action's test, exactly as the schema library runs it; undefined for an action not known here. */
function validation(a: Node): ((x: never) => boolean) | undefined {
  const r = a.requirement;
  switch (a.type) {
    case 'min_length':
      return (x: { length: number }) => x.length >= (r as number);
    case 'max_length':
      return (x: { length: number }) => x.length <= (r as number);
    case 'min_value':
      return (x: number) => x >= (r as number);
    case 'regex':
      return (x: string) => (r as RegExp).test(x);
    case 'raw_check': {
      // The action adds an issue to the value it is given, as the schema library runs it after a typed schema.
      const run = (a as unknown as { '~run'(d: { typed: true; value: unknown }, c: object): { issues?: unknown[] } })['~run'].bind(a);
      return (x: unknown) => !run({ typed: true, value: x }, {}).issues;
    }
    case 'check':
    case 'integer':
    case 'finite':
      return typeof r === 'function' ? (x: unknown) => Boolean((r as (y: unknown) => unknown)(x)) : undefined;
    default:
      return undefined;
  }
}
