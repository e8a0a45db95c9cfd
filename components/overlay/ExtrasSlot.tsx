import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sayCommon } from '@/lib/i18n';
import { failureOf } from '@/lib/failure';
import { describeReachFailure } from '../failure-words';

/** A view rendered by the extras: new props re-render it; unmount takes it away. */
export interface ViewHandle<P> {
  update(props: P): void;
  unmount(): void;
}

export interface ExtrasSlotProps<A, P> {
  /** The extras bundle (loaded on first use; its API is the caller's: app/extras/api.ts). */
  extras(): Promise<A>;
  /** Which extras view goes here (read once, when the slot appears). */
  mount(api: A, container: HTMLElement, props: P): ViewHandle<P>;
  /** Plain values and callbacks, passed across on every render. */
  props: P;
}

/**
 * A place in the overlay for a view of the extras bundle (notes editor, an opened SOP or template). That view
 * has its own Preact, so it renders into an element this one never touches; this shows the loading state and
 * a contained failure, and hands the latest props across.
 */
export function ExtrasSlot<A, P>({ extras, mount, props }: ExtrasSlotProps<A, P>) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<ViewHandle<P> | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  /** What to do when they did not load: reload the page, or (a frame in no tab) open the ticket in a tab. */
  const [failedWords, setFailedWords] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const box = document.createElement('div');
    host.current?.append(box);
    extras().then(
      (api) => {
        if (!live) return;
        handle.current = mount(api, box, latest.current);
        setState('ready');
      },
      (err: unknown) => {
        if (!live) return;
        setFailedWords(failureOf(err)?.code === 'ext.noTab' ? describeReachFailure(failureOf(err)) : undefined);
        setState('failed');
      },
    );
    return () => {
      live = false;
      handle.current?.unmount();
      handle.current = undefined;
      box.remove();
    };
  }, []);
  // Before paint, as if the view were part of this tree.
  useLayoutEffect(() => handle.current?.update(props));

  return (
    <div class="odigos-extras">
      {state === 'loading' && (
        <p class="odigos-muted" role="status">
          {sayCommon('extras.loading')}
        </p>
      )}
      {state === 'failed' && (
        <p class="odigos-notice odigos-warn" role="alert">
          {failedWords ?? sayCommon('extras.failed')}
        </p>
      )}
      <div ref={host} />
    </div>
  );
}
