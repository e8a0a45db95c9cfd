import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SopBranch, SopEntry, TemplateEntry } from '@/knowledge/types';
import { fill, uiLang } from '@/lib/i18n';
import { sayDetail, countDetail } from './detail-strings';
import { ReviewBadge, TypeTag } from './EntryTags';
import { formatElapsed, formatTarget, stepText } from './format';
import { SaveFailedNotice } from './SaveFailed';
import { failedStep, type LinkFailed, type SaveFailed } from '@/lib/overlay/save-failed';
import { describeCommonFailure, SaidWithDetail } from '../failure-words';

export interface SopViewProps {
  entry: SopEntry;
  /** Steps ticked in this interaction. */
  checked: readonly number[];
  /** When this interaction was first seen (epoch ms); the timer runs from then. */
  since?: number;
  /**
   * When the agent first answered (epoch ms), as the page dates the reply: the first-response target is judged by
   * it, not by the timer, which runs on after the reply (a reply within 15 minutes read «εκτός στόχου» forever).
   */
  answeredAt?: number;
  /** Titles of the templates the steps link, by id (ids are shown until they arrive). */
  linked: Readonly<Record<string, TemplateEntry>>;
  today: string;
  /** The clock (injectable so tests need no timers). */
  now?: () => number;
  /**
   * Reopened by itself on the ticket's next page, not opened by the agent: focus stays where the agent is (RT's reply
   * box, the page), not taken to the panel.
   */
  reopened?: boolean;
  onToggle(step: number, done: boolean): void;
  onOpenTemplate(templateId: string): void;
  onBack(): void;
  /** A change to the progress not saved: a step of this SOP's is said under it (the view the panel has says others). */
  saveFailed?: SaveFailed;
  onRetrySave?(): void;
  onDismissSaveFailed?(): void;
  /** A template a step links that did not open: said under the step (of this SOP) that links it. */
  linkFailed?: LinkFailed;
}

/** Milliseconds since `since`, ticking each second while the SOP has target times to show against it. */
function useElapsed(hasTargets: boolean, since: number | undefined, clock: () => number): number | undefined {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!hasTargets || since === undefined) return;
    const id = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(id);
  }, [hasTargets, since]);
  return since === undefined ? undefined : now - since;
}

/**
 * One SOP in the anatomy trainers write: title, department, purpose, terms, steps as a checklist with their
 * branches (each a jump), linked templates, target times against this interaction's timer, escalation.
 */
