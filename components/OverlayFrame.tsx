import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { sayCommon, uiLang } from '@/lib/i18n';

export interface OverlayFrameProps {
  collapsed: boolean;
  side: 'left' | 'right';
  theme: 'light' | 'dark';
  onCollapsedChange(collapsed: boolean): void;
  onSideChange(side: 'left' | 'right'): void;
  /** The panel's width in CSS pixels; dragging its inner edge (or arrow keys on it) asks for another. */
  width: number;
  minWidth: number;
  maxWidth: number;
  onWidthChange(width: number, done: boolean): void;
  /** The header's "Notes" switch (issue 8): the body shows the notes editor while it is on. */
  /** `onApproach`: the pointer or focus reached the switch (what the notes need can start loading before the click). */
  notes?: { open: boolean; onToggle(): void; onApproach?(): void };
  /**
   * Folded: the tab's top edge in CSS pixels (kept off the reply box), and how many suggestions wait for this
   * conversation when the panel folded itself to leave the page its room (the page is still read then).
   */
  tab?: { top?: number; suggestions?: number };
  /** The panel stopped (the extension was updated under it): this notice, and nothing in it takes input. */
  stopped?: string;
  children?: ComponentChildren;
}

/** The docked panel beside the CRM: header with collapse and side controls, or a small tab when collapsed. */
export function OverlayFrame(props: OverlayFrameProps) {
  const { collapsed, side, theme } = props;
  const { tab, fold, setCollapsed } = useFoldFocus(collapsed, props.onCollapsedChange);
  if (collapsed) return <FoldedTab side={side} theme={theme} tab={props.tab} buttonRef={tab} onOpen={() => setCollapsed(false)} />;
  const other = side === 'right' ? 'left' : 'right';
  return (
    <aside
      class="odigos-panel"
      data-side={side}
      data-theme={theme}
      lang={uiLang.value}
      aria-label={sayCommon('overlay.label')}
      style={{ '--odigos-panel-width': `${props.width}px` }}
    >
      {props.stopped && (
        <p class="odigos-stopped" role="alert">
          {props.stopped}
        </p>
      )}
      {!props.stopped && <ResizeEdge {...props} />}
      <header class="odigos-header" inert={!!props.stopped}>
        <span class="odigos-brand">
          <span class="odigos-logo" aria-hidden="true">
            Ο
          </span>
          {sayCommon('app.name')}
        </span>
        <span class="odigos-header-actions">
          {props.notes && (
            <button
              type="button"
              class="odigos-icon-btn"
              aria-pressed={props.notes.open}
              onClick={props.notes.onToggle}
              onPointerEnter={props.notes.onApproach}
              onFocus={props.notes.onApproach}
            >
              {sayCommon('overlay.notes')}
            </button>
          )}
          <button
            type="button"
            class="odigos-icon-btn"
            aria-label={sayCommon(other === 'left' ? 'overlay.moveLeft' : 'overlay.moveRight')}
            title={sayCommon(other === 'left' ? 'overlay.moveLeft' : 'overlay.moveRight')}
            onClick={() => props.onSideChange(other)}
          >
            {other === 'left' ? '⇤' : '⇥'}
          </button>
          <button
            ref={fold}
            type="button"
            class="odigos-icon-btn"
            aria-label={sayCommon('overlay.collapse')}
            title={sayCommon('overlay.collapse')}
            onClick={() => setCollapsed(true)}
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

/** The folded panel: one button that opens it, its name saying how many suggestions wait when it knows. */
function FoldedTab(p: Pick<OverlayFrameProps, 'side' | 'theme' | 'tab'> & { buttonRef: Ref<HTMLButtonElement>; onOpen(): void }) {
  const { top, suggestions: n } = p.tab ?? {};
  // «Προτάσεις: 3», not a counted phrase, whose plural rules would be the content script's only use of them.
  const name = sayCommon('overlay.expand') + (n ? ` · ${sayCommon('suggestions.label')}: ${n}` : '');
  return (
    <button
      ref={p.buttonRef}
      type="button"
      class="odigos-tab"
      data-side={p.side}
      data-theme={p.theme}
      lang={uiLang.value}
      style={top === undefined ? undefined : { top: `${top}px` }}
      aria-label={name}
      title={name}
      onClick={p.onOpen}
    >
      <span aria-hidden="true">Ο</span>
      {!!n && (
        <span class="odigos-tab-count" aria-hidden="true">
          {n}
        </span>
      )}
    </button>
  );
}

/**
 * Folding or opening the panel from its own button removes that button: focus went to the page's body, and a
 * keyboard-only agent had to Tab through the whole helpdesk to find the panel again. It moves to the button that
 * undoes it (the tab when folded, the fold button when opened).
 */
function useFoldFocus(collapsed: boolean, onCollapsedChange: (collapsed: boolean) => void) {
  const tab = useRef<HTMLButtonElement>(null);
  const fold = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (collapsed ? tab : fold).current?.focus();
  }, [collapsed]);
  const setCollapsed = (c: boolean) => {
    moveFocus.current = true;
    onCollapsedChange(c);
  };
  return { tab, fold, setCollapsed };
}

/** The panel's inner edge: drag it, or focus it and press ←/→, to give the panel more or less of the window. */
function ResizeEdge({ side, width, minWidth, maxWidth, onWidthChange }: OverlayFrameProps) {
  const clamp = (w: number) => Math.round(Math.min(maxWidth, Math.max(minWidth, w)));
  const onPointerDown = (e: PointerEvent) => {
    e.preventDefault();
    const edge = e.currentTarget as HTMLElement;
    edge.setPointerCapture?.(e.pointerId);
    const startX = e.clientX;
    const at = (ev: PointerEvent) => clamp(width + (side === 'right' ? startX - ev.clientX : ev.clientX - startX));
    const move = (ev: PointerEvent) => onWidthChange(at(ev), false);
    const up = (ev: PointerEvent) => {
      edge.removeEventListener('pointermove', move);
      edge.removeEventListener('pointerup', up);
      onWidthChange(at(ev), true);
    };
    edge.addEventListener('pointermove', move);
    edge.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 40 : 10;
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key !== wider && e.key !== narrower) return;
    e.preventDefault();
    onWidthChange(clamp(width + (e.key === wider ? step : -step)), true);
  };
  return (
    <div
      class="odigos-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={sayCommon('overlay.resize')}
      aria-valuenow={width}
      aria-valuemin={minWidth}
      aria-valuemax={maxWidth}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
