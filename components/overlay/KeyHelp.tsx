import { useLayoutEffect, useRef } from 'preact/hooks';
import { defineStrings, fill } from '@/lib/i18n';

const say = defineStrings({
  title: { el: 'Πλήκτρα', en: 'Keys' },
  close: { el: 'Κλείσιμο', en: 'Close' },
  focus: {
    el: 'Από τη σελίδα στο πάνελ (ανοίγει αν είναι κλειστό) και πίσω εκεί που γράφατε.',
    en: 'From the page into the panel (opens it if folded), and back to where you were typing.',
  },
  toggle: { el: 'Άνοιγμα ή σύμπτυξη του πάνελ.', en: 'Open or fold the panel.' },
  palette: { el: 'Παλέτα προτύπων στο πλαίσιο απάντησης, δίπλα στον κέρσορα.', en: 'Template palette in the reply box, beside the caret.' },
  shortcut: { el: 'Εισαγωγή προτύπου με τη συντόμευσή του (π.χ. {example}).', en: 'Insert a template by its shortcut (e.g. {example}).' },
  paletteKeys: { el: 'Στην παλέτα: επιλογή, εισαγωγή, κλείσιμο.', en: 'In the palette: choose, insert, close.' },
  listKeys: { el: 'Στις προτάσεις: μετακίνηση, πρώτη/τελευταία, άνοιγμα.', en: 'In the suggestions: move, first/last, open.' },
  back: { el: 'Πίσω από μια διαδικασία ή ένα πρότυπο· καθαρισμός της αναζήτησης.', en: 'Back from an SOP or template; clear the search.' },
  help: { el: 'Αυτή η λίστα.', en: 'This list.' },
});

/**
 * A combo that may wrap after each «+» («Ctrl+Shift+» over «Space»): in a 300 px panel the key column is 40 %, and
 * «Ctrl+Shift+Space» unbroken ran over the words beside it.
 */
const breakablePlus = (combo: string) => combo.split(/(?<=\+)(?=.)/).flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]));

export interface KeyHelpProps {
  /** The agent's combos as set in options. */
  keys: { toggle: string; focus: string; palette: string; trigger: string };
  onClose(): void;
}

/** Every key Odigos listens to, with the agent's own combos; opened with `?` in the panel. */
export function KeyHelp(props: KeyHelpProps) {
  const { keys } = props;
  const close = useRef<HTMLButtonElement>(null);
  // Focus moves into the list as it appears. Giving it back is the opener's (OverlayApp): a cleanup here would run
  // after paint (Preact 11 defers passive cleanups) and could take focus from wherever the agent has gone meanwhile.
  useLayoutEffect(() => close.current?.focus(), []);
  const rows: Array<[string[], string]> = [
    [[keys.focus], say('focus')],
    [[keys.toggle], say('toggle')],
    [[keys.palette], say('palette')],
    [[`${keys.trigger}…`, 'Tab'], fill(say('shortcut'), { example: `${keys.trigger}sorry` })],
    [['↑', '↓', 'Enter', 'Esc'], say('paletteKeys')],
    [['↑', '↓', 'Home', 'End', 'Enter'], say('listKeys')],
    [['Esc'], say('back')],
    [['?'], say('help')],
  ];
  return (
    <section
      class="odigos-keyhelp"
      role="dialog"
      aria-labelledby="odigos-keyhelp-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === '?') {
          e.preventDefault();
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header class="odigos-keyhelp-head">
        <h2 id="odigos-keyhelp-title">{say('title')}</h2>
        <button type="button" class="odigos-icon-btn" ref={close} onClick={props.onClose}>
          {say('close')}
        </button>
      </header>
      <dl class="odigos-keys">
        {rows.map(([keys, what]) => (
          <div key={keys.join()} class="odigos-key-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{breakablePlus(k)}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
