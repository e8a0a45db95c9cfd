import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Entry, Suggestion } from '@/knowledge/types';
import { definePlurals, fill, sayCommon } from '@/lib/i18n';
import { cueLabel, cueShortLabel } from './CueBadges';
import type { Segment } from '@/knowledge/text/mark';
import { Marked } from './Marked';
import { TypeTag, ReviewBadge } from './EntryTags';

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  /** Entries by `packId/entryId` (for review dates). */
  entries: Readonly<Record<string, Entry>>;
  /** Key of the item to focus when the list appears (the one the agent came back from). */
  focusKey?: string;
  /** ISO date of today, for "needs review". */
  today: string;
  /** A template's twins in the other register, by the suggestion's key (offered beside it, labelled). */
  variants?: Readonly<Record<string, readonly Suggestion[]>>;
  /** What tells each suggestion apart (a template's first line, an SOP's purpose), matched words marked; by key. */
  gists?: Readonly<Record<string, readonly Segment[]>>;
  /** The matched words a gist does not show, by key (without it, the card names every matched word). */
  alsoMatched?: Readonly<Record<string, readonly string[]>>;
  /** The steps ticked so far of each SOP of this conversation, by SOP id: its card says how far the agent is. */
  done?: Readonly<Record<string, readonly number[]>>;
  onOpen(suggestion: Suggestion): void;
}

/** An SOP's card: how far the agent is through its checklist on this ticket (the SOP view says it the same way). */
const count = definePlurals({
  'card.progress': { el: { one: '{done} από {n} βήμα', other: '{done} από {n} βήματα' }, en: { one: '{done} of {n} step', other: '{done} of {n} steps' } },
});

/** «2 από 5 βήματα» for an SOP with steps ticked (only ticks of steps it still has count); else nothing. */
function progressOf(entry: Entry | undefined, done: readonly number[] | undefined): string | undefined {
  if (entry?.type !== 'sop' || !done?.length) return undefined;
  const ticked = entry.steps.filter((step) => done.includes(step.n)).length;
  return ticked ? fill(count('card.progress', entry.steps.length), { done: ticked }) : undefined;
}

const keyOf = (s: Suggestion) => `${s.packId}/${s.entryId}`;

/**
 * The ranked suggestions as an accessible list. One item is in the tab order at a time (roving tabindex):
 * arrows, Home and End move, Enter opens.
 */
export function SuggestionList(props: SuggestionListProps) {
  const { suggestions } = props;
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const index = Math.min(active, Math.max(0, suggestions.length - 1));

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.odigos-item-btn') ?? [])];
  const move = (to: number) => {
    const next = (to + suggestions.length) % suggestions.length;
    setActive(next);
    buttons()[next]?.focus();
  };

  // In the same commit as the list (not after paint): a key pressed as the list comes back finds focus on its item.
  useLayoutEffect(() => {
    if (!props.focusKey) return;
    const i = suggestions.findIndex((s) => keyOf(s) === props.focusKey);
    if (i >= 0) {
      setActive(i);
      buttons()[i]?.focus();
    }
    // Only when the list (re)appears for a returning agent.
  }, [props.focusKey]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!suggestions.length) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(suggestions.length - 1),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  return (
    <ul class="odigos-list" aria-label={sayCommon('suggestions.label')} ref={listRef} onKeyDown={onKeyDown}>
      {suggestions.map((s, i) => (
        <li key={keyOf(s)} class="odigos-item" data-entry-id={s.entryId} data-entry-type={s.type} data-pack-id={s.packId} lang={props.entries[keyOf(s)]?.lang}>
          <button
            type="button"
            class="odigos-item-btn"
            tabIndex={i === index ? 0 : -1}
            onFocus={() => setActive(i)}
            onClick={() => props.onOpen(s)}
          >
            <CardBody
              suggestion={s}
              entry={props.entries[keyOf(s)]}
              gist={props.gists?.[keyOf(s)]}
              words={props.alsoMatched?.[keyOf(s)] ?? s.matchedTerms}
              today={props.today}
              progress={progressOf(props.entries[keyOf(s)], props.done?.[s.entryId])}
            />
          </button>
          {(props.variants?.[keyOf(s)] ?? []).map((v) => (
            <VariantButton key={keyOf(v)} variant={v} entry={props.entries[keyOf(v)]} tabIndex={i === index ? 0 : -1} onOpen={props.onOpen} />
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * What tells this suggestion from the others, in as few lines as will do: its type and title; a template's first
 * line or an SOP's purpose (at most two lines, the matched words marked where they occur); then one line with the
 * moods that raised it and the matched words the gist does not show.
 */
function CardBody(props: { suggestion: Suggestion; entry?: Entry; gist?: readonly Segment[]; words: readonly string[]; today: string; progress?: string }) {
  const { suggestion: s, entry, gist } = props;
  const words = [...new Set(props.words)];
  const cues = [...new Set(s.boostedBy)];
  return (
    <>
      <span class="odigos-item-head">
        <TypeTag type={s.type} />
        <span class="odigos-item-title">{s.title}</span>
        {entry && <ReviewBadge entry={entry} today={props.today} />}
      </span>
      {gist && gist.length > 0 && (
        <span class="odigos-gist">
          <Marked segments={gist} />
        </span>
      )}
      {(cues.length > 0 || words.length > 0 || s.chosenBefore || s.similarTo || props.progress) && (
        <span class="odigos-item-meta">
          {props.progress && (
            <span class="odigos-progress" data-progress="">
              {props.progress}
            </span>
          )}
          {s.chosenBefore && (
            <span class="odigos-cue odigos-chosen" data-chosen-before="" title={sayCommon('suggestions.chosenBeforeLong')}>
              {sayCommon('suggestions.chosenBefore')}
            </span>
          )}
          {cues.map((c) => (
            <span key={c} class="odigos-cue" data-cue={c} title={cueLabel(c)}>
              {cueShortLabel(c)}
            </span>
          ))}
          {s.similarTo && (
            <span class="odigos-why" data-similar="">
              <span class="odigos-why-label">{sayCommon('suggestions.similar')} </span>
              <q>{s.similarTo}</q>
            </span>
          )}
          {words.length > 0 && (
            <span class="odigos-why">
              <span class="odigos-why-label">{sayCommon('suggestions.why')} </span>
              {words.flatMap((w, j) => [j > 0 ? ', ' : '', <mark key={w}>{w}</mark>])}
            </span>
          )}
        </span>
      )}
    </>
  );
}

/** The same template in the other register (formal or friendly), reachable right under the one the agent writes in. */
function VariantButton(props: { variant: Suggestion; entry?: Entry; tabIndex: number; onOpen(s: Suggestion): void }) {
  const formality = props.entry?.type === 'template' ? props.entry.formality : undefined;
  if (!formality) return null;
  return (
    <button type="button" class="odigos-variant" data-entry-id={props.variant.entryId} tabIndex={props.tabIndex} onClick={() => props.onOpen(props.variant)}>
      {sayCommon('suggestions.variant')}: {sayCommon(formality === 'formal' ? 'formality.formal' : 'formality.informal')}
      <span class="odigos-sr"> — {props.variant.title}</span>
    </button>
  );
}
