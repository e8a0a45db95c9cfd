import { browser, type Browser } from 'wxt/browser';
import { serve } from '../messages';
import { FailureError } from '../failure';
import { validChange, writeProgress, type InteractionProgress, type ProgressChange } from '../store/checklists';
import { errorText } from '@/knowledge/error-text';

/** A panel's change to an interaction's progress (lib/overlay/progress.ts asks it). */
export interface ProgressRequest {
  interactionId: string;
  change: ProgressChange;
}

type Sender = Pick<Browser.runtime.MessageSender, 'url' | 'origin' | 'id'>;

/**
 * One of this extension's own pages (the side panel, Options), told by the URL of the frame that sent the message
 * and the extension's id, not by the origin string: a page of ours the browser runs sandboxed reports the origin
 * "null", and was refused its own progress when only the origin was read. The URL must be under this extension's
 * base (with its slash: another id that starts like ours is not ours).
 */
function isOwnPage(sender: Sender): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  if (sender.origin !== undefined && sender.origin !== 'null') return `${sender.origin}/` === base;
  return sender.url?.startsWith(base) ?? false;
}

/**
 * Whether the sender may change this interaction's progress. The extension's own pages (the side panel) act for any
 * ticket; a content script only for its own page's: an interaction's id names the site it was read on
 * (`zendesk:desk.example.com:123`, `generic:https://desk.example.com/path`, lib/crm), and a page of another site
 * cannot write the progress of tickets it does not show. A web page whose origin is "null" (a sandboxed frame, an
 * e-mail shown in one) is of no site, whatever its URL says: refused.
 */
export function mayWrite(interactionId: string, sender: Sender): boolean {
  if (isOwnPage(sender)) return true;
  if (sender.origin === 'null') return false;
  const from = sender.origin ?? sender.url;
  if (!from) return false;
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
export async function changeProgress(req: ProgressRequest, sender: Sender): Promise<InteractionProgress | null> {
  const change = validChange(req?.change);
  const id = req?.interactionId;
  if (!change || typeof id !== 'string' || !id || id.length > 1_000) return null;
  if (!mayWrite(id, sender)) throw new FailureError({ code: 'progress.otherSite' }, `This page may not change the progress of ${id}: the ticket is not of its site.`);
  try {
    return await writeProgress(id, change);
  } catch (e) {
    throw new FailureError({ code: 'progress.notStored' }, `The progress of ${id} could not be stored: ${errorText(e)}`);
  }
}

/** Registered at the service worker's start, before anything slow: a panel's change wakes it. */
export const serveProgress = () => serve({ 'progress.change': changeProgress });
