import { useEffect, useRef, useState } from 'preact/hooks';
import { defineStrings } from '@/lib/i18n';
import { readTypedDay, readTypedWhen, typedDay, typedWhen } from '@/lib/notes/typed-date';

const say = defineStrings({
  'date.dayShape': { el: 'ηη/μμ/εεεε', en: 'dd/mm/yyyy' },
  'date.whenShape': { el: 'ηη/μμ/εεεε ωω:λλ', en: 'dd/mm/yyyy hh:mm' },
  'date.dayWrong': {
    el: 'Η ημερομηνία δεν αναγνωρίστηκε και δεν άλλαξε τίποτα· γράψτε την ως ηη/μμ/εεεε, π.χ. 01/12/2026.',
    en: 'The date was not recognised and nothing changed; write it as dd/mm/yyyy, e.g. 01/12/2026.',
  },
  'date.whenWrong': {
    el: 'Η ημερομηνία δεν αναγνωρίστηκε και δεν άλλαξε τίποτα· γράψτε ημερομηνία και ώρα ως ηη/μμ/εεεε ωω:λλ, π.χ. 10/12/2026 14:00.',
    en: 'The date was not recognised and nothing changed; write the date and time as dd/mm/yyyy hh:mm, e.g. 10/12/2026 14:00.',
  },
});

export interface TypedDateProps {
  label: string;
  /** A day and a time of day (the follow-up), else a day only (a range's day). */
  withTime?: boolean;
  value: number | null;
  disabled?: boolean;
  readOnly?: boolean;
  /** The id of the words that say the value beside the field, when they are shown. */
  saidBy?: string;
  /** The id the field's complaint takes (unique on the page). */
  wrongId: string;
  /** The label's class and the text's (the editor sets its label text in a span). */
  labelClass?: string;
  textClass?: string;
  onValue(ms: number | null): void;
}

/**
 * A date field that reads and writes the day first, in the agent's language, in any browser: the browser's own
 * (type=date, datetime-local) drew the browser's locale instead, month first with AM/PM on an English Chrome
 * («12/10/2026, 02:00 PM» for a Greek agent's 10 December, 14:00). What the agent types is taken as soon as it reads
 * as a date; what does not read as one is said when the agent leaves the field, nothing changed.
 */
export function TypedDate(p: TypedDateProps) {
  const read = p.withTime ? readTypedWhen : readTypedDay;
  const write = (ms: number | null) => (ms === null ? '' : p.withTime ? typedWhen(ms) : typedDay(ms));
  const [text, setText] = useState(() => write(p.value));
  const [wrong, setWrong] = useState(false);
  const typed = useRef(text);
  typed.current = text;
  /** Whether the text stands for the value (a range's end is kept as the next day's start less 1 ms). */
  const says = (t: string, value: number | null) => {
    const r = read(t);
    return r !== undefined && write(r) === write(value);
  };
  // A value set elsewhere (the note loaded, another tab) is shown; one the agent is typing stays as typed.
  useEffect(() => {
    if (!says(typed.current, p.value)) {
      setText(write(p.value));
      setWrong(false);
    }
  }, [p.value]);
  const described = [wrong ? p.wrongId : undefined, p.value === null ? undefined : p.saidBy].filter(Boolean).join(' ');
  return (
    <>
      <label class={p.labelClass}>
        <span class={p.textClass}>{p.label}</span>
        <input
          type="text"
          class="typed-date"
          data-with-time={p.withTime ? 'true' : undefined}
          autocomplete="off"
          spellcheck={false}
          placeholder={say(p.withTime ? 'date.whenShape' : 'date.dayShape')}
          value={text}
          disabled={p.disabled}
          readOnly={p.readOnly}
          aria-invalid={wrong ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(e) => {
            const t = e.currentTarget.value;
            setText(t);
            const r = read(t);
            if (r === undefined) return;
            setWrong(false);
            if (!says(t, p.value)) p.onValue(r);
          }}
          onBlur={() => {
            const r = read(text);
            setWrong(r === undefined);
            if (r !== undefined) setText(write(r));
          }}
        />
      </label>
      {wrong && (
        <span id={p.wrongId} class="typed-date-wrong" role="alert">
          {say(p.withTime ? 'date.whenWrong' : 'date.dayWrong')}
        </span>
      )}
    </>
  );
}
