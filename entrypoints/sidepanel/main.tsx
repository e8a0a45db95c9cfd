import { render } from 'preact';
import { resolveUiLang, uiLang } from '@/lib/i18n';
import { getSettings } from '@/lib/store/settings';
import { applyPageLanguage } from '@/lib/extension-pages';
import { startSidePanel } from '@/app/side-panel/side-panel';
import '@/components/pages.css';
import '@/components/overlay.css';
import '@/components/overlay/detail.css';
import '@/components/notes/notes.css';
import './sidepanel.css';

async function main() {
  const settings = await getSettings();
  uiLang.value = resolveUiLang(settings.uiLang);
  applyPageLanguage(uiLang.value);
  await startSidePanel(document.getElementById('app')!, settings, render);
}

void main();
