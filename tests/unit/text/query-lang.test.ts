import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '@/knowledge/node/compile';
import { queryLang, vocabulary, type Worded } from '@/knowledge/text/query-lang';

/** The bundled packs' templates, as the palette searches them. */
const words = vocabulary(
  ['el-core', 'en-core'].flatMap((p) => compilePack(join(process.cwd(), 'knowledge/packs', p)).entries.filter((e): e is Worded & typeof e => e.type === 'template')),
);

describe('the language of an agent\u2019s query', () => {
  it.each(['refund confirmed', 'refund timeline', 'double charge', 'Duplicate charge refunded', 'cancel order'])(
    '"%s": English words of the English templates that read as no Greek word are English',
    (q) => expect(queryLang(q, words)).toBe('en'),
  );

  it.each(['diplh xrewsh', 'epistrofh xrhmatwn', 'kathysterhsh', 'akyrwsh', 'efxaristo', 'paraggelia'])('«%s»: Greeklish is Greek', (q) =>
    expect(queryLang(q, words)).toBe('el'),
  );

  it.each(['closing', 'card', 'password', 'refund'])('"%s": one English word alone leaves it open (Greek agents type it for the Greek template too)', (q) =>
    expect(queryLang(q, words)).toBeUndefined(),
  );

  it('a Latin word the Greek templates use as Greek does (email, roaming) tells nothing; nor does a word neither has', () => {
    expect(queryLang('email', words)).toBeUndefined();
    expect(queryLang('roaming', words)).toBeUndefined();
    expect(queryLang('xqzv', words)).toBeUndefined();
    // Words that disagree leave it open: the conversation's language decides, as before.
    expect(queryLang('refund xrewsh', words)).toBeUndefined();
  });

  it('function words and the script tell first, as messageLang reads them', () => {
    expect(queryLang('επιστροφή χρημάτων', words)).toBe('el');
    expect(queryLang('out of stock', words)).toBe('en');
    expect(queryLang('den hrthe to dema', words)).toBe('el');
  });

  it('a Greek template\u2019s English trigger ("refund how long") does not make the English word Greek', () => {
    const greek: Worded = { lang: 'el', title: 'Πότε θα δει ο πελάτης τα χρήματα', triggers: ['refund how long'], tags: [], body: 'Η επιστροφή γίνεται σε 5 ημέρες.' };
    const english: Worded = { lang: 'en', title: 'Refund issued', triggers: [], tags: [], body: 'Your refund is on its way.' };
    expect(queryLang('refund issued', vocabulary([greek, english]))).toBe('en');
  });
});
