import type { ComponentChild } from 'preact';
import { sayCommon } from '@/lib/i18n';

export interface SiteLayoutBarProps {
  /**
   * How the page is read: `guessing` by shape (no helpdesk adapter, or it failed), `pointed` with the layout the
   * agent pointed at. Helpdesks Odigos knows show no bar.
   */
  reading: 'guessing' | 'pointed';
  onPick(): void;
  onForget(): void;
  /**
   * The last forget the storage refused (it failed silently before), said with what to do (ForgetFailed; in the page
   * it comes with the extras bundle); absent once one works.
   */
  forgetFailed?: ComponentChild;
}

/** Under the context line: let the agent point at the conversation when Odigos guesses, or forget what they showed. */
export function SiteLayoutBar({ reading, onPick, onForget, forgetFailed }: SiteLayoutBarProps) {
  if (reading === 'pointed') {
    return (
      <>
        <p class="odigos-layout odigos-muted">
          {sayCommon('overlay.ownLayout')}{' '}
          <button type="button" class="odigos-text-btn" onClick={onForget}>
            {sayCommon('overlay.forgetLayout')}
          </button>
        </p>
        {forgetFailed}
      </>
    );
  }
  return (
    <p class="odigos-layout">
      <button type="button" class="odigos-text-btn" title={sayCommon('overlay.pickHint')} onClick={onPick}>
        {sayCommon('overlay.pick')}
      </button>
    </p>
  );
}
