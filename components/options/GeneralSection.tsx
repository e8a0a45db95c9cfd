import { useSignal } from '@preact/signals';
import { defineStrings, fill } from '@/lib/i18n';
import { sayPages } from '@/lib/extension-page-strings';
import type { Settings } from '@/lib/store/settings';
import { LATIN_NAME_MAX, latinNameProblem } from '@/knowledge/names/latin-name';
import { romanise } from '@/knowledge/names/romanise';

const say = defineStrings({
  latinName: { el: 'Το όνομά σας στις αγγλικές απαντήσεις', en: 'Your name in English replies' },
  latinNameHelp: {
    el: 'Με λατινικούς χαρακτήρες, όπως το γράφετε εσείς (π.χ. Helen για την Ελένη). Αν μείνει κενό, τα αγγλικά πρότυπα γράφουν «{elot}».',
    en: 'In Latin letters, as you spell it (e.g. "Helen" where passports write "Eleni"). Left empty, English templates write "{elot}".',
  },
  latinNameHelpUnnamed: {
    el: 'Με λατινικούς χαρακτήρες, όπως το γράφετε εσείς (π.χ. Helen για την Ελένη). Αν μείνει κενό, τα αγγλικά πρότυπα μεταγράφουν το ελληνικό σας όνομα όπως τα διαβατήρια.',
    en: 'In Latin letters, as you spell it (e.g. "Helen" where passports write "Eleni"). Left empty, English templates spell your Greek name as passports do.',
  },
  latinNameScript: {
    el: 'Δεν αποθηκεύτηκε: γράψτε το μόνο με λατινικά γράμματα (π.χ. Helen Georgiou).',
    en: 'Not saved: write it in Latin letters only (e.g. Helen Georgiou).',
  },
  latinNameLength: {
    el: 'Δεν αποθηκεύτηκε: έως {max} χαρακτήρες.',
    en: 'Not saved: {max} characters at most.',
  },
});

export interface GeneralSectionProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** Language, theme and the agent's name: the settings every agent sees first. */
export function GeneralSection({ settings, onChange }: GeneralSectionProps) {
  const unnamed = !settings.agentName.trim();
  return (
    <section aria-labelledby="general-h">
      <h2 id="general-h">{sayPages('options.general')}</h2>
      <div class="field-row">
        <label>
          {sayPages('options.language')}
          <select
            value={settings.uiLang}
            onChange={(e) => onChange({ uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}
          >
            <option value="auto">{sayPages('options.auto')}</option>
            <option value="el">Ελληνικά</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {sayPages('options.theme')}
          <select
            value={settings.theme}
            onChange={(e) => onChange({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })}
          >
            <option value="auto">{sayPages('options.auto')}</option>
            <option value="light">{sayPages('options.light')}</option>
            <option value="dark">{sayPages('options.dark')}</option>
          </select>
        </label>
      </div>
      <div class="field-row">
        <label>
          {sayPages('options.agentName')}
          <input
            type="text"
            autocomplete="name"
            value={settings.agentName}
            aria-describedby="agent-name-help"
            onChange={(e) => onChange({ agentName: (e.currentTarget as HTMLInputElement).value.trim() })}
          />
        </label>
      </div>
      <p id="agent-name-help" class={unnamed ? 'notice' : 'muted'}>
        {sayPages(unnamed ? 'options.agentNameAsk' : 'options.agentNameHelp')}
      </p>
      <LatinNameField settings={settings} onChange={onChange} />
    </section>
  );
}

/**
 * The agent's name as English replies write it: saved only when it is a name in Latin letters (or empty), else said
 * why and kept as typed for the agent to correct.
 */
function LatinNameField({ settings, onChange }: GeneralSectionProps) {
  const typed = useSignal(settings.agentNameLatin);
  const problem = latinNameProblem(typed.value);
  const elot = romanise(settings.agentName.trim());
  return (
    <>
      <div class="field-row">
        <label>
          {say('latinName')}
          <input
            type="text"
            lang="en"
            value={typed.value}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby="agent-name-latin-help"
            onInput={(e) => (typed.value = e.currentTarget.value)}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              if (!latinNameProblem(value)) onChange({ agentNameLatin: value });
            }}
          />
        </label>
      </div>
      <p id="agent-name-latin-help" class="muted" role={problem ? 'alert' : undefined}>
        {problem === 'script'
          ? say('latinNameScript')
          : problem === 'length'
            ? fill(say('latinNameLength'), { max: String(LATIN_NAME_MAX) })
            : elot
              ? fill(say('latinNameHelp'), { elot })
              : say('latinNameHelpUnnamed')}
      </p>
    </>
  );
}
