import { browser } from 'wxt/browser';
import { serve } from '../messages';
import { FailureError } from '../failure';
import { errorText } from '@/knowledge/error-text';
import { DOCK_ATTR, tellPageScriptsTheirWidth } from './page-width';

/** The content script WXT emits for entrypoints/extras.content.ts (registration: runtime, not in the manifest). */
export const EXTRAS_SCRIPT_FILE = '/content-scripts/extras.js';


/**
 * Injects the extras into the asking frame, and the page-width teller into the page's world of a frame whose panel
 * docked (./page-width.ts). Host permission covers every page the content script runs on: the
 * known CRMs (manifest), agent-enabled sites (their optional permission), loopback in the e2e build.
 */
export function serveExtras(): () => void {
  return serve({
    'extras.inject': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new FailureError({ code: 'ext.noTab' }, 'Odigos extras are injected only into tabs.');
      // The browser refusing the injection (the page navigating away, a frame gone) is said as extras that did not start.
      await browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EXTRAS_SCRIPT_FILE] })
        .catch((err: unknown) => {
          throw new FailureError({ code: 'ext.extrasFailed' }, `Odigos extras could not be injected: ${errorText(err)}`);
        });
    },
    // In the page's own world, which a content script cannot reach; not subject to the page's CSP either.
    'page.tellWidth': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new FailureError({ code: 'ext.noTab' }, 'Odigos tells page widths only in tabs.');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        world: 'MAIN',
        func: tellPageScriptsTheirWidth,
        args: [DOCK_ATTR],
      });
    },
  });
}
