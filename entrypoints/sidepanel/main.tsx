import { render } from 'preact';
import { resolveUiLang, t, uiLang } from '@/lib/i18n';
import { getSettings } from '@/lib/store/settings';
import { applyPageLanguage } from '@/lib/extension-pages';
import '@/components/pages.css';

async function main() {
  uiLang.value = resolveUiLang((await getSettings()).uiLang);
  applyPageLanguage(uiLang.value);
  render(
    <main class="options">
      <h1>{t('app.name')}</h1>
      <p class="muted">{t('sidepanel.noTab')}</p>
    </main>,
    document.getElementById('app')!,
  );
}

void main();
