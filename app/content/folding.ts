import type { Signal } from '@preact/signals';
import type { ExtrasApi } from '@/app/extras/api';
import { foldAfter, roomBeside, type Fold, type FoldEvent } from '@/lib/overlay/placement';

export interface FoldingOptions {
  /** The agent's own fold, as remembered for this site. */
  chosen: boolean;
  /** Open whatever the room: it carries the notes a replaced extension's panel had open here. */
  opened?: boolean;
  side: Signal<'left' | 'right'>;
  width: Signal<number>;
  /** Odigos's own element on the page: focus in it is not the agent typing in the page. */
  host: HTMLElement;
  replyEditor(): HTMLElement | undefined;
  extras(): Promise<ExtrasApi>;
  signal: AbortSignal;
  /** The fold or the tab's place changed: draw again (and give or take the page's room). */
  onChange(): void;
}

/**
 * The panel's fold on this page (lib/overlay/placement.ts decides): the agent's own, remembered; and the one for
 * now, where the page has no room beside the panel: at the start, when the window narrows, and when the agent
 * focuses or types in a field of the page the open panel lies over. What watches the typing and places the tab
 * comes with the extras (app/extras/fold-watch.ts), loaded only where the page has no room: the content script
 * every helpdesk page loads stays within its budget.
 */
export function panelFolding(o: FoldingOptions) {
  const room = () => roomBeside(innerWidth, o.width.value);
  let fold = foldAfter(o.chosen ? 'chosen' : 'open', { kind: 'start', room: o.opened || room() });
  /** Undefined until the extras place it: the stylesheet's 40 % of the height. */
  let tab: number | undefined;
  let before = room();
  let watch: Promise<{ place(): void } | undefined> | undefined;
  /** The fold and the tab's place: drawn again when either changed. */
  const set = (next: Fold, top = tab) => {
    if (next === fold && top === tab) return;
    [fold, tab] = [next, top];
    o.onChange();
  };
  const place = () => {
    if (!room()) watch ??= o.extras().then(
      (api) =>
        o.signal.aborted
          ? undefined
          : api.watchFolding({
              host: o.host,
              band: () => ({ side: o.side.value, width: o.width.value }),
              folded: () => fold !== 'open',
              replyEditor: o.replyEditor,
              onTyping: (under) => on({ kind: 'typing', room: room(), under }),
              onTab: (top) => set(fold, top),
              signal: o.signal,
            }),
      () => undefined, // the browser refused the extras: the panel still starts folded here
    );
    void watch?.then((w) => w?.place());
  };
  const on = (event: FoldEvent) => (set(foldAfter(fold, event)), place());
  addEventListener(
    'resize',
    () => {
      const was = before;
      before = room();
      on({ kind: 'resize', room: before, before: was });
    },
    { signal: o.signal },
  );

  return {
    /** The agent's own fold (what is remembered for the site). */
    chosen: () => fold === 'chosen',
    /** Folded for now: the page is still read, and the tab says how many suggestions wait. */
    yielded: () => fold === 'yielded',
    folded: () => fold !== 'open',
    tabTop: () => tab,
    /** The agent opened or folded the panel. */
    choose: (collapsed: boolean) => on({ kind: 'choose', collapsed }),
    /** Look again where the tab may go (the reading found the reply box, the panel moved side). */
    placeTab: place,
  };
}

export type PanelFolding = ReturnType<typeof panelFolding>;
