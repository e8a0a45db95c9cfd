import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter, pickAdapter } from '@/lib/crm';
import { shownTimeOf } from '@/lib/crm/shown-time';
import { parseShownTime } from '@/knowledge/text/shown-time';
import { loadFixture } from './load-fixture';

/**
 * QC times a first response from the time the helpdesk shows for the customer's message: on the corpus pages
 * (tests/fixtures/corpus, after each product's markup) each message read carries the words its page shows, and
 * they turn into the moment written. Pages that show no time on a message (Intercom's thread) give none.
 */
const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

async function load(name: string): Promise<Document> {
  const { url } = JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { url: string };
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = win.document as unknown as Document;
  doc.write(readFileSync(join(CORPUS, `${name}.html`), 'utf8'));
  await win.happyDOM.waitUntilComplete();
  return doc;
}

const NOW = Date.UTC(2026, 2, 9, 18, 0);
const day = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString().slice(0, 16));

describe('the time each message shows, on helpdesk pages', () => {
  it.each([
    // Gmail's short '09:12' carries the full date in its title; Redmine's «πριν από 5 ώρες» too.
    ['gmail', ['2026-03-09T09:12', '2026-03-09T09:40', '2026-03-09T11:05']],
    ['redmine', [undefined, '2026-03-09T09:40', '2026-03-09T11:05', '2026-03-09T14:22']],
    ['zendesk', ['2026-03-09T09:12', '2026-03-09T09:40', '2026-03-09T11:05', '2026-03-09T14:22']],
    ['zohodesk', ['2026-03-09T09:12', '2026-03-09T09:40', '2026-03-09T11:05', '2026-03-09T14:22']],
    ['intercom', [undefined, undefined, undefined]],
  ])('%s, read generically and by its adapter', async (name, want) => {
    const doc = await load(name);
    const readers = [genericAdapter, pickAdapter(doc.location, doc)];
    for (const reader of readers) {
      const times = (reader.read(doc).messages ?? []).map((m) => (m.time === undefined ? undefined : day(parseShownTime(m.time, NOW))));
      expect(times, reader.id).toEqual(want);
    }
  });
});

describe('what is a time inside a message', () => {
  const item = (html: string) => {
    const win = new Window();
    win.document.body.innerHTML = `<article>${html}</article>`;
    return win.document.querySelector('article') as unknown as Element;
  };
  it('a title that shows a clock is the full date; other titles (a link, a person) are not', () => {
    expect(shownTimeOf(item('<a title="Re: παραγγελία 100482">σύνδεσμος</a><p>Καλησπέρα</p><span class="g3" title="9 Μαρ 2026, 09:12">09:12</span>'))).toBe(
      '9 Μαρ 2026, 09:12',
    );
    expect(shownTimeOf(item('<a title="Re: παραγγελία 100482">σύνδεσμος</a><p>Καλησπέρα σας</p>'))).toBeUndefined();
  });
  it('a bare "3h" in a time element is three hours ago', () => {
    expect(shownTimeOf(item('<p>Hello</p><span class="ago">3h</span>'))).toBe('3h');
    expect(parseShownTime('3h', NOW)).toBe(NOW - 3 * 3_600_000);
    expect(parseShownTime('5 λεπτά', NOW)).toBe(NOW - 5 * 60_000);
    expect(parseShownTime('2026', NOW)).not.toBe(NOW);
  });
});

describe('Request Tracker\'s history rows ("Sun Dec 06 00:08:16 2026")', () => {
  it('keep the seconds they show: the agent\'s reply is not timed before the templates inserted into it', async () => {
    const doc = await loadFixture('generic-rt-ticket-en', 'http://127.0.0.1:8197/Ticket/Display.html?id=4');
    const shown = (genericAdapter.read(doc).messages ?? []).map((m) => m.time ?? '');
    expect(shown[0]).toMatch(/^\w{3}\s+Dec\s+06\s+00:08:\d\d\s+2026$/);
    const at = shown.map((t) => parseShownTime(t, new Date(2026, 11, 6, 0, 30).getTime())!);
    expect(at.map((t) => new Date(t).toTimeString().slice(0, 8))).toEqual(shown.map((t) => t.split(/\s+/)[3]));
    expect(parseShownTime('Sun Dec 06 00:24:40 2026', new Date(2026, 11, 6, 1, 0).getTime())).toBe(new Date(2026, 11, 6, 0, 24, 40).getTime());
    expect(parseShownTime('09:12', NOW)).toBe(new Date(new Date(NOW).setHours(9, 12, 0, 0)).getTime());
  });
});
