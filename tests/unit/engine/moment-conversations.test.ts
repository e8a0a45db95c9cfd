/**
 * Issue 14 item 3, "right for the moment", on conversations written after the rules (data/moment-conversations.ts):
 * through the panel's path, the top 3 holds what each case says, and never an entry for a later stage than the
 * conversation's. The cases still wrong for a reason outside the moment logic are expected to fail (`open`).
 */
import { describe, expect, it } from 'vitest';
import { MOMENT_CASES, type MomentCase } from './data/moment-conversations';
import { laterThan, momentTop } from './moment-harness';

/** What is wrong with the top 3 of a case (empty: right). */
function problems(c: MomentCase): string[] {
  const top = momentTop(c);
  const three = top.slice(0, 3);
  const out: string[] = [];
  if (c.first && top[0] !== c.first) out.push(`first is ${top[0]}, not ${c.first}`);
  for (const group of c.inTop3 ?? []) if (!group.some((id) => three.includes(id))) out.push(`none of ${group.join(', ')} in the top 3`);
  for (const id of c.notInTop3 ?? []) if (three.includes(id)) out.push(`${id} in the top 3`);
  const later = laterThan(c.customerCloses ? 'resolved' : (c.stage ?? 'new'));
  for (const id of three) if (later.has(id)) out.push(`${id} presupposes a later stage`);
  return out.map((p) => `${p} (top: ${top.slice(0, 5).join(', ')})`);
}

describe('suggestions right for the moment, on conversations the engine never saw', () => {
  it('holds thirty and more conversations of every kind', () => {
    expect(MOMENT_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MOMENT_CASES.map((c) => c.id)).size).toBe(MOMENT_CASES.length);
  });

  for (const c of MOMENT_CASES) {
    if (c.open) it.fails(`${c.id} (still wrong: ${c.open})`, () => expect(problems(c)).toEqual([]));
    else it(`${c.id}: ${c.why}`, () => expect(problems(c)).toEqual([]));
  }
});
