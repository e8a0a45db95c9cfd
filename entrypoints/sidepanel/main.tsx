import { render } from 'preact';
import { getSettings } from '@/lib/store/settings';
import { startSidePanel } from '@/app/side-panel/side-panel';
import '@/components/pages.css';
import '@/components/overlay.css';
import '@/components/overlay/detail.css';
import '@/components/notes/notes.css';
import './sidepanel.css';

async function main() {
  // The panel follows the agent's settings until it closes (its page goes).
  const lifetime = new AbortController();
  addEventListener('pagehide', (e) => void (e.persisted || lifetime.abort()));
  await startSidePanel(document.getElementById('app')!, await getSettings(), render, lifetime.signal);
}

void main();
