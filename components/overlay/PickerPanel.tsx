import { useEffect, useRef } from 'preact/hooks';
import type { ProfileProblem } from '@/lib/crm/profile-check';
import { sayCommon, uiLang } from '@/lib/i18n';
import { problemWords, type Said } from '@/knowledge/pack/problem-words';
import { sayPicker } from './picker-strings';

export type PickerState =
  | { step: 'message' | 'reply' }
  /** `invalid`: the profile validator's problems, said here in the agent's language. */
  | { step: 'not-saved'; problems: ProfileProblem[]; invalid: Said[] };

export interface PickerPanelProps {
  state: PickerState;
  onCancel(): void;
  onRetry(): void;
}

const STEPS = [
  ['message', 'picker.stepMessage'],
  ['reply', 'picker.stepReply'],
] as const;

/**
 * The overlay while the agent points at the page: which of the two picks is under way (the picker draws the
 * same words as a tip over the page), or why the picks were not saved.
 */
export function PickerPanel({ state, onCancel, onRetry }: PickerPanelProps) {
  const retry = useRef<HTMLButtonElement>(null);
  const picking = state.step !== 'not-saved';
  // Keys go to the picker while it runs (Enter chooses), so focus moves here only once it has stopped.
  useEffect(() => {
    if (!picking) retry.current?.focus();
  }, [picking]);
  const current = STEPS.findIndex(([step]) => step === state.step);

  return (
    <section class="odigos-picker" aria-labelledby="odigos-picker-title">
      <h2 id="odigos-picker-title">{sayCommon('overlay.pick')}</h2>
      <ol class="odigos-picker-steps">
        {STEPS.map(([step, label], i) => (
          <li key={step} aria-current={i === current ? 'step' : undefined} data-done={current > i ? '' : undefined}>
            {sayPicker(label)}
          </li>
        ))}
      </ol>
      {state.step === 'not-saved' ? (
        <div class="odigos-notice odigos-warn" role="alert">
          <p>{sayPicker('picker.notSaved')}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{sayPicker(`picker.${p}`)}</li>
            ))}
            {state.invalid.map((p) => (
              <li key={JSON.stringify(p)}>{problemWords(p, uiLang.value)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="odigos-notice" role="status">
            {sayPicker(state.step === 'message' ? 'picker.message' : 'picker.reply')}
          </p>
          <p class="odigos-muted odigos-small">{sayPicker('picker.keys')}</p>
        </>
      )}
      <div class="odigos-picker-actions">
        {!picking && (
          <button type="button" class="odigos-primary" ref={retry} onClick={onRetry}>
            {sayPicker('picker.retry')}
          </button>
        )}
        <button type="button" class="odigos-secondary" onClick={onCancel}>
          {sayPicker('picker.cancel')}
        </button>
      </div>
    </section>
  );
}
