import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { OverlayFrame } from '@/components/OverlayFrame';
import css from '@/components/overlay.css?inline';
import { resolveUiLang, t, uiLang } from '../i18n';
import { getSettings, watchSettings } from '../store/settings';
import { getOverlayPlacement, setOverlayPlacement, siteChoicesItem } from '../store/sites';
import { createShadowHost } from './shadow-host';
import { signal } from '@preact/signals';

export const OVERLAY_TAG = 'odigos-overlay';

function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * The content script's whole job: if the agent has not switched this site off, mount the overlay and keep it
 * in step with settings and placement. Everything is torn down with `ctx`.
 */
export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const origin = location.origin;
  const choices = await siteChoicesItem.getValue();
  if (choices.disabled.includes(origin) || ctx.isInvalid) return;

  const settings = await getSettings();
  const placement = await getOverlayPlacement(origin);
  uiLang.value = resolveUiLang(settings.uiLang);
  const collapsed = signal(placement.collapsed);
  const side = signal(placement.side);
  const theme = signal<'light' | 'dark'>(settings.theme === 'auto' ? (prefersDark() ? 'dark' : 'light') : settings.theme);

  const { container, remove } = createShadowHost(ctx, OVERLAY_TAG, css);
  const save = () => void setOverlayPlacement(origin, { collapsed: collapsed.value, side: side.value });
  const draw = () =>
    render(
      <OverlayFrame
        collapsed={collapsed.value}
        side={side.value}
        theme={theme.value}
        onCollapsedChange={(c) => {
          collapsed.value = c;
          save();
          draw();
        }}
        onSideChange={(s) => {
          side.value = s;
          save();
          draw();
        }}
      >
        <section aria-label={t('suggestions.label')}>
          <p class="odigos-muted">{t('suggestions.empty')}</p>
        </section>
      </OverlayFrame>,
      container,
    );
  draw();

  const unwatch = watchSettings((s) => {
    uiLang.value = resolveUiLang(s.uiLang);
    theme.value = s.theme === 'auto' ? (prefersDark() ? 'dark' : 'light') : s.theme;
    draw();
  });
  const onMessage = (msg: unknown) => {
    const kind = (msg as { odigos?: string } | undefined)?.odigos;
    if (kind === 'overlay.toggle') {
      collapsed.value = !collapsed.value;
      save();
      draw();
    } else if (kind === 'overlay.remove') {
      teardown();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const teardown = () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    render(null, container);
    remove();
  };
  ctx.onInvalidated(teardown);
}
