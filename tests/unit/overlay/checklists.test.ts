import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The extension's messaging, as in the browser: a panel's request reaches the background's one writer. */
vi.mock('@/lib/messages', () => ({
  request: async (name: string, payload: never) => {
    if (name !== 'progress.change') throw new Error(`not served here: ${name}`);
    const { changeProgress } = await import('@/lib/background/progress-service');
    return changeProgress(payload, { origin: 'chrome-extension://test-extension-id' });
  },
}));
const { checklistsItem, followedStepTemplates, getChecklist, getProgress, getStage, KEEP_INTERACTIONS } = await import('@/lib/store/checklists');
const { firstSeen, setOpenSop, setResolved: resolve, setStepDone: tick, watchProgress } = await import('@/lib/overlay/progress');
const { validChange } = await import('@/lib/store/checklists');
const setResolved = async (id: string, resolved: boolean) => (await resolve(id, resolved)).stage;
type InteractionProgress = import('@/lib/store/checklists').InteractionProgress;

/** A step of an SOP of el-core ticked or unticked; the steps of that SOP now stored. */
const setStepDone = async (id: string, sopId: string, step: number, done: boolean) => (await tick(id, 'el-core', sopId, step, done)).stored?.done[sopId];

beforeEach(() => fakeBrowser.reset());

describe('checklist store', () => {
  it('remembers the SOP open per interaction until it is closed, beside the ticks (opening is not following)', async () => {
    await setStepDone('desk#5', 'double-card-charge', 1, true);
    await setOpenSop('desk#5', { packId: 'el-core', sopId: 'refund-request' });
    await setOpenSop('desk#6', { packId: 'el-core', sopId: 'double-card-charge' });
    expect(await getProgress('desk#5')).toMatchObject({ open: { packId: 'el-core', sopId: 'refund-request' }, following: { sopId: 'double-card-charge' }, done: { 'double-card-charge': [1] } });
    expect((await getProgress('desk#6'))?.open).toEqual({ packId: 'el-core', sopId: 'double-card-charge' });
    await setOpenSop('desk#5');
    expect(await getProgress('desk#5')).not.toHaveProperty('open');
    expect(await getChecklist('desk#5', 'double-card-charge')).toEqual([1]);
    // The background takes only a well-formed opening (closing has no SOP, as the message carries it without one).
    expect(validChange({ kind: 'open' })).toEqual({ kind: 'open' });
    expect(validChange({ kind: 'open', sop: { packId: 'p', sopId: '' } })).toBeUndefined();
    expect(validChange({ kind: 'open', sop: 'x' })).toBeUndefined();
  });

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

  it('gives the record as another context changes it, after this context\u2019s own writes (never an older one), until unwatched', async () => {
    const given: InteractionProgress[] = [];
    const stop = watchProgress('desk#1', (p) => given.push(p));
    // Written by another context (the side panel, another tab): not through this module's writes.
    await checklistsItem.setValue({ 'desk#1': { firstSeen: 1, done: { sop: [1] } }, 'desk#2': { firstSeen: 2, done: {} } });
    await vi.waitFor(() => expect(given.at(-1)).toEqual({ firstSeen: 1, done: { sop: [1] } }));
    // Two ticks here at once: only the record holding both is given (the first write's would take the second back).
    given.length = 0;
    await Promise.all([setStepDone('desk#1', 'sop', 2, true), setStepDone('desk#1', 'sop', 3, true)]);
    await vi.waitFor(() => expect(given.at(-1)?.done).toEqual({ sop: [1, 2, 3] }));
    expect(given.map((p) => p.done.sop)).toEqual(given.map(() => [1, 2, 3]));
    stop();
    await checklistsItem.setValue({ 'desk#1': { firstSeen: 1, done: {}, resolved: true } });
    await new Promise((r) => setTimeout(r, 10));
    expect(given.some((p) => p.resolved)).toBe(false);
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

  it('follows the SOP whose step was ticked last, keeps it through unticks, the resolved mark and first sight, and not on opening', async () => {
    // Ticked, marked and first seen at once (no await between): none loses the others.
    await Promise.all([setStepDone('desk#1', 'double-card-charge', 1, true), setResolved('desk#1', true), firstSeen('desk#1', 5)]);
    await setStepDone('desk#1', 'double-card-charge', 2, true);
    await setResolved('desk#1', false);
    await setStepDone('desk#1', 'card-declined', 1, false); // unticking another SOP's step follows nothing
    const p = await getProgress('desk#1');
    expect(p?.following).toEqual({ packId: 'el-core', sopId: 'double-card-charge' });
    expect(p?.done['double-card-charge']).toEqual([1, 2]);
    // A step of another SOP ticked: that one is followed now; the first one's ticks stay.
    await setStepDone('desk#1', 'card-declined', 1, true);
    expect((await getProgress('desk#1'))?.following).toEqual({ packId: 'el-core', sopId: 'card-declined' });
    expect(await getChecklist('desk#1', 'double-card-charge')).toEqual([1, 2]);
    expect((await getProgress('desk#2'))?.following).toBeUndefined();
  });

  it('reads a record stored before SOPs were followed as following none, and adds to it without losing its ticks', async () => {
    await checklistsItem.setValue({ 'desk#1': { firstSeen: 7, done: { 'double-card-charge': [1, 3] }, resolved: true } });
    expect((await getProgress('desk#1'))?.following).toBeUndefined();
    await setStepDone('desk#1', 'double-card-charge', 2, true);
    expect(await getProgress('desk#1')).toEqual({
      firstSeen: 7, done: { 'double-card-charge': [1, 2, 3] }, resolved: true, following: { packId: 'el-core', sopId: 'double-card-charge' },
    });
    // A damaged record (no ticks kept) is added to, its first sighting kept.
    await checklistsItem.setValue({ 'desk#2': { firstSeen: 9 } as never });
    expect((await tick('desk#2', 'el-core', 'x', 1, true)).stored?.done).toEqual({ x: [1] });
    expect(await firstSeen('desk#2', 50)).toBe(9);
  });

  it('names the current step\'s templates: the followed SOP\'s first unticked step, while the problem is not new', () => {
    const sop = { steps: [{ n: 1, templates: ['a'] }, { n: 2, templates: [] }, { n: 3, templates: ['c', 'd'] }] };
    expect(followedStepTemplates('working', sop, [2])).toEqual(['a']);
    expect(followedStepTemplates('working', sop, [1])).toEqual([]);
    expect(followedStepTemplates('working', sop, [1, 2])).toEqual(['c', 'd']);
    expect(followedStepTemplates('resolved', sop, [1, 2])).toEqual(['c', 'd']);
    expect(followedStepTemplates('working', sop, [1, 2, 3])).toEqual([]);
    expect(followedStepTemplates('new', sop, [])).toEqual([]);
    expect(followedStepTemplates('working', undefined, [1])).toEqual([]);
  });
});
