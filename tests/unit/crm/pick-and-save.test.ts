import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericAdapter, pickAdapter } from '@/lib/crm';
import { find } from '@/lib/crm/dom';
import { pickAndSaveProfile } from '@/lib/crm/pick-and-save';
import { PICKER_TAG } from '@/lib/crm/picker';
import { profileProblems } from '@/lib/crm/profile-check';
import { getSiteProfiles, siteProfilesFor } from '@/lib/crm/site-profiles';
import { loadFixture } from './load-fixture';

const URL = 'https://desk.parcelo.example/tickets/5521';
const LATEST = 'I was charged twice on my card for this order, two identical payments of 49.90. Please refund the duplicate charge.';
const labels = { message: 'messages', reply: 'reply' };

const hover = (el: Element) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const key = (doc: Document, k: string) => doc.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
/** Let the picker's promise chain move from the first pick to the second. */
const settle = async () => {
  for (let i = 0; i < 4; i++) await Promise.resolve();
};

async function pickTwo(doc: Document, message: Element, reply: Element) {
  const steps: string[] = [];
  const outcome = pickAndSaveProfile(doc, { labels, onStep: (s) => steps.push(s) });
  hover(message);
  click(message);
  await settle();
  hover(reply);
  click(reply);
  return { outcome: await outcome, steps };
}

beforeEach(() => fakeBrowser.reset());

describe('the unknown desk (the e2e page): the picker is not needed to read it right', () => {
  it('the generic reader reads the plain thread, not the timestamped activity log beside it (a log speaks to nobody)', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    expect(pickAdapter(doc.location, doc)).toBe(genericAdapter);
    const s = genericAdapter.read(doc);
    // The log's «Password reset email sent to the account holder» was read as the customer's latest words.
    expect(s.latestCustomerMessage).toBe(LATEST);
    expect(s.messages?.map((m) => [m.role, m.author])).toEqual([['customer', 'Maria Lopez'], ['agent', 'Dana Reyes'], ['customer', 'Maria Lopez']]);
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/Password reset|Newsletter|Account created|System/);
    // The reply box is the one beside the thread: a box for team comments is not where replies go.
    expect(genericAdapter.replyEditor(doc)).toBe(doc.querySelector('.ed'));
  });
});

describe('pickAndSaveProfile: two picks, a trial read, then saved for the origin', () => {
  it('saves a profile that reads the picked thread and types into the picked box', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const editor = doc.querySelector('.ed')!;
    const { outcome, steps } = await pickTwo(doc, doc.querySelector('.stream')!, editor);
    expect(steps).toEqual(['message', 'reply']);
    expect(outcome).toEqual({ kind: 'saved', profile: { match: 'https://desk.parcelo.example', message: expect.any(String), reply: expect.any(String) } });
    expect(await getSiteProfiles()).toHaveLength(1);
    const adapter = pickAdapter(doc.location, doc, await siteProfilesFor(URL));
    expect(adapter.id).toBe('profile');
    expect(adapter.read(doc).latestCustomerMessage).toBe(LATEST);
    expect(adapter.read(doc).customer.name).toBe('Maria Lopez');
    expect(adapter.replyEditor(doc)).toBe(editor);
  });

  it('a click on a paragraph inside the rich editor, or on the frame around it, means the editor', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const editor = doc.querySelector('.ed')!;
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'Dear Maria,';
    editor.append(paragraph);
    const replyOf = ({ outcome }: Awaited<ReturnType<typeof pickTwo>>) => (outcome.kind === 'saved' ? find(doc, outcome.profile.reply) : undefined);
    expect(replyOf(await pickTwo(doc, doc.querySelector('.stream')!, paragraph))).toBe(editor);
    expect(replyOf(await pickTwo(doc, doc.querySelector('.stream')!, doc.querySelector('.composer')!))).toBe(editor);
  });

  it('saves nothing and says why when the picks do not read: the empty reply box, then the Send button', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const { outcome } = await pickTwo(doc, doc.querySelector('.ed')!, doc.querySelector('.composer button')!);
    expect(outcome).toEqual({ kind: 'not-saved', problems: ['no-message', 'no-reply-box'], invalid: [] });
    expect(await getSiteProfiles()).toEqual([]);
  });

  it('Esc at the second pick cancels: nothing saved, the picker gone', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const making = pickAndSaveProfile(doc, { labels });
    click(doc.querySelector('.stream')!);
    await settle();
    key(doc, 'Escape');
    expect(await making).toEqual({ kind: 'cancelled' });
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
    expect(await getSiteProfiles()).toEqual([]);
  });

  it('an aborted signal cancels too (the overlay was collapsed)', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const stop = new AbortController();
    const making = pickAndSaveProfile(doc, { labels, signal: stop.signal });
    stop.abort();
    expect(await making).toEqual({ kind: 'cancelled' });
    expect(await getSiteProfiles()).toEqual([]);
  });
});

describe('profileProblems', () => {
  it('is empty for picks that read, and names each part that does not', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const match = 'https://desk.parcelo.example';
    expect(profileProblems(doc, { match, message: '.stream', reply: '.ed' })).toEqual([]);
    expect(profileProblems(doc, { match, message: '.gone', reply: '.ed' })).toEqual(['no-message']);
    expect(profileProblems(doc, { match, message: '.stream', reply: '.topbar' })).toEqual(['no-reply-box']);
  });
});
