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

  it('puts the unit after a number in the number its value asks for, whatever form the trainer wrote', () => {
    const one = { 'policy.days': '1', 'policy.hours': '1' };
    const two = { 'policy.days': '2', 'policy.hours': '2' };
    const greek = 'σε {{policy.days}} εργάσιμη από την αίτηση, απάντηση μέσα σε {{policy.hours}} ώρα.';
    expect(fillVariables(greek, one)).toBe('σε 1 εργάσιμη από την αίτηση, απάντηση μέσα σε 1 ώρα.');
    expect(fillVariables(greek, two)).toBe('σε 2 εργάσιμες από την αίτηση, απάντηση μέσα σε 2 ώρες.');
    expect(fillVariables('εντός {{policy.days}} εργάσιμων ημερών', one)).toBe('εντός 1 εργάσιμης ημέρας');
    expect(fillVariables('σε {{policy.hours}} εργάσιμες ώρες', one)).toBe('σε 1 εργάσιμη ώρα');
    expect(fillVariables('within {{policy.days}} working days of {{policy.hours}} hour', { 'policy.days': '1', 'policy.hours': '3' })).toBe(
      'within 1 working day of 3 hours',
    );
    expect(fillVariables('{{policy.days}} extra Days and {{policy.hours}}-hour slots', one)).toBe('1 extra Day and 1-hour slots');
    expect(fillVariables('σε {{policy.refundCardDays}} εργάσιμη', variables)).toBe('σε 5–10 εργάσιμες');
    // Only the unit: the noun after it, other words, and values that are no count stay as written.
    expect(fillVariables('σε {{policy.days}} ημέρες φορά', one)).toBe('σε 1 ημέρα φορά');
    expect(fillVariables('{{company.name}} ώρα', variables)).toBe('Οδηγός Α.Ε. ώρα');
    expect(fillVariables('{{policy.days}} € per month', one)).toBe('1 € per month');
    expect(expandTemplate('Σε {{policy.days}} εργάσιμη. {{cursor}}', {}, { lang: 'el', variables: two }).text).toBe('Σε 2 εργάσιμες. ');
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
