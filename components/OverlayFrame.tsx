import type { ComponentChildren } from 'preact';
import { t, uiLang } from '@/lib/i18n';

export interface OverlayFrameProps {
  collapsed: boolean;
  side: 'left' | 'right';
  theme: 'light' | 'dark';
  onCollapsedChange(collapsed: boolean): void;
  onSideChange(side: 'left' | 'right'): void;
  /** The header's "Notes" switch (issue 8): the body shows the notes editor while it is on. */
  notes?: { open: boolean; onToggle(): void };
  /** The panel stopped (the extension was updated under it): this notice, and nothing in it takes input. */
  stopped?: string;
  children?: ComponentChildren;
}

/** The docked panel beside the CRM: header with collapse and side controls, or a small tab when collapsed. */
export function OverlayFrame(props: OverlayFrameProps) {
  const { collapsed, side, theme } = props;
  if (collapsed) {
    return (
      <button
        type="button"
        class="odigos-tab"
        data-side={side}
        data-theme={theme}
        lang={uiLang.value}
        aria-label={t('overlay.expand')}
        title={t('overlay.expand')}
        onClick={() => props.onCollapsedChange(false)}
      >
        <span aria-hidden="true">Ο</span>
      </button>
    );
  }
  const other = side === 'right' ? 'left' : 'right';
  return (
    <aside class="odigos-panel" data-side={side} data-theme={theme} lang={uiLang.value} aria-label={t('overlay.label')}>
      {props.stopped && (
        <p class="odigos-stopped" role="alert">
          {props.stopped}
        </p>
      )}
      <header class="odigos-header" inert={!!props.stopped}>
        <span class="odigos-brand">
          <span class="odigos-logo" aria-hidden="true">
            Ο
          </span>
          {t('app.name')}
        </span>
        <span class="odigos-header-actions">
          {props.notes && (
            <button type="button" class="odigos-icon-btn" aria-pressed={props.notes.open} onClick={props.notes.onToggle}>
              {t('overlay.notes')}
            </button>
          )}
          <button
            type="button"
            class="odigos-icon-btn"
            aria-label={t(other === 'left' ? 'overlay.moveLeft' : 'overlay.moveRight')}
            title={t(other === 'left' ? 'overlay.moveLeft' : 'overlay.moveRight')}
            onClick={() => props.onSideChange(other)}
          >
            {other === 'left' ? '⇤' : '⇥'}
          </button>
          <button
            type="button"
            class="odigos-icon-btn"
            aria-label={t('overlay.collapse')}
            title={t('overlay.collapse')}
            onClick={() => props.onCollapsedChange(true)}
          >
            –
          </button>
        </span>
      </header>
      <div class="odigos-body" inert={!!props.stopped}>
        {props.children}
      </div>
    </aside>
  );
}
