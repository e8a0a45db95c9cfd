import { useEffect, useState } from 'preact/hooks';
import { sayPages, countPages } from '@/lib/extension-page-strings';

export interface LearningSectionProps {
  /** How many entries learning remembers choices for. */
  load(): Promise<number>;
  /** Forget every learnt choice. */
  reset(): Promise<void>;
}

/**
 * What Odigos learnt from the agent's choices (entries they inserted or followed rise a little for similar
 * messages), on this computer only, and a reset the agent confirms first.
 */
export function LearningSection(props: LearningSectionProps) {
  const [count, setCount] = useState<number | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    void props.load().then(setCount, () => setCount(0));
  }, []);
  const forget = async () => {
    setConfirming(false);
    await props.reset();
    setCount(await props.load());
    setDone(true);
  };
  return (
    <section aria-labelledby="learning-h">
      <h2 id="learning-h">{sayPages('options.learning')}</h2>
      <p class="muted">{sayPages('options.learningHelp')}</p>
      {count !== undefined && (
        <p data-learned-count={count}>{count ? countPages('options.learningCount', count) : sayPages('options.learningNone')}</p>
      )}
      <p>
        <button type="button" class="danger" disabled={!count} onClick={() => (setDone(false), setConfirming(true))}>
          {sayPages('options.learningReset')}
        </button>
      </p>
      {confirming && (
        <div role="alertdialog" aria-label={sayPages('options.learningReset')}>
          <p>{sayPages('options.learningConfirm')}</p>
          <button type="button" class="danger" onClick={() => void forget()}>
            {sayPages('options.learningYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {sayPages('options.learningCancel')}
          </button>
        </div>
      )}
      {done && <p role="status">{sayPages('options.learningDone')}</p>}
    </section>
  );
}
