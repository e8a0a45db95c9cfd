import { render } from 'preact';
import { PickerPanel, type PickerState } from '@/components/overlay/PickerPanel';
import { sayPicker } from '@/components/overlay/picker-strings';
import detailCss from '@/components/overlay/detail.css?inline';
import pickerCss from '@/components/overlay/picker.css?inline';
import { pickAndSaveProfile } from '@/lib/crm/pick-and-save';
import { uiLang } from '@/lib/i18n';
import type { PickerMountProps, ViewHandle } from './api';
import { addShadowStyles } from '@/lib/shadow-styles';

/**
 * Runs the element picker on `doc` and shows its panel in `container`: the step under way, or why nothing was
 * saved (with a fresh start). The overlay hears `onDone` once, when the agent saved or cancelled.
 */
export function mountPicker(container: HTMLElement, props: PickerMountProps, doc: Document = document): ViewHandle<PickerMountProps> {
  addShadowStyles(container, detailCss); // its buttons
  addShadowStyles(container, pickerCss);
  let latest = props;
  let state: PickerState = { step: 'message' };
  let run = new AbortController();
  let mounted = true;

  const draw = () => {
    uiLang.value = latest.lang;
    render(<PickerPanel state={state} onCancel={cancel} onRetry={start} />, container);
  };
  const show = (next: PickerState) => {
    state = next;
    if (mounted) draw();
  };
  function cancel() {
    if (state.step === 'not-saved') latest.onDone(false);
    else run.abort(); // the pick resolves as cancelled, below
  }
  function start() {
    run = new AbortController();
    const mine = run;
    show({ step: 'message' });
    // The tip over the page is drawn in the language of the moment the step starts.
    const labels = { message: sayPicker('picker.message'), reply: sayPicker('picker.reply') };
    void pickAndSaveProfile(doc, { labels, signal: mine.signal, onStep: (step) => show({ step }) }).then((outcome) => {
      if (!mounted || mine !== run) return;
      if (outcome.kind === 'not-saved') show({ step: 'not-saved', problems: outcome.problems, invalid: outcome.invalid });
      else latest.onDone(outcome.kind === 'saved');
    });
  }

  start();
  return {
    update(next) {
      latest = next;
      draw();
    },
    unmount() {
      mounted = false;
      run.abort();
      render(null, container);
    },
  };
}
