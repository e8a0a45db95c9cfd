import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProgressRequest } from '@/lib/background/progress-service';

const SIDE_PANEL = { origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const DESK = { origin: 'https://desk.example.com', url: 'https://desk.example.com/agent/tickets/7' };

/**
 * The extension's messaging as the browser does it: each request answered after the others queued (so two contexts'
 * changes interleave), by the background loaded now (a restarted service worker is a new one), a lost message
 * rejected as Chromium rejects it when the worker stops mid-request.
 */
const wire = { background: undefined as undefined | typeof import('@/lib/background/progress-service'), lose: 0, asked: 0, sender: SIDE_PANEL as { origin: string; url: string } };
vi.mock('@/lib/messages', () => ({
  request: async (name: string, payload: ProgressRequest) => {
    wire.asked++;
    await new Promise((r) => setTimeout(r, 0));
    if (wire.lose > 0 && wire.lose--) throw new Error('The message port closed before a response was received.');
    if (name !== 'progress.change' || !wire.background) throw new Error('Could not establish connection. Receiving end does not exist.');
    return wire.background.changeProgress(payload, wire.sender);
  },
}));

/** A fresh copy of a module, as another context (a tab, the side panel, a restarted worker) has its own. */
async function fresh<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}
const context = () => fresh(() => import('@/lib/overlay/progress'));
const startWorker = async () => void (wire.background = await fresh(() => import('@/lib/background/progress-service')));

beforeEach(async () => {
  fakeBrowser.reset();
  wire.lose = 0;
  wire.asked = 0;
  wire.sender = SIDE_PANEL;
  await startWorker();
});

