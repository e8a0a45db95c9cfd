/**
 * Does a freshly picked site profile read this page? A valid selector can still point at the wrong thing (a
 * heading instead of the messages, a button instead of the reply box): try it before it is saved, so the agent
 * hears about it while the page is in front of them.
 */
import { isEditable } from './dom';
import { profileAdapter } from './profile-adapter';
import type { SiteProfile } from '../../knowledge/site-profile';

export type ProfileProblem = 'no-message' | 'no-reply-box';

export function profileProblems(doc: Document, profile: SiteProfile): ProfileProblem[] {
  const adapter = profileAdapter(profile);
  const problems: ProfileProblem[] = [];
  let message: string | undefined;
  try {
    message = adapter.read(doc).latestCustomerMessage;
  } catch {
    message = undefined; // the area is gone or holds nothing readable
  }
  if (!message) problems.push('no-message');
  const box: Element | undefined = adapter.replyEditor(doc);
  // An iframe editor types into its body (contenteditable, or the whole document in design mode).
  const takesText = !!box && (box.ownerDocument.designMode === 'on' || isEditable(box));
  if (!takesText) problems.push('no-reply-box');
  return problems;
}
