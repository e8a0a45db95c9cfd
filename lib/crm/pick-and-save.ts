/**
 * The whole "point at the conversation" errand: two picks, a trial read of the page with the result, then the
 * profile is stored for this origin. Nothing is stored when the agent cancels or the picks do not read.
 */
import { pickSiteProfile, type ProfileLabels } from './picker';
import { profileProblems, type ProfileProblem } from './profile-check';
import { saveSiteProfile } from './site-profiles';
import type { SiteProfile } from '../../knowledge/site-profile';
import type { Said } from '../../knowledge/pack/problem-words';

export type PickOutcome =
  | { kind: 'saved'; profile: SiteProfile }
  | { kind: 'cancelled' }
  /** `problems` are found on the page; `invalid` are the profile validator's own words (selector syntax …). */
  | { kind: 'not-saved'; problems: ProfileProblem[]; invalid: Said[] };

export interface PickAndSaveOptions {
  labels: ProfileLabels;
  signal?: AbortSignal;
  onStep?: (step: keyof ProfileLabels) => void;
}

export async function pickAndSaveProfile(doc: Document, { labels, signal, onStep }: PickAndSaveOptions): Promise<PickOutcome> {
  const profile = await pickSiteProfile(doc, labels, signal, onStep);
  if (!profile || signal?.aborted) return { kind: 'cancelled' };
  const problems = profileProblems(doc, profile);
  if (problems.length) return { kind: 'not-saved', problems, invalid: [] };
  const invalid = await saveSiteProfile(profile.match, profile);
  return invalid.length ? { kind: 'not-saved', problems: [], invalid } : { kind: 'saved', profile };
}
