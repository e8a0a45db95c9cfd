import { sayCommon } from '@/lib/i18n';
import type { ShownFailure } from '@/lib/failure';
import { SaidWithDetail } from '../failure-words';

export interface SiteLayoutBarProps {
  /**
   * How the page is read: `guessing` by shape (no helpdesk adapter, or it failed), `pointed` with the layout the
   * agent pointed at. Helpdesks Odigos knows show no bar.
   */
  reading: 'guessing' | 'pointed';
  onPick(): void;
  onForget(): void;
  /** The last forget the storage refused (it failed silently before): said, with what to do; cleared by one that works. */
  forgetFailed?: ShownFailure;
}

function ForgetFailed({ failed }: { failed: ShownFailure }) {
  const full = failed.failure?.code === 'siteProfile.notForgotten' && failed.failure.diskFull;
  return (
    <p class="odigos-layout odigos-notice odigos-warn" role="alert">
      <SaidWithDetail text={sayCommon(full ? 'overlay.notForgottenFull' : 'overlay.notForgotten')} detail={failed.message} detailClass="odigos-muted" />
    </p>
  );
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
        {forgetFailed && <ForgetFailed failed={forgetFailed} />}
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
