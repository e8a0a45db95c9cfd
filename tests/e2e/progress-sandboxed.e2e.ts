import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

/**
 * In Chromium a page of ours run sandboxed (an iframe with the sandbox attribute, or inside a page whose CSP
 * sandboxes it) keeps the extension's API, and the background sees its origin as "null" with our URL: the progress
 * service refused its ticks when it read the origin alone (progress.otherSite). A web page whose origin is "null" is
 * still refused: progress-service.test (a sandboxed frame has no extension API here to ask with).
 */
async function sandboxedFrame(page: Page, name: string, attrs: Record<string, string>): Promise<Frame> {
  await page.evaluate(
    ({ name, attrs }) => {
      const f = document.createElement('iframe');
      f.name = name;
      for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
      document.body.append(f);
    },
    { name, attrs },
  );
  await expect.poll(() => page.frames().some((f) => f.name() === name), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.name() === name)!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Ticks step 1 of an SOP from the frame, as a panel there would; the background's reply. */
const tick = (frame: Frame, interactionId: string) =>
  frame.evaluate(async (id) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; failure?: { code: string } }> } } }).chrome.runtime;
    const change = { kind: 'step', packId: 'el-core', sopId: 'double-card-charge', step: 1, done: true };
    return runtime.sendMessage({ odigos: 'progress.change', payload: { interactionId: id, change } });
  }, interactionId);

describe('SOP progress from a sandboxed page (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a page of ours sandboxed (origin "null") stores its tick', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Γνώση', exact: true }).waitFor({ timeout: 10_000 });
    const ours = await sandboxedFrame(page, 'ours', { sandbox: 'allow-scripts', src: '/sidepanel.html' });
    expect(await ours.evaluate(() => self.origin)).toBe('null');
    expect(await tick(ours, 'zendesk:desk.example.com:7')).toMatchObject({ ok: true, value: { done: { 'double-card-charge': [1] } } });
    // What the background stored is what the side panel reads.
    const stored = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain('zendesk:desk.example.com:7');
  });
});