describe('SOP progress, written by the background alone', () => {
  it('keeps both ticks when two contexts tick steps of one ticket at the same instant, and both follow what is stored', async () => {
    const [page, side] = [await context(), await context()];
    const { checklistsItem } = await import('@/lib/store/checklists');
    await Promise.all([
      page.setStepDone('desk#1', 'el-core', 'double-card-charge', 1, true),
      side.setStepDone('desk#1', 'el-core', 'double-card-charge', 2, true),
      side.setResolved('desk#1', true),
      page.firstSeen('desk#1', 5),
    ]);
    const stored = (await checklistsItem.getValue())['desk#1'];
    expect(stored?.done['double-card-charge']).toEqual([1, 2]);
    expect(stored?.resolved).toBe(true);
    // Many at once from both, ticks and unticks of different steps: each stands as its context last asked.
    await Promise.all(
      [1, 2, 3, 4, 5, 6].flatMap((n) => [page.setStepDone('desk#1', 'el-core', 'sop', n, n % 2 === 1), side.setStepDone('desk#1', 'el-core', 'sop', n + 10, true)]),
    );
    expect((await checklistsItem.getValue())['desk#1']?.done.sop).toEqual([1, 3, 5, 11, 12, 13, 14, 15, 16]);
  });

  it('asks again when the service worker stops mid-request or is restarting, and writes the change once', async () => {
    const page = await context();
    wire.lose = 2;
    const { stored } = await page.setStepDone('desk#1', 'el-core', 'sop', 3, true);
    expect(stored?.done.sop).toEqual([3]);
    expect(wire.asked).toBe(3);
    // A new worker (its queue gone) goes on from what is stored.
    await startWorker();
    expect((await page.setStepDone('desk#1', 'el-core', 'sop', 1, true)).stored?.done.sop).toEqual([1, 3]);
    // Never answered: said so (the panel tells the agent), nothing stored, after a bounded number of tries.
    wire.background = undefined;
    vi.useFakeTimers();
    try {
      const lost = page.setStepDone('desk#1', 'el-core', 'sop', 2, true);
      await vi.runAllTimersAsync();
      expect(await lost).toEqual({ failed: { kind: 'noAnswer' } });
      expect(wire.asked).toBe(3 + 1 + 4);
    } finally {
      vi.useRealTimers();
    }
    const { getChecklist } = await import('@/lib/store/checklists');
    expect(await getChecklist('desk#1', 'sop')).toEqual([1, 3]);
  });

  it('lets a page change only the progress of its own site\u2019s tickets; the side panel any', async () => {
    const { mayWrite, changeProgress } = wire.background!;
    expect(mayWrite('zendesk:desk.example.com:7', DESK)).toBe(true);
    expect(mayWrite('generic:desk.example.com:7', DESK)).toBe(true);
    expect(mayWrite('generic:https://desk.example.com/agent/tickets/7', DESK)).toBe(true);
    expect(mayWrite('zendesk:other.example.com:7', DESK)).toBe(false);
    expect(mayWrite('zendesk:desk.example.com.evil.test:7', DESK)).toBe(false);
    expect(mayWrite('generic:https://desk.example.com.evil.test/7', DESK)).toBe(false);
    expect(mayWrite('generic:http://desk.example.com/7', DESK)).toBe(false);
    expect(mayWrite('desk#7', DESK)).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { url: 'https://desk.example.com/x' })).toBe(true);
    expect(mayWrite('zendesk:desk.example.com:7', {})).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { origin: 'null' })).toBe(false);
    expect(mayWrite('zendesk:other.example.com:7', SIDE_PANEL)).toBe(true);
    expect(mayWrite('zendesk:other.example.com:7', { origin: 'chrome-extension://another-extension' })).toBe(false);
    expect(mayWrite('zendesk:other.example.com:7', { origin: 'chrome-extension://test-extension-id-not', url: 'chrome-extension://test-extension-id-not/p.html' })).toBe(false);
    expect(mayWrite('zendesk:other.example.com:7', { ...SIDE_PANEL, id: 'another-extension' })).toBe(false);

    const step = { kind: 'step', packId: 'el-core', sopId: 'sop', step: 1, done: true } as const;
    // Another site's ticket is refused with its code: the page's panel words it for the agent.
    await expect(changeProgress({ interactionId: 'zendesk:other.example.com:7', change: step }, DESK)).rejects.toMatchObject({ failure: { code: 'progress.otherSite' } });
    expect(await changeProgress({ interactionId: 'zendesk:desk.example.com:7', change: step }, DESK)).toEqual(expect.objectContaining({ done: { sop: [1] } }));
    // A damaged or hostile request writes nothing.
    for (const change of [{ kind: 'step', packId: 'el-core', sopId: 'sop', step: '1', done: true }, { kind: 'wipe' }, null, { kind: 'resolved', resolved: 'yes' }]) {
      expect(await changeProgress({ interactionId: 'zendesk:desk.example.com:7', change } as never, DESK)).toBeNull();
    }
    expect(await changeProgress({ interactionId: 42, change: step } as never, SIDE_PANEL)).toBeNull();
    const { checklistsItem } = await import('@/lib/store/checklists');
    expect(Object.keys(await checklistsItem.getValue())).toEqual(['zendesk:desk.example.com:7']);
  });

  it('knows a sandboxed page of ours (origin "null") by its URL and still refuses a web page whose origin is "null"', async () => {
    const { mayWrite, changeProgress } = wire.background!;
    const ours = { origin: 'null', url: 'chrome-extension://test-extension-id/sidepanel.html', id: 'test-extension-id' };
    expect(mayWrite('zendesk:other.example.com:7', ours)).toBe(true);
    expect(mayWrite('zendesk:other.example.com:7', { url: ours.url })).toBe(true);
    // A sandboxed frame on the helpdesk (a customer's e-mail, say) keeps the site's URL but is of no site.
    expect(mayWrite('zendesk:desk.example.com:7', { origin: 'null', url: 'https://desk.example.com/agent/tickets/7' })).toBe(false);
    expect(mayWrite('generic:https://desk.example.com/agent/tickets/7', { origin: 'null', url: 'https://desk.example.com/agent/tickets/7' })).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { origin: 'null', url: 'about:srcdoc' })).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { origin: 'null', url: 'chrome-extension://another-extension/sidepanel.html' })).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { origin: 'null', url: 'chrome-extension://test-extension-id-not/x.html' })).toBe(false);
    expect(mayWrite('zendesk:desk.example.com:7', { ...ours, id: 'another-extension' })).toBe(false);

    const tick = { kind: 'step', packId: 'el-core', sopId: 'sop', step: 2, done: true } as const;
    expect(await changeProgress({ interactionId: 'zendesk:desk.example.com:8', change: tick }, ours)).toEqual(expect.objectContaining({ done: { sop: [2] } }));
    await expect(changeProgress({ interactionId: 'zendesk:desk.example.com:9', change: tick }, { origin: 'null', url: 'https://desk.example.com/x' })).rejects.toMatchObject({
      failure: { code: 'progress.otherSite' },
    });
  });

  it('says why a change was not stored: refused with the background\u2019s code, or the extension gone, each asked once', async () => {
    const page = await context();
    wire.sender = DESK;
    const refused = await page.setStepDone('zendesk:other.example.com:7', 'el-core', 'sop', 2, true);
    expect(refused).toEqual({ failed: { kind: 'refused', failure: { code: 'progress.otherSite' } } });
    expect(wire.asked).toBe(1); // a refusal asked again changes nothing
    expect(await page.setResolved('zendesk:other.example.com:7', true)).toEqual({ failed: refused.failed });
    // Updated or reloaded under the page: its requests throw, and will never be answered.
    const { fakeBrowser: fb } = await import('wxt/testing/fake-browser');
    const id = fb.runtime.id;
    wire.lose = 10;
    Object.assign(fb.runtime, { id: undefined });
    try {
      wire.asked = 0;
      expect(await page.setStepDone('zendesk:desk.example.com:7', 'el-core', 'sop', 2, true)).toEqual({ failed: { kind: 'gone' } });
      expect(wire.asked).toBe(1);
    } finally {
      Object.assign(fb.runtime, { id });
    }
    const { checklistsItem } = await import('@/lib/store/checklists');
    expect(await checklistsItem.getValue()).toEqual({});
  });
});
