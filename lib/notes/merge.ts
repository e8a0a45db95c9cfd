import { FIELD_NAMES, type NoteFields } from './model';

/**
 * Three-way merges of notes edited in two places (two tabs, a tab and a recovered draft, an import).
 * Nothing is ever dropped: when both sides rewrote the same lines differently, both versions are kept between
 * visible markers and the caller shows a notice.
 */
export const CONFLICT_START = '⟪ Σύγκρουση / Conflict: εδώ υπάρχουν δύο εκδοχές / two versions here ⟫';
export const CONFLICT_SPLIT = '⟪ ——— ⟫';
export const CONFLICT_END = '⟪ Τέλος σύγκρουσης / End of conflict ⟫';

export interface TextMerge {
  text: string;
  conflict: boolean;
}

/** For each line of `a`, the index of the line of `b` it is paired with in a longest common subsequence. */
function lcsPairs(a: string[], b: string[]): number[] {
  const pairs = new Array<number>(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) pairs[start] = start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) pairs[--endA] = --endB;
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return pairs;
  // Notes are short; a pasted log could be long: past this size the middle is treated as replaced.
  if (n * m > 4_000_000) return pairs;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] =
        a[start + i] === b[start + j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      pairs[start + i] = start + j;
      i++;
      j++;
    } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

const same = (x: string[], y: string[]) => x.length === y.length && x.every((l, i) => l === y[i]);

/** Both sides changed the same lines: keep the longer when one merely extends the other (typing went on). */
function resolveBoth(ours: string[], theirs: string[]): string[] | undefined {
  const o = ours.join('\n');
  const t = theirs.join('\n');
  if (o === t) return ours;
  if (t.includes(o)) return theirs;
  if (o.includes(t)) return ours;
  return undefined;
}

/**
 * diff3 over lines: `base` is what both sides started from, `theirs` is what is stored now, `ours` the incoming
 * edit. Conflicting hunks list the stored lines first, then the incoming ones.
 */
export function mergeText(base: string, theirs: string, ours: string): TextMerge {
  if (theirs === ours || base === theirs) return { text: ours, conflict: false };
  if (base === ours) return { text: theirs, conflict: false };
  const b = base.split('\n');
  const t = theirs.split('\n');
  const o = ours.split('\n');
  const pt = lcsPairs(b, t);
  const po = lcsPairs(b, o);
  const out: string[] = [];
  let conflict = false;
  let ib = 0;
  let it = 0;
  let io = 0;
  const hunk = (toB: number, toT: number, toO: number) => {
    const hb = b.slice(ib, toB);
    const ht = t.slice(it, toT);
    const ho = o.slice(io, toO);
    if (same(ht, hb)) append(out, ho);
    else if (same(ho, hb)) append(out, ht);
    else {
      const resolved = resolveBoth(ho, ht);
      if (resolved) append(out, resolved);
      else {
        conflict = true;
        out.push(CONFLICT_START);
        append(out, ht);
        out.push(CONFLICT_SPLIT);
        append(out, ho);
        out.push(CONFLICT_END);
      }
    }
  };
  for (let i = 0; i < b.length; i++) {
    // A line unchanged on both sides anchors the merge; everything between anchors is one hunk.
    if (pt[i] < it || po[i] < io || pt[i] === -1 || po[i] === -1) continue;
    hunk(i, pt[i], po[i]);
    out.push(b[i]);
    ib = i + 1;
    it = pt[i] + 1;
    io = po[i] + 1;
  }
  hunk(b.length, t.length, o.length);
  return { text: out.join('\n'), conflict };
}

export interface FieldsMerge {
  fields: NoteFields;
  conflict: boolean;
  /** Fields whose stored value the incoming edit changed. */
  changed: (keyof NoteFields)[];
}

/** Per field: text is merged by lines; the others take the incoming value when it changed it, else keep stored. */
export function mergeFields(base: NoteFields, theirs: NoteFields, ours: NoteFields): FieldsMerge {
  const text = mergeText(base.text, theirs.text, ours.text);
  const fields: NoteFields = { ...theirs, text: text.text };
  for (const f of FIELD_NAMES) {
    if (f !== 'text' && ours[f] !== base[f]) (fields as unknown as Record<string, unknown>)[f] = ours[f];
  }
  const changed = FIELD_NAMES.filter((f) => fields[f] !== theirs[f]);
  return { fields, conflict: text.conflict, changed };
}

/** out.push(...items) without the engine's argument limit (a pasted note can have more lines than it allows). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
