import { fill, sayCommon } from '@/lib/i18n';
import { shownFailure, type SiteRefusal } from '@/lib/failure';
import { describeCommonFailure, SaidWithDetail } from './failure-words';
import { sayPages } from '@/lib/extension-page-strings';
import type { SiteStatus } from '@/lib/background/site-access';

/** The background's refusal of the site switch, in the agent's language. */
export function describeSiteRefusal(f: SiteRefusal): string {
  switch (f.code) {
    case 'site.notWeb':
      return sayPages('popup.notWeb');
    case 'site.noPermission':
      return fill(sayPages('popup.noPermission'), { pattern: f.pattern });
    case 'site.managed':
      return fill(sayPages('popup.keptOn'), { host: f.host });
  }
}

/** A failure as the popup shows it: in the agent's language, and the English reason beneath when it came from elsewhere. */
export interface PopupError {
  text: string;
  detail?: string;
}

/**
 * A failure of the popup's actions: the site switch's refusals and the kinds every page meets worded from their code,
 * anything else under a Greek headline; the English reason kept as technical detail.
 */
export function popupError(e: unknown): PopupError {
  const { message, failure } = shownFailure(e);
  const text = failure?.code.startsWith('site.') ? describeSiteRefusal(failure as SiteRefusal) : (describeCommonFailure(failure) ?? sayPages('popup.failed'));
  return { text, detail: message };
}

export interface PopupProps {
  host?: string;
  status?: SiteStatus;
  error?: PopupError;
  busy: boolean;
  /** Firefox: the panel beside the page is its sidebar, and is called so. */
  sidebar?: boolean;
  onEnable(): void;
  onDisable(): void;
  onOpenSidePanel(): void;
  onOpenOptions(): void;
  onOpenNotes(): void;
}

/** The toolbar popup: the on/off switch for the current site and the ways into the rest of Odigos. */
export function Popup(props: PopupProps) {
  const { status, host } = props;
  const supported = Boolean(status?.pattern);
  return (
    <main class="popup">
      <header class="popup-header">
        <span class="popup-logo" aria-hidden="true">
          Ο
        </span>
        <h1>{sayCommon('app.name')}</h1>
      </header>
      {host && <p class="popup-host">{host}</p>}
      {status && !supported && <p role="status">{sayPages('popup.unsupported')}</p>}
      {status && supported && (
        <section class="popup-site">
          <p role="status" class={status.enabled ? 'on' : 'off'}>
            {status.managed
              ? sayPages(status.grantPattern ? 'popup.managedNeedsAccess' : 'popup.managed')
              : status.enabled
                ? sayPages('popup.enabledHere')
                : sayPages('popup.disabledHere')}
          </p>
          {status.managed && status.grantPattern && (
            <button type="button" class="primary" disabled={props.busy} onClick={props.onEnable}>
              {sayPages('popup.grantManaged')}
            </button>
          )}
          {!status.managed &&
            (status.enabled ? (
              <button type="button" disabled={props.busy} onClick={props.onDisable}>
                {sayPages('popup.disable')}
              </button>
            ) : (
              <button type="button" class="primary" disabled={props.busy} onClick={props.onEnable}>
                {sayPages('popup.enable')}
              </button>
            ))}
        </section>
      )}
      {props.error && (
        <p role="alert" class="popup-error">
          <SaidWithDetail text={props.error.text} detail={props.error.detail} detailClass="muted" />
        </p>
      )}
      <nav class="popup-links">
        <button type="button" onClick={props.onOpenSidePanel}>
          {sayPages(props.sidebar ? 'popup.sidebar' : 'popup.sidePanel')}
        </button>
        <button type="button" onClick={props.onOpenNotes}>
          {sayPages('popup.notes')}
        </button>
        <button type="button" onClick={props.onOpenOptions}>
          {sayPages('popup.options')}
        </button>
      </nav>
    </main>
  );
}
