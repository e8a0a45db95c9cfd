import { tp } from '@/lib/extension-page-strings';
import type { Settings } from '@/lib/store/settings';

export interface GeneralSectionProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** Language and theme: the settings every agent sees first. */
export function GeneralSection({ settings, onChange }: GeneralSectionProps) {
  return (
    <section aria-labelledby="general-h">
      <h2 id="general-h">{tp('options.title')}</h2>
      <label>
        {tp('options.language')}
        <select
          value={settings.uiLang}
          onChange={(e) => onChange({ uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}
        >
          <option value="auto">{tp('options.auto')}</option>
          <option value="el">Ελληνικά</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {tp('options.theme')}
        <select
          value={settings.theme}
          onChange={(e) => onChange({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })}
        >
          <option value="auto">{tp('options.auto')}</option>
          <option value="light">{tp('options.light')}</option>
          <option value="dark">{tp('options.dark')}</option>
        </select>
      </label>
    </section>
  );
}
