import { SEMVER } from '@/knowledge/pack/rules';
import { compareSemver } from '@/knowledge/pack/semver';
import type { Bump } from './api';

/** A version the pack format takes (1.2.3, 1.2.3-rc.1). */
export const isVersion = (version: string): boolean => SEMVER.test(version);

/** The next version for a bump (1.2.3 → 1.2.4 / 1.3.0 / 2.0.0); a version that is not x.y.z starts again at 1.0.0. */
export function bumpVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return '1.0.0';
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * What the bumps count from: the greater of the pack's version and the last one published (agents have it: the next
 * must be above it, and pack.yaml may hold an older one put back from a copy, or none valid, «v2»); undefined when
 * neither is valid, and 1.0.0 is the one choice.
 */
export function bumpBase(current: string, lastPublished?: string): string | undefined {
  const valid = [current, lastPublished ?? ''].filter(isVersion);
  return valid.sort(compareSemver).at(-1);
}

/** The version publishing with `bump` writes. */
export function nextVersion(current: string, bump: Bump, lastPublished?: string): string {
  const base = bumpBase(current, lastPublished);
  return base ? bumpVersion(base, bump) : '1.0.0';
}
