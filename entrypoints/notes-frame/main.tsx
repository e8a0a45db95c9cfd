import { render } from 'preact';
import { signal } from '@preact/signals';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { applyPageLanguage } from '@/lib/extension-pages';
import { uiLang } from '@/lib/i18n';
import { connectToOverlay } from '@/lib/notes/frame-client';
import { parseFrameHash, type NotesTarget, type ToFrame } from '@/lib/notes/frame-protocol';
import '@/components/theme.css';
import '@/components/notes/notes.css';
import './notes-frame.css';

/**
 * The overlay's notes, typed here in an extension page rather than in the CRM page: the content script says which
 * interaction, language and theme; this page reports its height and Esc back.
 */
async function main() {
  const params = parseFrameHash(location.hash);
  const root = document.getElementById('app')!;
  if (!params) return;
  const target = signal<NotesTarget | undefined>(undefined);
  const App = () => <NotesPanel target={target.value} />;
  /** Focus the text once the editor has loaded it (a disabled field takes no focus); given up after a while. */
  const focusText = (tries = 300) => {
    const text = root.querySelector<HTMLTextAreaElement>('textarea');
    if (text && !text.disabled) text.focus();
    else if (tries > 0) requestAnimationFrame(() => focusText(tries - 1));
  };

  const onMessage = (msg: ToFrame) => {
    if (msg.kind === 'context') {
      uiLang.value = msg.lang;
      applyPageLanguage(msg.lang);
      // On the root too: its own class sets the light colours, which a theme on <html> alone would not override.
      document.documentElement.dataset.theme = msg.theme;
      root.dataset.theme = msg.theme;
      target.value = msg.target ?? undefined;
    } else if (msg.kind === 'focus') {
      focusText();
    }
  };
  const link = await connectToOverlay(params.token, onMessage);
  render(<App />, root);

  new ResizeObserver(() => link.post({ kind: 'size', height: root.getBoundingClientRect().height })).observe(root);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) link.post({ kind: 'escape' });
  });
}

void main();
