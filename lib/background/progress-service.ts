import { browser, type Browser } from 'wxt/browser';
import { serve } from '../messages';
import { validChange, writeProgress, type InteractionProgress, type ProgressChange } from '../store/checklists';

/** A panel's change to an interaction's progress (lib/overlay/progress.ts asks it). */
export interface ProgressRequest {
  interactionId: string;
  change: ProgressChange;
}

/**
 * Whether the sender may change this interaction's progress. The extension's own pages (the side panel) act for any
 * ticket; a content script only for its own page's: an interaction's id names the site it was read on
 * (`zendesk:desk.example.com:123`, `generic:https://desk.example.com/path`, lib/crm), and a page of another site
 * cannot write the progress of tickets it does not show.
 */
export function mayWrite(interactionId: string, sender: Pick<Browser.runtime.MessageSender, 'url' | 'origin'>): boolean {
  const from = sender.origin ?? sender.url;
  if (!from) return false;
  if (from.startsWith(browser.runtime.getURL('/').replace(/\/$/, ''))) return true;
  let page: URL;
  try {
    page = new URL(from);
  } catch {
    return false;
  }
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return false;
  const site = interactionId.slice(interactionId.indexOf(':') + 1);
  return site.startsWith(`${page.host}:`) || site.startsWith(`${page.origin}/`);
}

/**
 * The one writer of SOP progress: every panel's change is applied here, one after another (writeProgress), so two
 * contexts changing one ticket at once both keep theirs. Null answers a change refused (another site's ticket, a
 * damaged request): nothing was stored, and asking again changes nothing.
 */
export async function changeProgress(req: ProgressRequest, sender: Pick<Browser.runtime.MessageSender, 'url' | 'origin'>): Promise<InteractionProgress | null> {
  const change = validChange(req?.change);
  const id = req?.interactionId;
  if (!change || typeof id !== 'string' || !id || id.length > 1_000 || !mayWrite(id, sender)) return null;
  return writeProgress(id, change);
}

/** Registered at the service worker's start, before anything slow: a panel's change wakes it. */
export const serveProgress = () => serve({ 'progress.change': changeProgress });
