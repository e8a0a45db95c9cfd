import type { Stage } from '@/knowledge/types';
import { sayCommon, type StringKey } from '@/lib/i18n';

export interface StageBarProps {
  stage: Stage;
  /** The customer says they wrote before («τρίτη φορά που γράφω»): a stage with nothing done is not a new request. */
  repeat?: boolean;
  /** The customer's latest message is a closing thanks (the engine's `closing`): the suggestions are resolved's. */
  closing?: boolean;
  /** The agent marks the interaction resolved, or takes the mark back. */
  onResolved(resolved: boolean): void;
}

/**
 * Where the conversation stands, as the suggestions take it: a new problem (its SOP first), in progress once a
 * checklist step is ticked, resolved when the agent says so (closing templates and confirmations rise). The
 * suggestions take a repeat contact as new (its SOP first), but the label says what the customer does: writes again.
 * A customer who closes («Ευχαριστώ πολύ, το πήρα!»), before or after the agent ticked a step: the suggestions are
 * ranked as resolved (a closing first), and so the label says; the button still says only what the agent marked.
 */
export function StageBar(props: StageBarProps) {
  const resolved = props.stage === 'resolved';
  const shown = props.closing ? 'resolved' : props.stage !== 'new' ? props.stage : props.repeat ? 'repeat' : 'new';
  return (
    <div class="odigos-stage">
      <p class="odigos-muted" role="status" data-stage={props.stage}>
        {sayCommon('stage.label')} {sayCommon(`stage.${shown}` as StringKey)}
      </p>
      <button type="button" class="odigos-stage-btn" aria-pressed={resolved} onClick={() => props.onResolved(!resolved)}>
        {sayCommon('stage.markResolved')}
      </button>
    </div>
  );
}
