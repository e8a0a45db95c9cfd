import { SEMVER } from './rules';

/**
 * Compares two versions by semver precedence: -1, 0 or 1, never NaN (a NaN made every comparison false, so a
 * stored "1.0.0 " let any older version install without a question). Versions are checked before they are
 * stored; should anything else reach here, a text that is not semver sorts below every semver version.
 */
export function compareSemver(a: string, b: string): number {
  const ma = typeof a === 'string' ? SEMVER.exec(a) : null;
  const mb = typeof b === 'string' ? SEMVER.exec(b) : null;
  if (!ma || !mb) {
    if (ma) return 1;
    if (mb) return -1;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  }
  for (let i = 1; i <= 3; i++) {
    const d = compareNumbers(ma[i]!, mb[i]!);
    if (d !== 0) return d;
  }
  return comparePrerelease(preRelease(a), preRelease(b));
}

function preRelease(version: string): string {
  const core = version.split('+')[0]!;
  const dash = core.indexOf('-');
  return dash < 0 ? '' : core.slice(dash + 1);
}

/** Digits only, without leading zeros (as SEMVER guarantees): longer is larger, else compare as text. */
function compareNumbers(x: string, y: string): number {
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Semver 2.0.0 §11: a release outranks its pre-releases; identifiers compare numerically when numeric. */
function comparePrerelease(pa: string, pb: string): number {
  if (pa === pb) return 0;
  if (!pa) return 1;
  if (!pb) return -1;
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const x = xa[i]!;
    const y = xb[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return compareNumbers(x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, ''));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return xa.length < xb.length ? -1 : xa.length > xb.length ? 1 : 0;
}
