import { sayCommon } from '@/lib/i18n';

// What opens the key list from the panel: its button, and `?`. The list itself (KeyHelp) comes with the extras
// bundle in the page: it is opened now and then, and the content script every CRM page loads stays small.

/** The button that opens the key list, for those who do not know about `?` yet. */
export function KeyHelpButton(props: { onOpen(): void }) {
  return (
    <button type="button" class="odigos-icon-btn odigos-keyhelp-btn" aria-label={sayCommon('keys.open')} title={sayCommon('keys.open')} onClick={props.onOpen}>
      ?
    </button>
  );
}

/** `?` typed anywhere in the panel but a text field opens the key list. */
export function isHelpKey(e: KeyboardEvent): boolean {
  if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return false;
  const target = e.composedPath()[0] as HTMLElement | undefined;
  return !(target && (target.localName === 'input' || target.localName === 'textarea' || target.isContentEditable));
}
