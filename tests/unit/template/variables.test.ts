// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expandTemplate, fillVariables, parsePlaceholders, variablesUsed } from '../../../knowledge/template';

const variables = { 'policy.refundCardDays': '5–10', 'company.name': 'Οδηγός Α.Ε.' };

describe('pack variables in placeholders', () => {
  it('reads group.name as a variable, and the groups of the built-in placeholders as unknown', () => {
    const kinds = parsePlaceholders('{{policy.refundCardDays}} {{company.name|εμείς}} {{customer.phone}} {{ticket.sla}} {{refundDays}} {{a.b.c}}')
      .placeholders.map((p) => [p.key, p.kind]);
    expect(kinds).toEqual([
      ['policy.refundCardDays', 'variable'],
      ['company.name', 'variable'],
      ['customer.phone', 'unknown'],
      ['ticket.sla', 'unknown'],
      ['refundDays', 'unknown'],
      ['a.b.c', 'unknown'],
    ]);
  });

  it('fills defined variables and keeps everything else as written', () => {
    expect(fillVariables('{{company.name}}: σε {{policy.refundCardDays}} εργάσιμες, {{customer.firstName}}. {{policy.other}} {{cursor}}', variables)).toBe(
      'Οδηγός Α.Ε.: σε 5–10 εργάσιμες, {{customer.firstName}}. {{policy.other}} {{cursor}}',
    );
    expect(fillVariables('χωρίς μεταβλητές', variables)).toBe('χωρίς μεταβλητές');
    expect(fillVariables('{{policy.refundCardDays}}', undefined)).toBe('{{policy.refundCardDays}}');
  });

  it('lists the variables a text uses with the line of their first use', () => {
    expect([...variablesUsed('α {{policy.a}}\nβ {{policy.b}} {{policy.a}}\n{{customer.name}}')]).toEqual([
      ['policy.a', 1],
      ['policy.b', 2],
    ]);
  });

  it('are expanded with the rest of a body, a missing one left to its fallback or reported', () => {
    const out = expandTemplate('{{company.name}}, καλημέρα σας. Σε {{policy.refundCardDays}} εργάσιμες. {{policy.none|σύντομα}} {{policy.gone}}', {}, { lang: 'el', variables });
    expect(out.text).toBe('Οδηγός Α.Ε., καλημέρα σας. Σε 5–10 εργάσιμες. σύντομα ');
    expect(out.missing).toEqual(['policy.gone']);
    expect(expandTemplate('{{policy.refundCardDays}}', {}, { lang: 'el', onMissing: 'keep' }).text).toBe('{{policy.refundCardDays}}');
  });
});
