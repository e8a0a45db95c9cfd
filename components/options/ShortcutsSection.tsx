import { useSignal } from '@preact/signals';
import { defineStrings, fill, sayCommon } from '@/lib/i18n';
import { parseTypedHotkey } from '@/lib/hotkey';
import type { Settings } from '@/lib/store/settings';

const say = defineStrings({
  title: { el: 'Συντομεύσεις και παλέτα', en: 'Shortcuts and palette' },
  trigger: { el: 'Χαρακτήρας έναρξης συντόμευσης', en: 'Shortcut trigger' },
  triggerHelp: {
    el: 'Γράψτε π.χ. {trigger}sorry και πατήστε Tab για να μπει το πρότυπο.',
    en: 'Type e.g. {trigger}sorry and press Tab to insert the template.',
  },
  triggerBad: { el: 'Χρησιμοποιήστε 1 έως 3 χαρακτήρες χωρίς κενά.', en: 'Use 1 to 3 characters without spaces.' },
  instant: { el: 'Άμεση εισαγωγή χωρίς Tab όταν η συντόμευση ταιριάζει ακριβώς', en: 'Insert at once, without Tab, on an exact match' },
  hotkey: { el: 'Συνδυασμός πλήκτρων παλέτας', en: 'Palette hotkey' },
  focusHotkey: { el: 'Πλήκτρα εστίασης στο πάνελ (και πίσω)', en: 'Key to focus the panel (and back)' },
  hotkeyBad: {
    el: 'Δεν αναγνωρίστηκε και δεν αποθηκεύτηκε. Γράψτε Ctrl, Alt ή Meta (και, αν θέλετε, Shift) και ένα πλήκτρο, π.χ. Ctrl+Shift+Space.',
    en: 'Not recognised, so not saved. Write Ctrl, Alt or Meta (and Shift if you like) and one key, e.g. Ctrl+Shift+Space.',
  },
  formality: { el: 'Ύφος προτύπων', en: 'Template style' },
});

export interface ShortcutsSectionProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** How shortcuts start and expand, the palette's hotkey, and the formality templates are picked in. */
export function ShortcutsSection({ settings, onChange }: ShortcutsSectionProps) {
  const trigger = useSignal(settings.shortcutTrigger);
  const triggerOk = /^\S{1,3}$/u.test(trigger.value);
  return (
    <section aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">{say('title')}</h2>
      <p>
        <label>
          {say('trigger')}
          <input
            type="text"
            size={4}
            value={trigger.value}
            aria-invalid={!triggerOk}
            aria-describedby="trigger-help"
            onInput={(e) => {
              trigger.value = e.currentTarget.value;
              if (/^\S{1,3}$/u.test(trigger.value)) onChange({ shortcutTrigger: trigger.value });
            }}
          />
        </label>
        <span id="trigger-help" class="muted" role={triggerOk ? undefined : 'alert'}>
          {triggerOk ? fill(say('triggerHelp'), { trigger: trigger.value }) : say('triggerBad')}
        </span>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.instantExpand}
            onChange={(e) => onChange({ instantExpand: e.currentTarget.checked })}
          />
          {say('instant')}
        </label>
      </p>
      <HotkeyField label={say('hotkey')} value={settings.paletteHotkey} onValid={(paletteHotkey) => onChange({ paletteHotkey })} />
      <HotkeyField label={say('focusHotkey')} value={settings.focusHotkey} onValid={(focusHotkey) => onChange({ focusHotkey })} />
      <p>
        <label>
          {say('formality')}
          <select
            value={settings.formality}
            onChange={(e) => onChange({ formality: e.currentTarget.value as Settings['formality'] })}
          >
            <option value="formal">{sayCommon('formality.formal')}</option>
            <option value="informal">{sayCommon('formality.informal')}</option>
          </select>
        </label>
      </p>
    </section>
  );
}

/** A key combo the agent types ("Ctrl+Shift+Space"); saved only once it is one the page can recognise. */
function HotkeyField(props: { label: string; value: string; onValid(combo: string): void }) {
  const combo = useSignal(props.value);
  const ok = parseTypedHotkey(combo.value) !== null;
  return (
    <p>
      <label>
        {props.label}
        <input
          type="text"
          value={combo.value}
          aria-invalid={!ok}
          onInput={(e) => {
            combo.value = e.currentTarget.value;
            if (parseTypedHotkey(combo.value)) props.onValid(combo.value.trim());
          }}
        />
      </label>
      {!ok && <span role="alert">{say('hotkeyBad')}</span>}
    </p>
  );
}
