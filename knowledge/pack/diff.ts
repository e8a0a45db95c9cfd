/**
 * What changed between two versions of a pack: entries added, removed and changed (with the fields
 * that differ), metadata changes, and a warning when the content changed but the version did not go
 * up. Pure: the CLI prints it and the extension's update preview shows it.
 */
import type { CompiledPack, Entry, EntryType } from '../types';
import { canonicalJson } from './canonical';
import { compareSemver } from './semver';

export interface EntryRef {
  id: string;
  type: EntryType;
  title: string;
}

export interface ChangedEntry extends EntryRef {
  /** Entry fields whose content differs (`title`, `triggers`, `body`, `steps` …), sorted. */
  fields: string[];
}

export interface PackDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: EntryRef[];
  removed: EntryRef[];
  changed: ChangedEntry[];
  /** Metadata fields that differ, version excluded (`name`, `description`, `reviewBy` …). */
  metaChanged: string[];
  /** The new version is higher than the old one. */
  versionBumped: boolean;
  /** In English: the update preview shows them, and --json has always carried them. */
  warnings: string[];
  /** The same warnings by their codes and values, for a reader in another language (the CLI says `diff.<code>`). */
  warningCodes: DiffWarning[];
}

/** A warning of the diff: `a` and `b` are the two packs' ids or versions, `a` alone the version that stayed. */
export type DiffWarning =
  | { code: 'otherPack'; params: { a: string; b: string } }
  | { code: 'backwards'; params: { a: string; b: string } }
  | { code: 'notBumped'; params: { a: string } };

const ENGLISH: { [C in DiffWarning['code']]: (p: Extract<DiffWarning, { code: C }>['params']) => string } = {
  otherPack: ({ a, b }) => `these are different packs ("${a}" and "${b}")`,
  backwards: ({ a, b }) => `the version goes backwards (${a} → ${b})`,
  notBumped: ({ a }) => `the content changed but the version was not bumped (still ${a}): agents will not be offered the update`,
};

const english = (w: DiffWarning): string => (ENGLISH[w.code] as (p: DiffWarning['params']) => string)(w.params);

/** Equal content compares equal whatever the key order (the canonical JSON a signature covers); absent is its own value. */
function sameContent(a: unknown, b: unknown): boolean {
  return a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b);
}

/** Where an entry lives in the source is not content: moving a file is not a change. */
const NOT_CONTENT = new Set(['source']);

function changedFields(a: object, b: object, skip: Set<string>): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => !skip.has(k) && !sameContent(ra[k], rb[k])).sort();
}

const ref = (e: Entry): EntryRef => ({ id: e.id, type: e.type, title: e.title });

export function diffPacks(oldPack: CompiledPack, newPack: CompiledPack): PackDiff {
  const before = new Map(oldPack.entries.map((e) => [e.id, e]));
  const after = new Map(newPack.entries.map((e) => [e.id, e]));
  const added = newPack.entries.filter((e) => !before.has(e.id)).map(ref);
  const removed = oldPack.entries.filter((e) => !after.has(e.id)).map(ref);
  const changed: ChangedEntry[] = [];
  for (const e of newPack.entries) {
    const old = before.get(e.id);
    if (!old) continue;
    const fields = changedFields(old, e, NOT_CONTENT);
    if (fields.length > 0) changed.push({ ...ref(e), fields });
  }
  const metaChanged = changedFields(oldPack.meta, newPack.meta, new Set(['version']));

  const cmp = compareSemver(newPack.meta.version, oldPack.meta.version);
  const versionBumped = cmp > 0;
  const contentChanged = added.length + removed.length + changed.length + metaChanged.length > 0;
  const warningCodes: DiffWarning[] = [];
  if (oldPack.meta.id !== newPack.meta.id) warningCodes.push({ code: 'otherPack', params: { a: oldPack.meta.id, b: newPack.meta.id } });
  if (cmp < 0) warningCodes.push({ code: 'backwards', params: { a: oldPack.meta.version, b: newPack.meta.version } });
  else if (contentChanged && !versionBumped) warningCodes.push({ code: 'notBumped', params: { a: newPack.meta.version } });
  return {
    from: { id: oldPack.meta.id, version: oldPack.meta.version },
    to: { id: newPack.meta.id, version: newPack.meta.version },
    added,
    removed,
    changed,
    metaChanged,
    versionBumped,
    warnings: warningCodes.map(english),
    warningCodes,
  };
}
