/**
 * Entries left out of a pack for their own errors, and the links to them. A link to a refused template is not a
 * mistake of the SOP that holds it: reporting «links X, which is no template in this pack» at every SOP buried the
 * one real error under its echoes. The whole-pack checks skip those links, and the refused entry's own first error
 * names the SOPs that link it, so the trainer sees one cause per mistake and what it breaks.
 */
import type { LocatedEntry } from './located';
import { problemAt, resaid, said, type Problem } from './problems';
import { findTemplateLinks } from './sop-body';

/** An entry refused before the whole-pack checks, by the id links would use. */
export interface RefusedEntry {
  /** Its file, as its problems name it. */
  file: string;
  /** Its name in a compiled pack's problems (Problem.entry), where one file holds every entry. */
  entry?: string;
}
export type Refused = ReadonlyMap<string, RefusedEntry>;

/** Linkers named in the note; the rest are counted. */
const NAMED = 5;

/** Per refused id, the SOPs that link it (in a step or the body), in the pack's order. */
function linkers(entries: readonly LocatedEntry[], refused: Refused): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const present = new Set(entries.map((e) => e.entry.id));
  for (const { entry } of entries) {
    if (entry.type !== 'sop') continue;
    const ids = new Set(entry.steps.flatMap((s) => s.templates));
    if (entry.body.includes('[[')) for (const link of findTemplateLinks(entry.body).links) ids.add(link.id);
    for (const id of ids) {
      // An id that a checked entry has is no link to the refused one (two files with one id: the duplicate is reported).
      if (!refused.has(id) || present.has(id)) continue;
      const list = found.get(id) ?? [];
      if (!list.includes(entry.id)) list.push(entry.id);
      found.set(id, list);
    }
  }
  return found;
}

/**
 * The problems with the first error of every refused entry that SOPs link saying which ones («… — [[x]] is linked
 * from "a", "b": those links work once this is fixed»). `problems` are sorted; the first is the one read first.
 */
export function noteRefusedLinks(problems: readonly Problem[], entries: readonly LocatedEntry[], refused: Refused | undefined): Problem[] {
  if (!refused?.size) return [...problems];
  const out = [...problems];
  for (const [id, from] of linkers(entries, refused)) {
    const where = refused.get(id)!;
    const names = from.slice(0, NAMED).map((s) => said('quoted', { text: s }));
    const code = from.length > NAMED ? 'refused.noteMore' : from.length === 1 ? 'refused.noteOne' : 'refused.noteMany';
    const note = said(code, { id, from: names, more: from.length - NAMED });
    const at = out.findIndex((p) => p.severity === 'error' && p.file === where.file && (where.entry === undefined || p.entry === where.entry));
    if (at >= 0) out[at] = resaid(out[at]!, said('refused.linked', { problem: { code: out[at]!.code, ...(out[at]!.params ? { params: out[at]!.params } : {}) }, note }));
    else out.push(problemAt('error', where.file, undefined, said('refused.leftOut', { id, note })));
  }
  return out;
}
