/**
 * Site profiles a trainer ships inside a pack (`sites.yaml` beside `pack.yaml`): how to read a helpdesk that
 * has no adapter. Validated like the rest of the pack, each problem with its file and line.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { validateSiteProfile, type SiteProfile } from '../site-profile';
import { problemAt, problemWords, said, type Problem } from './problems';
import { decodeText } from './text-file';

export const SITES_FILE = 'sites.yaml';

/** Profiles in a compiled pack (no positions there): every problem, prefixed with the profile's place. */
export function checkSiteProfiles(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return [`${where} must be a list of site profiles`];
  return value.flatMap((p, i) => validateSiteProfile(p).map((m) => `${where}[${i}]: ${problemWords(m, 'en')}`));
}

/** Reads a pack's `sites.yaml` (`file` as the user names it): `sites:` followed by a list of profiles. */
export function parseSiteProfiles(bytes: Uint8Array, file: string, problems: Problem[]): SiteProfile[] {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push(problemAt('error', file, undefined, decoded.problem));
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(problemAt('error', file, lineAt(e.pos[0]), said('yaml.invalid', { detail: e.message.split('\n')[0] })));
    return [];
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('sites', true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    problems.push(problemAt('error', file, 1, said('sites.shape')));
    return [];
  }
  const out: SiteProfile[] = [];
  list.items.forEach((item, i) => {
    const line = lineAt((item as { range?: [number] }).range?.[0]);
    let value: unknown;
    try {
      value = isMap(item) ? item.toJSON() : (item as { toJSON?: () => unknown })?.toJSON?.() ?? item;
    } catch (e) {
      // Nesting deeper than the stack (a hostile file) is a problem of this profile, not a crash of the tool.
      problems.push(problemAt('error', file, line, said('at.site', { n: i + 1, problem: said('item.unreadable', { detail: (e as Error).message }) })));
      return;
    }
    const found = validateSiteProfile(value);
    for (const problem of found) problems.push(problemAt('error', file, line, said('at.site', { n: i + 1, problem })));
    if (!found.length) out.push(value as SiteProfile);
  });
  return out;
}
