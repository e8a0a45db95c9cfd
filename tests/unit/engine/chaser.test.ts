import { describe, expect, it } from 'vitest';
import { analyseQuery } from '@/knowledge/engine/query';

/**
 * Issue 14 item 3 on the Request Tracker ticket #8: a thread whose latest message is "Any news?" after a complaint
 * signed "Thanks, Olivia". As the panel sends it (lib/crm/describe.ts): the latest message, the subject, the message
 * before it, with `latestEnd` where the latest ends.
 */
const thread = (latest: string, earlier: string, subject = 'Refund for returned headphones') => ({ text: [latest, subject, earlier].join('\n'), latestEnd: latest.length });
const REFUND_EN = 'Hello, I returned the headphones from order 30988 two weeks ago but I have not received my refund yet. Could you check please?\n\nThanks,\nOlivia';
const REFUND_EL = 'Καλησπέρα, επέστρεψα τα ακουστικά πριν από δύο εβδομάδες και ακόμα δεν έχω πάρει τα χρήματά μου. Μπορείτε να το ελέγξετε;\n\nΕυχαριστώ,\nΣοφία';
const read = ({ text, latestEnd }: { text: string; latestEnd: number }) => analyseQuery(text, latestEnd);
const kinds = (q: { cues: { kind: string }[] }) => q.cues.map((c) => c.kind);

describe("the cues of the moment come from the customer's latest message", () => {
  it.each([
    ['Any news?', REFUND_EN],
    ['Νέα;', REFUND_EL],
  ])('«%s» after a mail signed with thanks: no thanks cue (the first mail\'s sign-off was read as the moment\'s)', (latest, earlier) => {
    const { text, latestEnd } = thread(latest, earlier);
    expect(kinds(analyseQuery(text, latestEnd))).not.toContain('gratitude');
    // The same text with no boundary is one message, signed with thanks: the cue is read as before.
    expect(kinds(analyseQuery(text))).toContain('gratitude');
  });

  it('thanks in the latest message itself stay a cue', () => {
    for (const latest of ['Thanks, any news?', 'Ευχαριστώ, υπάρχει κάποια εξέλιξη;']) expect(kinds(read(thread(latest, REFUND_EN)))).toContain('gratitude');
  });

  it('praise in an earlier mail is no praise of the moment; anger there still is the customer\'s mood', () => {
    const praised = thread('I will send you the receipt tomorrow.', 'Great service, well done.', 'Receipt');
    expect(kinds(analyseQuery(praised.text))).toContain('praise');
    expect(kinds(read(praised))).not.toContain('praise');
    const angry = 'This is unacceptable, the refund is two weeks late. Thanks, Olivia';
    expect(kinds(read(thread('Any news?', angry)))).toEqual(['anger']);
  });
});

describe('a short chaser after earlier messages is told apart', () => {
  it.each(['Any news?', 'Any update on this?', 'Still waiting', 'Still waiting...', 'Update?', 'Hi, any news on my refund? Olivia'])('English «%s»', (latest) => {
    expect(read(thread(latest, REFUND_EN)).chaser).toBe(true);
  });
  it.each(['Νέα;', 'Κάποια νέα;', 'Υπάρχει κάποια εξέλιξη;', 'Ακόμα περιμένω', 'Καμία ενημέρωση;', 'Kamia enhmerwsh?', 'nea?'])('Greek «%s»', (latest) => {
    expect(read(thread(latest, REFUND_EL)).chaser).toBe(true);
  });

  it.each([
    ['Θέλω νέα κάρτα', 'new, not news'],
    ['I need to update my address', 'a software or address update, not news'],
    ['Thanks, got it!', 'a closing'],
    ['The headphones arrived broken, I want a replacement and I am still waiting for any update from the courier who never came back to me', 'a long message: a new request, not a chaser'],
  ])('«%s» is no chaser (%s)', (latest) => {
    expect(read(thread(latest, REFUND_EN)).chaser).toBe(false);
  });

  it('a lone message that asks for news is its own topic: no chaser without a thread before it', () => {
    expect(analyseQuery('Any news?').chaser).toBe(false);
    expect(analyseQuery('Any news?', 'Any news?'.length).chaser).toBe(false);
  });
});
