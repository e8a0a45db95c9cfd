import { readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { itemAuthor } from '@/lib/crm/roles';
import { ticketFacts } from '@/lib/crm/ticket-facts';
import { FIXTURES, loadFixture } from './load-fixture';

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

const agentOf = (html: string) => ticketFacts(page(html), undefined).agentName;

describe('the agent\'s name from the signed-in user\'s menu in the top bar', () => {
  it('the toggle of the menu that signs out, a labelled account menu, a lone avatar\'s initials beside the name', () => {
    expect(agentOf('<nav class="navbar"><div class="dropdown"><a href="#u" class="dropdown-toggle">Σοφία Αλεξίου ▾</a><ul class="dropdown-menu"><li><a href="#p">Προφίλ</a></li><li><a href="#o">Αποσύνδεση</a></li></ul></div></nav>')).toBe('Σοφία Αλεξίου');
    expect(agentOf('<header><button aria-label="Account menu"><span>Emma Clarke</span></button></header>')).toBe('Emma Clarke');
    expect(agentOf('<header><div class="brand">Northwind Support</div><div class="me"><span class="avatar">DR</span> Dana Reyes</div></header>')).toBe('Dana Reyes');
  });

  it('no name where the bar holds none of the user\'s: a mailbox dropdown, other viewers\' avatars, initials of another name', () => {
    expect(agentOf('<nav class="navbar"><a href="#m" class="dropdown-toggle">Northwind Support ▾</a><ul class="dropdown-menu"><li><a href="#f">Mine</a></li></ul></nav>')).toBeUndefined();
    expect(agentOf('<header><span class="avatar" title="Emma Clarke">EC</span><span class="avatar" title="Tom Baker">TB</span></header>')).toBeUndefined();
    expect(agentOf('<header><div><span class="avatar">XY</span> Northwind Support</div></header>')).toBeUndefined();
  });

  // A colleague's presence avatar in the same bar, first in the page's order: before, «Νίκος Α.» (its title) signed
  // the replies where the user's menu had no avatar, and the user's lone avatar beside it was read as nobody's.
  const VIEWING = '<div class="peers"><span class="avatar" title="Νίκος Α." aria-describedby="tip">ΝΑ</span><span role="tooltip" id="tip">Also viewing: Νίκος Α.</span></div>';
  it.each([
    [`<header>${VIEWING}<button aria-label="Λογαριασμός"><span class="initials">ΣΑ</span><span>Σοφία Αλεξίου</span></button></header>`, 'Σοφία Αλεξίου'],
    [`<nav class="navbar">${VIEWING}<div class="dropdown"><a href="#u" class="dropdown-toggle">Σοφία Αλεξίου ▾</a><ul class="dropdown-menu"><li><a href="#o">Αποσύνδεση</a></li></ul></div></nav>`, 'Σοφία Αλεξίου'],
    [`<header>${VIEWING}<div class="me"><span class="avatar">DR</span> Dana Reyes</div></header>`, 'Dana Reyes'],
    ['<header><span class="avatar" title="Νίκος Α." data-tooltip="Βλέπει επίσης το αίτημα">ΝΑ</span><div class="me"><span class="avatar">DR</span> Dana Reyes</div></header>', 'Dana Reyes'],
    ['<header><div class="collision"><span class="avatar" title="Νίκος Α.">ΝΑ</span></div><div class="me"><span class="avatar">DR</span> Dana Reyes</div></header>', 'Dana Reyes'],
  ])('a colleague\'s "also viewing" avatar beside the user\'s menu: the user %#', (html, name) => {
    expect(agentOf(html)).toBe(name);
  });

  it('a colleague\'s "also viewing" avatar alone in the bar is nobody: none rather than the wrong one', () => {
    expect(agentOf(`<header><div class="brand">Northwind Support</div>${VIEWING}</header>`)).toBeUndefined();
    expect(agentOf('<header><span class="avatar" title="Νίκος Α. (also viewing)">ΝΑ</span></header>')).toBeUndefined();
  });

  it('FreeScout\'s navbar dropdown and the workspace\'s avatar: the agent the reply is signed with', async () => {
    const fs = genericAdapter.read(await loadFixture('generic-freescout-history-el', 'http://127.0.0.1:8117/conversation/1342?folder_id=3'));
    expect(fs.agent).toMatchObject({ name: 'Σοφία Αλεξίου', firstName: 'Σοφία', lastName: 'Αλεξίου' });
    const ws = genericAdapter.read(await loadFixture('generic-workspace-events-en', 'http://127.0.0.1:8117/agent/tickets/4471'));
    expect(ws.agent).toMatchObject({ name: 'Dana Reyes', firstName: 'Dana', lastName: 'Reyes' });
  });

  it('no other fixture reads an agent it does not show', async () => {
    const shown: Record<string, string> = {
      'generic-freescout-history-el': 'Σοφία Αλεξίου',
      'generic-glpi-el': 'Σοφία Αλεξίου',
      'generic-osticket-el': 'Σοφία Αλεξίου',
      'generic-table': 'Ελένη Γεωργίου',
      'generic-workspace-events-en': 'Dana Reyes',
      'generic-znuny-el': 'Σοφία Αλεξίου',
      'unknown-desk': 'Dana Reyes',
    };
    const read: Record<string, string | undefined> = {};
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) {
      const name = file.replace(/\.html$/, '');
      const agent = genericAdapter.read(await loadFixture(name, 'http://127.0.0.1:8117/ticket/1')).agent.name;
      // RT names the agent by login and real name («Συνδεδεμένος ως agent», "agent (Support Agent)").
      if (!name.startsWith('generic-rt-')) read[name] = agent;
    }
    const expected = Object.fromEntries(Object.keys(read).map((name) => [name, shown[name]]));
    expect(read).toEqual(expected);
  }, 60000);
});
