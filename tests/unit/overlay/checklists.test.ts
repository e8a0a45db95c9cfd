import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistsItem, firstSeen, getChecklist, getStage, KEEP_INTERACTIONS, setResolved, setStepDone } from '@/lib/store/checklists';

beforeEach(() => fakeBrowser.reset());

describe('checklist store', () => {
  it('keeps ticked steps per interaction and SOP', async () => {
    await setStepDone('desk#1', 'double-card-charge', 3, true);
    await setStepDone('desk#1', 'double-card-charge', 1, true);
    await setStepDone('desk#2', 'double-card-charge', 2, true);
    expect(await getChecklist('desk#1', 'double-card-charge')).toEqual([1, 3]);
    await setStepDone('desk#1', 'double-card-charge', 3, false);
    expect(await getChecklist('desk#1', 'double-card-charge')).toEqual([1]);
    expect(await getChecklist('desk#2', 'double-card-charge')).toEqual([2]);
    expect(await getChecklist('desk#1', 'other-sop')).toEqual([]);
  });

  it('tells where the interaction stands: new, working once a step is ticked, resolved when marked', async () => {
    expect(await getStage('desk#1')).toBe('new');
    await firstSeen('desk#1');
    expect(await getStage('desk#1')).toBe('new');
    await setStepDone('desk#1', 'double-card-charge', 2, true);
    expect(await getStage('desk#1')).toBe('working');
    expect(await setResolved('desk#1', true)).toBe('resolved');
    expect(await getStage('desk#1')).toBe('resolved');
    expect(await getStage('desk#2')).toBe('new');
    expect(await setResolved('desk#1', false)).toBe('working');
    await setStepDone('desk#1', 'double-card-charge', 2, false);
    expect(await getStage('desk#1')).toBe('new');
    expect(await getChecklist('desk#1', 'double-card-charge')).toEqual([]);
  });

  it('remembers when an interaction was first seen', async () => {
    expect(await firstSeen('desk#1', 1000)).toBe(1000);
    expect(await firstSeen('desk#1', 5000)).toBe(1000);
    await setStepDone('desk#1', 'x', 1, true);
    expect(await firstSeen('desk#1', 9000)).toBe(1000);
  });

  it('drops the oldest interactions beyond the limit', async () => {
    const many = Object.fromEntries(
      Array.from({ length: KEEP_INTERACTIONS }, (_, i) => [`old#${i}`, { firstSeen: i + 1, done: {} }]),
    );
    await checklistsItem.setValue(many);
    await setStepDone('new#1', 'x', 1, true);
    const all = await checklistsItem.getValue();
    expect(Object.keys(all)).toHaveLength(KEEP_INTERACTIONS);
    expect(all['old#0']).toBeUndefined();
    expect(all['new#1']?.done.x).toEqual([1]);
  });
});
