import { defineStrings, uiLang } from '../i18n';
import { addShadowStyles } from '../shadow-styles';

const say = defineStrings({
  copied: {
    el: 'Ο επεξεργαστής δεν δέχτηκε το κείμενο. Το αντιγράψαμε: επικολλήστε το με Ctrl+V.',
    en: 'The editor did not take the text. It is on your clipboard: paste it with Ctrl+V.',
  },
  lost: {
    el: 'Ο επεξεργαστής δεν δέχτηκε το κείμενο και η αντιγραφή απέτυχε. Ανοίξτε το πρότυπο στον Οδηγό.',
    en: 'The editor did not take the text and copying failed. Open the template in Odigos.',
  },
});

const TAG = 'odigos-notice';
const CSS = `:host{all:initial}div{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);z-index:2147483647;
max-width:420px;padding:10px 14px;border-radius:8px;background:#1d2330;color:#fff;
font:14px/1.45 system-ui,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.25)}`;

/** Put text on the clipboard: the async API first, then a hidden textarea with execCommand('copy'). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.documentElement.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** A short message in Odigos' own shadow root, announced to screen readers, gone after a few seconds. */
export function showNotice(kind: 'copied' | 'lost', ms = 8000): void {
  document.querySelector(TAG)?.remove();
  const host = document.createElement(TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  addShadowStyles(shadow, CSS);
  const box = document.createElement('div');
  // Nothing reached the reply box at all: an alert. Read in Odigos' language, not the page's.
  box.setAttribute('role', kind === 'lost' ? 'alert' : 'status');
  box.lang = uiLang.value;
  shadow.append(box);
  document.documentElement.append(host);
  // A status region that arrives with its words already in it is often not read (NVDA, JAWS with Chromium): the
  // region is in the page first, the words come a moment later.
  setTimeout(() => (box.textContent = say(kind)), 100);
  setTimeout(() => host.remove(), ms);
}
