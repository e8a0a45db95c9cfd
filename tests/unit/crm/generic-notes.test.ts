import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { loadFixture } from './load-fixture';

const DESK = join(import.meta.dirname, '..', '..', 'fixtures', 'desk');
const NOTE_COLOUR = /#fff8e1/; // what the desk paints its notes (long-thread.css .msg--note)

/** The long demo desk (tests/fixtures/desk/long-thread.*) built as its script builds it, with its stylesheet. */
function longDesk(lang: 'el' | 'en', css = (text: string) => text): Document {
  const win = new Window({
    url: `https://desk.example.com/tickets/48213?lang=${lang}`,
    settings: { disableCSSFileLoading: true, enableJavaScriptEvaluation: true },
  });
  const doc = win.document as unknown as Document;
  doc.write(readFileSync(join(DESK, 'long-thread.html'), 'utf8').replace(/<script[^>]*><\/script>|<link[^>]*>/g, ''));
  const style = doc.createElement('style');
  style.textContent = css(readFileSync(join(DESK, 'long-thread.css'), 'utf8'));
  doc.head.append(style);
  const script = doc.createElement('script');
  script.textContent = readFileSync(join(DESK, 'long-thread.js'), 'utf8');
  doc.body.append(script);
  return doc;
}

/** The notes with no word saying what they are: no badge, no "note" in their class or data-author, only their colour. */
function wordless(doc: Document): void {
  for (const note of doc.querySelectorAll('.msg--note')) {
    note.setAttribute('class', 'msg msg--aside');
    note.removeAttribute('data-author');
    note.querySelector('header b')?.remove();
  }
}

const NOTES = { el: /Λογιστήριο: η δεύτερη χρέωση|Ο πελάτης έχει 7 παραγγελίες/, en: /Billing: the second charge|Customer has 5 orders/ };

describe('generic reader: internal notes on the long demo desk', () => {
  it.each(['el', 'en'] as const)('%s: reads the notes (badge «Εσωτερική σημείωση» / "Internal note") as notes', (lang) => {
    const s = genericAdapter.read(longDesk(lang));
    const notes = s.messages!.filter((m) => NOTES[lang].test(m.text));
    expect(notes.map((m) => m.role)).toEqual(['internal', 'internal']);
    expect(s.messages!.filter((m) => m.role === 'internal')).toHaveLength(2);
  });

  // Browsers report a colour as rgb(), happy-dom as the stylesheet writes it: both forms are read.
  it.each([
    ['el', '#fff8e1'],
    ['en', 'rgb(255, 243, 196)'],
  ] as const)('%s: a note with no word for it is still a note by its colour (%s), and only by it', (lang, colour) => {
    const painted = longDesk(lang, (css) => `${css}\n.msg--aside { background-color: ${colour}; }`);
    wordless(painted);
    const s = genericAdapter.read(painted);
    expect(s.messages!.filter((m) => NOTES[lang].test(m.text)).map((m) => m.role)).toEqual(['internal', 'internal']);
    expect(s.messages!.filter((m) => m.role === 'internal')).toHaveLength(2);
    expect(s.latestCustomerMessage).not.toMatch(NOTES[lang]);
    // Unpainted, nothing tells them apart (the colour is what told them).
    const plain = longDesk(lang, (css) => css.replace(NOTE_COLOUR, '#ffffff'));
    wordless(plain);
    expect(genericAdapter.read(plain).messages!.filter((m) => NOTES[lang].test(m.text)).map((m) => m.role)).not.toContain('internal');
  });

  it('a desk that paints every message yellow has no notes by colour', () => {
    const doc = longDesk('en', (css) => `${css}\n.msg { background: #fff3c4 !important; }`);
    wordless(doc);
    expect(genericAdapter.read(doc).messages!.some((m) => m.role === 'internal')).toBe(false);
  });
});

describe('generic reader: Request Tracker comments (internal) on the saved pages', () => {
  it.each([
    ['generic-rt-ticket-el', 'http://127.0.0.1:8117/Ticket/Display.html?id=2', /^(Η courier λέει|Αναμονή παράδοσης)/],
    ['generic-rt-ticket-en', 'http://127.0.0.1:8197/Ticket/Display.html?id=4', /^(Courier says|Waiting for delivery)/],
  ])('%s: the comments are notes, the mail is not', async (name, url, comments) => {
    const s = genericAdapter.read(await loadFixture(name, url));
    expect(s.messages!.filter((m) => m.role === 'internal').map((m) => comments.test(m.text))).toEqual([true, true]);
    expect(s.messages!.filter((m) => m.role !== 'internal').some((m) => comments.test(m.text))).toBe(false);
    expect(s.messages!.filter((m) => m.role === 'customer')).toHaveLength(3);
  });
});
