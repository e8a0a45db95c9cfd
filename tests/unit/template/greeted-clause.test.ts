// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';

// The agent wrote «Hello Nick,» and then picked an informal template that greets inside its first sentence: the reply
// read «Hello Nick,\n\nHi Nick, thanks for your patience…» (en-core's *-informal templates, el-core's «Γεια σου ξανά,
// {{customer.firstName|}}!…»). The salutation line already stayed out (greeted.test.ts); the greeting clause did not.
describe('a template that greets in its first sentence, inserted after the agent has already written', () => {
  const nick = { customer: { name: 'Nick Alexiou', firstName: 'Nick', lastName: 'Alexiou' } };
  const nikos = { customer: { name: 'Νίκος Αλεξίου' } };

  it('leaves out "Hi {{customer.firstName|there}}," and begins with a capital', () => {
    const body = 'Hi {{customer.firstName|there}}, thanks for your patience. {{cursor}}';
    const { text, cursorOffset } = expandTemplate(body, nick, { lang: 'en', greeted: true });
    expect(text).toBe('Thanks for your patience. ');
    expect(cursorOffset).toBe(text.length);
  });

  it('keeps it at the start of an empty reply', () => {
    const { text } = expandTemplate('Hi {{customer.firstName|there}}, thanks for your patience.', nick, { lang: 'en' });
    expect(text).toBe('Hi Nick, thanks for your patience.');
  });

  it('Greek: «Γεια σου, Νίκο,» goes, «ευχαριστώ» becomes «Ευχαριστώ»', () => {
    const body = 'Γεια σου, {{customer.firstName}}, ευχαριστώ για την υπομονή σου. {{cursor}}';
    expect(expandTemplate(body, nikos, { lang: 'el', greeted: true }).text).toBe('Ευχαριστώ για την υπομονή σου. ');
    expect(expandTemplate(body, nikos, { lang: 'el' }).text).toBe('Γεια σου, Νίκο, ευχαριστώ για την υπομονή σου. ');
  });

  it('Greek without a name: «Καλησπέρα σας,» goes', () => {
    const body = 'Καλησπέρα σας, σας ευχαριστούμε για το μήνυμά σας.';
    expect(expandTemplate(body, nikos, { lang: 'el', greeted: true }).text).toBe('Σας ευχαριστούμε για το μήνυμά σας.');
  });

  it('a greeting that is a sentence of its own goes too (el-core followup-after-resolution-informal)', () => {
    const body = 'Γεια σου ξανά, {{customer.firstName|}}! Ήθελα να δω αν όλα πήγαν καλά. {{cursor}}';
    expect(expandTemplate(body, nikos, { lang: 'el', greeted: true }).text).toBe('Ήθελα να δω αν όλα πήγαν καλά. ');
  });

  it('the palette preview shows it so too, the unfilled name kept as written', () => {
    const body = 'Hi {{customer.firstName}}, quick update: {{field:What has happened}}.';
    expect(expandTemplate(body, {}, { lang: 'en', greeted: true, onMissing: 'keep' }).text).toBe('Quick update: [What has happened].');
  });

  it('a sentence that says more than hello in the same clause stays whole', () => {
    const en = 'Hi {{customer.firstName}} and welcome back! {{cursor}}';
    expect(expandTemplate(en, nick, { lang: 'en', greeted: true }).text).toBe('Hi Nick and welcome back! ');
    const el = 'Καλημέρα σας και ευχαριστούμε που επικοινωνήσατε μαζί μας.';
    expect(expandTemplate(el, nikos, { lang: 'el', greeted: true }).text).toBe(el);
    // A word that only begins like a greeting is not one.
    expect(expandTemplate('Hiking boots, size 42, are back.', nick, { lang: 'en', greeted: true }).text).toBe('Hiking boots, size 42, are back.');
  });

  it('a template that is only a greeting (a personal /hi) goes in whole: it is what the agent asked for', () => {
    const { text } = expandTemplate('Hi {{customer.firstName|there}}! {{cursor}}', nick, { lang: 'en', greeted: true });
    expect(text).toBe('Hi Nick! ');
  });
});
