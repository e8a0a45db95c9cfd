import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';

const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const COMMENT = /^Retention offer made/;

/**
 * The saved Front page of the reading-accuracy corpus (tests/fixtures/corpus/front.html), read as if Odigos knew
 * nothing of Front, after `edit` changes its markup. Front draws every message with the customer with its message
 * viewer and a teammate's comment ("Emma Clarke commented") with another component.
 */
async function front(edit: (doc: Document) => void = () => {}): Promise<Document> {
  const win = new Window({ url: 'https://app.frontapp.com/open/cnv_8h2k1x', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = win.document as unknown as Document;
  doc.write(readFileSync(join(CORPUS, 'front.html'), 'utf8'));
  await win.happyDOM.waitUntilComplete();
  edit(doc);
  return doc;
}

const rename = (doc: Document, from: string, to: (i: number) => string) =>
  [...doc.querySelectorAll(`[class^="${from}"]`)].forEach((el, i) => el.setAttribute('class', to(i)));

describe('generic reader: a teammate\'s comment drawn apart from the messages', () => {
  it('is a note, not the agent\'s reply (Front\'s comment among its message viewers)', async () => {
    const s = genericAdapter.read(await front());
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(s.messages?.find((m) => COMMENT.test(m.text))?.role).toBe('internal');
    expect(s.latestCustomerMessage).not.toMatch(COMMENT);
  });

  it('stays the agent\'s where the markup says it was sent to the customer', async () => {
    const doc = await front((d) => rename(d, 'commentItem__StyledComment', () => 'outboundCard__StyledCard-sc-77'));
    expect(genericAdapter.read(doc).messages?.find((m) => COMMENT.test(m.text))?.role).toBe('agent');
  });

  it('stays the customer\'s when the customer wrote it', async () => {
    const doc = await front((d) => {
      const author = d.querySelector('[class^="commentItem__StyledAuthor"]')!;
      author.firstChild!.textContent = 'Oliver Grant ';
    });
    expect(genericAdapter.read(doc).messages?.find((m) => COMMENT.test(m.text))?.role).toBe('customer');
  });

  it('leaves chat bubbles drawn apart per side alone: one shape for the customer, another for the agent', async () => {
    // The customer's bubbles on one side, the agent's on the other, no word saying whose: the agent's reply is of
    // another shape than the customer's, and still the agent's.
    const doc = await front((d) => {
      const messages = [...d.querySelectorAll('[class^="messageViewer__StyledMessage"]')];
      messages.forEach((el, i) => el.setAttribute('class', i === 1 ? 'rightBubble__Styled-sc-2 aBc' : 'leftBubble__Styled-sc-1 aBc'));
      d.querySelector('[class^="commentItem__StyledComment"]')!.remove();
    });
    expect(genericAdapter.read(doc).messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
