import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { itemAuthor } from '@/lib/crm/roles';
import { loadFixture } from './load-fixture';

/**
 * Who the people of a page no adapter knows are: a message's author without the badges and role chips set beside
 * the name, and the agent's own name from the signed-in user's menu in the top bar (so that a reply signed
 * {{agent.name}} needs no question).
 */
function page(html: string): Document {
  const win = new Window({ url: 'http://127.0.0.1:8117/ticket/1', settings: { disableJavaScriptEvaluation: true } });
  win.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return win.document as unknown as Document;
}

const BODY = '<div class="body"><p>The parcel is stuck at the depot; the courier expects to deliver it on Monday morning.</p></div>';

describe('an author is the name, not the badges beside it', () => {
  it.each([
    ['<span class="sender">Dana Reyes <span class="badge">Internal note</span></span>', 'Dana Reyes'],
    ['<span class="author">Σοφία Αλεξίου <span>Εσωτερική σημείωση</span></span>', 'Σοφία Αλεξίου'],
    ['<span class="author"><a href="#u1">Olivia Grant</a> <span class="chip">Customer</span></span>', 'Olivia Grant'],
    ['<span class="author">Κατερίνα Νικολάου <em>Πελάτης</em></span>', 'Κατερίνα Νικολάου'],
    ['<span class="author"><span class="role-tag">Agent</span> Emma Clarke</span>', 'Emma Clarke'],
    // A name in an element of its own inside the author's keeps its words.
    ['<span class="author"><b>Maria</b> <b>Lopez</b></span>', 'Maria Lopez'],
  ])('%s', (header, name) => {
    const item = page(`<article><div class="header">${header}</div>${BODY}</article>`).querySelector('article')!;
    expect(itemAuthor(item).name).toBe(name);
  });

  it('the workspace\'s internal note is Dana Reyes\'s', async () => {
    const ws = genericAdapter.read(await loadFixture('generic-workspace-events-en', 'http://127.0.0.1:8117/agent/tickets/4471'));
    // Before: the note's author was "Dana Reyes Internal note", nobody the thread knew.
    expect(ws.messages?.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Olivia Grant'],
      ['agent', 'Dana Reyes'],
      ['internal', 'Dana Reyes'],
      ['customer', 'Olivia Grant'],
    ]);
  });
});
