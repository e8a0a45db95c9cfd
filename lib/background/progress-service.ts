import { browser, type Browser } from 'wxt/browser';
import { serve } from '../messages';
import { FailureError } from '../failure';
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
 * contexts changing one ticket at once both keep theirs. Null answers a damaged request; a ticket of another site than
 * the asking page's is refused with its code, and so is a write the extension's storage refused (full, or failing):
 * the panel says which to the agent. Nothing was stored.
 */
export async function changeProgress(req: ProgressRequest, sender: Pick<Browser.runtime.MessageSender, 'url' | 'origin'>): Promise<InteractionProgress | null> {
  const change = validChange(req?.change);
  const id = req?.interactionId;
  if (!change || typeof id !== 'string' || !id || id.length > 1_000) return null;
  if (!mayWrite(id, sender)) throw new FailureError({ code: 'progress.otherSite' }, `This page may not change the progress of ${id}: the ticket is not of its site.`);
  try {
    return await writeProgress(id, change);
  } catch (e) {
    throw new FailureError({ code: 'progress.notStored' }, `The progress of ${id} could not be stored: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Registered at the service worker's start, before anything slow: a panel's change wakes it. */
export const serveProgress = () => serve({ 'progress.change': changeProgress });
