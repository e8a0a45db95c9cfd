import { sayPages } from '@/lib/extension-page-strings';
import type { Settings } from '@/lib/store/settings';

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
    </section>
  );
}
