import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sayFields } from './field-strings';

/** A wording's gaps to fill, as written in the pack: «Η κάρτα σας με τελικά ψηφία … πάγωσε προσωρινά». */
const GAP = '…';

/** The wording with its «…» filled where the agent typed something, left «…» where not. */
export const filled = (option: string, typed: string[] = []) =>
  option
    .split(GAP)
    .map((part, k) => (k ? (typed[k - 1]?.trim() || GAP) + part : part))
    .join('');

/** What the field inserts: the own wording while it wins (typed last, with words), else the chosen wording filled. */
export const valueFor = (s: { ownWins: boolean; own: string; chosen: string | undefined; gaps: Record<string, string[]> }) =>
  s.ownWins ? s.own : s.chosen ? filled(s.chosen, s.gaps[s.chosen]) : '';

export interface ChoiceFieldProps {
  options: string[];
  index: number;
  value: string | undefined;
  leadIn: string | undefined;
  asked: boolean;
}

/**
 * A field that offers wordings (`{{field:Ο συνάδελφός μου … / Η συνάδελφός μου …}}`): one radio button each, and a
 * box for a wording of the agent's own. What goes in is the chosen wording (its «…» filled in small boxes in its own
 * line), or the own wording while it was typed last: typing there clears the buttons, choosing a wording again sets
 * the own text aside (kept, shown set aside, not inserted). The chosen wording used to be copied into that box too:
 * it showed twice, and the box meant to be the agent's own held the pack's words.
 */
export function ChoiceField(props: ChoiceFieldProps) {
  const preset = props.value && props.options.includes(props.value) ? props.value : undefined;
  const [chosen, setChosen] = useState(preset);
  const [own, setOwn] = useState(preset ? '' : (props.value ?? ''));
  // The own wording wins while it is what the agent did last and holds words.
  const [ownWins, setOwnWins] = useState(!preset && Boolean(props.value?.trim()));
  const [gaps, setGaps] = useState<Record<string, string[]>>({});
  const [toGap, setToGap] = useState(false);
  const hidden = useRef<HTMLInputElement>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const value = valueFor({ ownWins, own, chosen, gaps });
  // In the value at once, not at the next render: the Enter that picked it may insert the form in the same keypress.
  const pick = (option: string) => {
    setChosen(option);
    setOwnWins(false);
    if (hidden.current) hidden.current.value = valueFor({ ownWins: false, own, chosen: option, gaps });
  };
  // Enter on a wording with «…» to fill went on to its first box (once it is drawn).
  useLayoutEffect(() => {
    if (!toGap) return;
    setToGap(false);
    group.current?.querySelector<HTMLInputElement>('.op-gap')?.focus();
  }, [toGap]);
  const hint = `h${props.index}`;
  return (
    <fieldset ref={group} class="op-field op-choice">
      {/* Its place in the template names the group: two choices both «Διαλέξτε διατύπωση» could not be told apart. */}
      <legend>{props.leadIn ?? sayFields('choose')}</legend>
      <input ref={hidden} type="hidden" name={`f${props.index}`} value={value} />
      {props.options.map((option) => {
        const on = !ownWins && chosen === option;
        return (
          <label key={option} class="op-option">
            <input
              type="radio"
              name={`c${props.index}`}
              value={option}
              checked={on}
              aria-describedby={hint}
              onChange={() => pick(option)}
              // Enter on the wording that has the focus takes it (Enter brought the focus there without choosing one);
              // a held Enter, repeating, does not. A wording with «…» goes on to its first box rather than insert «…».
              onKeyDown={(e) => {
                if (e.key !== 'Enter' || e.repeat) return;
                if (!e.currentTarget.checked) {
                  e.currentTarget.checked = true;
                  pick(option);
                }
                if (option.includes(GAP) && !gaps[option]?.some((g) => g.trim())) {
                  e.preventDefault();
                  setToGap(true);
                }
              }}
            />
            <span>{on ? <Gaps option={option} typed={gaps[option] ?? []} onType={(typed) => setGaps({ ...gaps, [option]: typed })} /> : option}</span>
          </label>
        );
      })}
      {/* Said when Enter came here for a wording not chosen yet: the focus on a radio button alone did not say why. */}
      <p id={hint} class="op-missing" aria-live="polite">
        {props.asked && !value.trim() ? sayFields('missing') : ''}
      </p>
      {/* As many lines as the agent's wording takes; set aside (not inserted) while a wording is chosen over it. */}
      <textarea
        class="op-search op-wording"
        rows={Math.max(1, Math.ceil(own.length / 40))}
        autocomplete="off"
        aria-label={sayFields('ownName')}
        placeholder={sayFields('own')}
        data-aside={!ownWins && own.trim() ? '' : undefined}
        value={own}
        onInput={(e) => {
          const text = e.currentTarget.value;
          const wins = Boolean(text.trim());
          setOwn(text);
          setOwnWins(wins);
          if (hidden.current) hidden.current.value = valueFor({ ownWins: wins, own: text, chosen, gaps });
        }}
      />
    </fieldset>
  );
}

/** The chosen wording as written, a small box at each «…» for what goes there (the card's last digits, the amount). */
function Gaps(props: { option: string; typed: string[]; onType(typed: string[]): void }) {
  const parts = props.option.split(GAP);
  const count = parts.length - 1;
  return (
    <>
      {parts.map((part, k) =>
        k === 0 ? (
          part
        ) : (
          <Fragment key={k}>
            <input
              type="text"
              class="op-search op-gap"
              autocomplete="off"
              aria-label={count > 1 ? `${sayFields('gap')} (${k}/${count})` : sayFields('gap')}
              placeholder={GAP}
              size={Math.max(3, (props.typed[k - 1] ?? '').length + 1)}
              value={props.typed[k - 1] ?? ''}
              onInput={(e) => {
                const typed = [...props.typed];
                typed[k - 1] = e.currentTarget.value;
                props.onType(typed);
              }}
            />
            {part}
          </Fragment>
        ),
      )}
    </>
  );
}
