import { SEMVER } from './rules';

/** Compares two semver versions (pre-release sorts before release); NaN if either is not semver. */
export function compareSemver(a: string, b: string): number {
  const ma = SEMVER.exec(a);
  const mb = SEMVER.exec(b);
  if (!ma || !mb) return Number.NaN;
  for (let i = 1; i <= 3; i++) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const pa = a.split('+')[0].split('-').slice(1).join('-');
  const pb = b.split('+')[0].split('-').slice(1).join('-');
  if (pa === pb) return 0;
  if (!pa) return 1;
  if (!pb) return -1;
  return pa < pb ? -1 : 1;
}