export function SopView(props: SopViewProps) {
  const { entry } = props;
  const root = useRef<HTMLElement>(null);
  const clock = props.now ?? Date.now;
  const hasTargets = entry.metrics.firstResponseMinutes !== undefined || entry.metrics.completionMinutes !== undefined;
  const elapsed = useElapsed(hasTargets, props.since, clock);

  // In the commit that draws the view (Preact 11 runs passive effects after paint): the list's button is gone, and
  // an Escape pressed before focus arrives here would reach nothing.
  useLayoutEffect(() => {
    if (!props.reopened) root.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [entry.id]);

  const jump = (goto: SopBranch['goto']) => {
    const target = root.current?.querySelector<HTMLElement>(
      goto === 'escalate' ? '.odigos-escalation' : `input[data-step="${goto}"]`,
    );
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  };

  return (
    <article class="odigos-detail odigos-sop" ref={root} data-entry-id={entry.id}>
      <button type="button" class="odigos-back" onClick={props.onBack}>
        ← {sayDetail('view.back')}
      </button>
      <header class="odigos-detail-head">
        <TypeTag type="sop" />
        <h2 tabIndex={-1}>{entry.title}</h2>
        <ReviewBadge entry={entry} today={props.today} />
      </header>
      <dl class="odigos-facts">
        <dt>{sayDetail('sop.department')}</dt>
        <dd>{entry.department}</dd>
        <dt>{sayDetail('sop.purpose')}</dt>
        <dd>{entry.purpose}</dd>
      </dl>
      {hasTargets && <SopTargets metrics={entry.metrics} elapsed={elapsed} answered={props.answeredAt !== undefined && props.since !== undefined ? props.answeredAt - props.since : undefined} />}
      {Object.keys(entry.terms).length > 0 && <SopTerms terms={entry.terms} />}
      <section aria-label={sayDetail('sop.steps')}>
        <h3>
          {sayDetail('sop.steps')}{' '}
          <span class="odigos-progress">
            ({fill(countDetail('sop.progress', entry.steps.length), { done: props.checked.length })})
          </span>
        </h3>
        <ol class="odigos-steps">
          {entry.steps.map((step) => (
            <SopStepItem
              key={step.n}
              step={step}
              done={props.checked.includes(step.n)}
              linked={props.linked}
              onToggle={props.onToggle}
              onOpenTemplate={props.onOpenTemplate}
              jump={jump}
              failed={failedStep(entry.id, props.saveFailed) === step.n ? props : undefined}
              linkFailed={props.linkFailed?.sopId === entry.id && step.templates.includes(props.linkFailed.templateId) ? props.linkFailed : undefined}
            />
          ))}
        </ol>
      </section>
      {entry.escalation && (
        <section class="odigos-escalation" tabIndex={-1} aria-label={sayDetail('sop.escalation')}>
          <h3>{sayDetail('sop.escalation')}</h3>
          <dl class="odigos-facts">
            <dt>{sayDetail('sop.escalationWhen')}</dt>
            <dd>{entry.escalation.when}</dd>
            <dt>{sayDetail('sop.escalationTo')}</dt>
            <dd>{entry.escalation.to}</dd>
          </dl>
        </section>
      )}
    </article>
  );
}

/**
 * The SOP's target times, each marked when it was missed: the first response by the reply once there is one (`answered`,
 * ms after the start), else by this interaction's timer, as the completion is; and the timer itself.
 */
function SopTargets({ metrics, elapsed, answered }: { metrics: SopEntry['metrics']; elapsed: number | undefined; answered: number | undefined }) {
  const target = (key: 'sop.firstResponse' | 'sop.completion', minutes: number | undefined) => {
    if (minutes === undefined) return null;
    const took = key === 'sop.firstResponse' && answered !== undefined ? answered : elapsed;
    const over = took !== undefined && took > minutes * 60_000;
    return (
      <>
        <dt>{sayDetail(key)}</dt>
        <dd class={over ? 'odigos-over' : undefined}>
          {formatTarget(minutes, uiLang.value)}
          {over && <> · {sayDetail('sop.overdue')}</>}
        </dd>
      </>
    );
  };
  return (
    <section class="odigos-targets" aria-label={sayDetail('sop.targets')}>
      <h3>{sayDetail('sop.targets')}</h3>
      <dl class="odigos-facts">
        {target('sop.firstResponse', metrics.firstResponseMinutes)}
        {target('sop.completion', metrics.completionMinutes)}
        {elapsed !== undefined && (
          <>
            <dt>{sayDetail('sop.elapsed')}</dt>
            <dd class="odigos-timer">
              <span role="timer">{formatElapsed(elapsed, uiLang.value)}</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The terms the SOP uses, with their meanings. */
function SopTerms({ terms }: { terms: SopEntry['terms'] }) {
  return (
    <section aria-label={sayDetail('sop.terms')}>
      <h3>{sayDetail('sop.terms')}</h3>
      <dl class="odigos-terms">
        {Object.entries(terms).map(([term, meaning]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

interface SopStepItemProps extends Pick<SopViewProps, 'linked' | 'onToggle' | 'onOpenTemplate'> {
  step: SopEntry['steps'][number];
  done: boolean;
  jump(goto: SopBranch['goto']): void;
  /** This step's change was not saved: what the view was given to say it. */
  failed?: Pick<SopViewProps, 'saveFailed' | 'onRetrySave' | 'onDismissSaveFailed'>;
  linkFailed?: LinkFailed;
}

/** One step: its checkbox, its branches (each a jump to a step or the escalation), the templates it links. */
function SopStepItem({ step, done, linked, onToggle, onOpenTemplate, jump, failed, linkFailed }: SopStepItemProps) {
  const id = `odigos-step-${step.n}`;
  return (
    <li class={done ? 'odigos-step odigos-done' : 'odigos-step'} data-step={step.n}>
      <span class="odigos-step-line">
        <input
          type="checkbox"
          id={id}
          data-step={step.n}
          checked={done}
          onChange={(e) => onToggle(step.n, (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={id}>
          <span class="odigos-step-n">{step.n}.</span> {stepText(step.text)}
        </label>
      </span>
      {step.branches.length > 0 && (
        <ul class="odigos-branches">
          {step.branches.map((b, i) => (
            <li key={i}>
              {b.condition ? `${sayDetail('sop.if')} ${b.condition}` : sayDetail('sop.else')} →{' '}
              <button type="button" class="odigos-link" onClick={() => jump(b.goto)}>
                {b.goto === 'escalate' ? sayDetail('sop.toEscalation') : fill(sayDetail('sop.toStep'), { n: b.goto })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {step.templates.length > 0 && (
        <span class="odigos-step-templates">
          {step.templates.map((templateId) => (
            <button key={templateId} type="button" class="odigos-chip" onClick={() => onOpenTemplate(templateId)}>
              <TypeTag type="template" /> {linked[templateId]?.title ?? templateId}
            </button>
          ))}
        </span>
      )}
      {linkFailed && <LinkFailedNotice linkFailed={linkFailed} title={linked[linkFailed.templateId]?.title ?? linkFailed.templateId} />}
      {failed?.saveFailed && (
        <SaveFailedNotice failed={failed.saveFailed} onRetry={() => failed.onRetrySave?.()} onDismiss={() => failed.onDismissSaveFailed?.()} />
      )}
    </li>
  );
}

/** A linked template that did not open: gone from its pack (what to do), or why as every surface says it, the English beneath. */
function LinkFailedNotice({ linkFailed, title }: { linkFailed: LinkFailed; title: string }) {
  const f = linkFailed.failed.failure;
  const text =
    f?.code === 'template.gone'
      ? fill(sayDetail('template.gone'), { entry: title, pack: f.pack })
      : `${fill(sayDetail('template.openFailed'), { entry: title })} ${describeCommonFailure(f) ?? sayDetail('template.tryAgain')}`;
  return (
    <p class="odigos-notice odigos-warn" role="alert">
      <SaidWithDetail text={text} detail={linkFailed.failed.message} />
    </p>
  );
}
