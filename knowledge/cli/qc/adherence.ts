/**
 * The adherence chart's bars, as a QC lead reads them: a week's chart was fifteen bars at 100 %, «… · Βήμα 2» to
 * «… · Βήμα 8» of one SOP after another, each over two or three interactions, and said nothing at a glance. Steps
 * in a row of one SOP with the same counts are one bar («Βήματα 2–8»: agents stopped ticking after step 1); the
 * bars are ordered by how often the step was skipped, not by a share that three interactions make 100 %; each says
 * «n από N»; steps seen in fewer than MIN_SEEN interactions are counted apart, not drawn.
 */
import type { Row } from './db';

/** Fewer interactions than this make a share that means nothing (one of two is 50 %). */
export const MIN_SEEN = 5;

export interface StepBar {
  sop: string;
  /** The first and last step of the run (the same for one step). */
  from: number;
  to: number;
  done: number;
  skipped: number;
  /** Interactions in which the step was done or skipped (the share's N). */
  seen: number;
  share: number;
}

export interface AdherenceBars {
  /** Skipped at least once, seen in MIN_SEEN interactions or more: most often skipped first. */
  bars: StepBar[];
  /** Skipped, but seen in too few interactions to tell: each step alone, as the report counts them. */
  few: StepBar[];
  /** Never skipped: each step alone. */
  never: StepBar[];
}

/** Steps of one SOP in a row with the same counts, as one (`merge`); else each step alone. */
function runs(rows: readonly Row[], merge = true): StepBar[] {
  const sorted = [...rows].sort((a, b) => `${a.pack_id}\u0000${a.sop_id}`.localeCompare(`${b.pack_id}\u0000${b.sop_id}`) || Number(a.step) - Number(b.step));
  const out: (StepBar & { key: string })[] = [];
  let last: (StepBar & { key: string }) | undefined;
  for (const r of sorted) {
    const key = `${r.pack_id}\u0000${r.sop_id}`;
    const step = Number(r.step);
    const done = Number(r.done);
    const skipped = Number(r.skipped);
    if (merge && last && last.key === key && last.to === step - 1 && last.done === done && last.skipped === skipped) {
      last.to = step;
      continue;
    }
    last = { key, sop: String(r.sop), from: step, to: step, done, skipped, seen: done + skipped, share: done + skipped ? skipped / (done + skipped) : 0 };
    out.push(last);
  }
  return out.map(({ key: _k, ...bar }) => bar);
}

/** The bars (runs of steps); the steps seen too seldom and those never skipped one by one, as they are counted. */
export function adherenceBars(rows: readonly Row[], minSeen = MIN_SEEN): AdherenceBars {
  const seen = (r: Row) => Number(r.done) + Number(r.skipped);
  const skipped = rows.filter((r) => Number(r.skipped) > 0);
  return {
    bars: runs(skipped.filter((r) => seen(r) >= minSeen)).sort((a, b) => b.skipped - a.skipped || b.share - a.share || a.sop.localeCompare(b.sop) || a.from - b.from),
    few: runs(skipped.filter((r) => seen(r) < minSeen), false),
    never: runs(rows.filter((r) => Number(r.skipped) === 0), false),
  };
}
