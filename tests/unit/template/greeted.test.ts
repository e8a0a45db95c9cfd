// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';

// The agent wrote «Hello Nick,» and then /sorry + Tab: the reply read «Hello Nick,\nDear Nick Alexiou,\n\nPlease
// accept…», two greetings, one under the other. Seen on the split-pane desk (tests/fixtures/desk/split-pane.html),
// and the same after a greeting template followed by any of the 58 templates that open with the salutation.
describe('a template inserted after the agent has already written: no second salutation', () => {
  const body = '{{customer.salutation}},\n\nPlease accept my sincere apologies for {{field:What went wrong}}.\n\n{{cursor}}\n\nKind regards,\n{{agent.name|The Customer Care team}}';
  const context = { customer: { name: 'Nick Alexiou', firstName: 'Nick', lastName: 'Alexiou' } };

  it('leaves out the opening salutation line when the reply already has words before the caret', () => {
    const { text, cursorOffset } = expandTemplate(body, context, { lang: 'en', fields: { 'What went wrong': 'the broken vase' }, greeted: true });
    expect(text).toBe('Please accept my sincere apologies for the broken vase.\n\n\n\nKind regards,\nThe Customer Care team');
    expect(text.slice(0, cursorOffset)).toBe('Please accept my sincere apologies for the broken vase.\n\n');
  });

  it('keeps it at the start of an empty reply', () => {
    const { text } = expandTemplate(body, context, { lang: 'en', fields: { 'What went wrong': 'the broken vase' } });
    expect(text).toMatch(/^Dear Nick Alexiou,\n\nPlease accept/);
  });

  it('Greek too: «Αγαπητέ κύριε …,» goes, the body stays', () => {
    const el = '{{customer.salutation}},\n\nΣας ευχαριστούμε για το μήνυμά σας. {{cursor}}';
    const { text } = expandTemplate(el, { customer: { name: 'Γιώργος Παπαδόπουλος' } }, { lang: 'el', greeted: true });
    expect(text).toBe('Σας ευχαριστούμε για το μήνυμά σας. ');
  });

  it('a template that is only a salutation (a personal /hi) is inserted whole: it is what the agent asked for', () => {
    const { text } = expandTemplate('{{customer.salutation}},\n', context, { lang: 'en', greeted: true });
    expect(text).toMatch(/^Dear Nick Alexiou,/);
  });

  it('a salutation inside the first sentence stays (it is the sentence, not a line of its own)', () => {
    const { text } = expandTemplate('{{customer.salutation}}, thank you for writing.', context, { lang: 'en', greeted: true });
    expect(text).toMatch(/^Dear Nick Alexiou, thank you/);
  });
});
