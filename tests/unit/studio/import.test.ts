// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanShortcut, detectFormat, ImportError, importTemplates, type ImportResult } from '../../../knowledge/import';
import { parseCsv } from '../../../knowledge/import/csv';
import { htmlToText } from '../../../knowledge/import/html-text';
import { convertMustache } from '../../../knowledge/import/placeholders';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/studio', name), 'utf8');
const byTitle = (r: ImportResult, title: string) => {
  const t = r.templates.find((x) => x.title === title);
  if (!t) throw new Error(`no template "${title}" in ${r.templates.map((x) => x.title).join(', ')}`);
  return t;
};
const codes = (notes: Array<{ code: string; from?: string; to?: string }>) => notes.map((n) => [n.code, n.from, n.to].filter(Boolean).join(' '));

describe('format detection', () => {
  it.each([
    ['zendesk-macros.json', 'zendesk'],
    ['freshdesk-canned-responses.json', 'freshdesk'],
    ['textblaze-export.json', 'textblaze'],
    ['briskine-templates.json', 'briskine'],
    ['espanso-support.yml', 'espanso'],
    ['templates-el.csv', undefined],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(fixture(file))).toBe(format);
  });

  it('reading a file as the wrong format says what was expected', () => {
    expect(() => importTemplates(fixture('briskine-templates.json'), { format: 'zendesk', packLang: 'el' })).toThrow(/not a Zendesk macro export/);
    expect(() => importTemplates(fixture('espanso-support.yml'), { format: 'freshdesk', packLang: 'el' })).toThrow(ImportError);
    expect(() => importTemplates('just some words\nand more', { packLang: 'el' })).toThrow(/first row must name the columns/);
  });

  /** The reason as data, for the studio to say in the trainer's language. */
  const failureOf = (text: string, format?: 'zendesk') => {
    try {
      importTemplates(text, { packLang: 'el', ...(format ? { format } : {}) });
    } catch (e) {
      if (e instanceof ImportError) return e.failure;
      throw e;
    }
    return undefined;
  };

  it('a JSON export cut short is a broken JSON file, at its line, not «not a CSV of templates»', () => {
    const cut = fixture('zendesk-macros.json').slice(0, 300);
    const failure = failureOf(cut);
    expect(failure).toEqual({ code: 'brokenJson', line: expect.any(Number) });
    expect(() => importTemplates('{\n  "macros": [\n    {"title": "x",\n    }\n  ]\n}', { packLang: 'el' })).toThrow(/^not valid JSON \(line 4\)/);
    expect(failureOf('[{"title": "x", ')).toMatchObject({ code: 'brokenJson' });
    expect(failureOf(cut, 'zendesk')).toMatchObject({ code: 'brokenJson' });
    expect(failureOf(fixture('briskine-templates.json'), 'zendesk')).toEqual({ code: 'notFormat', format: 'zendesk' });
    expect(failureOf('just some words\nand more')).toEqual({ code: 'unknown' });
  });
});

describe('Zendesk macros', () => {
  const r = importTemplates(fixture('zendesk-macros.json'), { packLang: 'el' });

  it('takes the reply of each macro, its category and tags, and skips a macro that only routes the ticket', () => {
    expect(r.templates.map((t) => t.title)).toEqual(['Refund processed', 'Where is my order', 'Συγγνώμη για την καθυστέρηση παράδοσης']);
    expect(r.skipped).toEqual([{ source: 'Escalate to tier 2', reason: 'not-a-reply', detail: 'group_id, priority' }]);
    expect(byTitle(r, 'Refund processed').tags).toEqual(['returns', 'refund', 'returns_done']);
    expect(byTitle(r, 'Συγγνώμη για την καθυστέρηση παράδοσης').tags).toEqual(['καθυστέρηση', 'delay']);
  });

  it('maps the placeholders whose meaning is clear and turns the rest into fill-in fields', () => {
    const refund = byTitle(r, 'Refund processed');
    expect(refund.body).toBe(
      'Hi {{customer.firstName}},\n\nYour refund for order #{{field:ticket field 360012345678}} has been processed. It usually takes 3–5 business days to appear on your statement.\n\n' +
        'You can follow it here: refund status (https://acme.example/refunds).\n\nKind regards,\n{{agent.firstName}}\nAcme Support',
    );
    expect(codes(refund.notes)).toEqual(expect.arrayContaining([
      'html-to-text',
      'dropped status: solved',
      'mapped {{ticket.requester.first_name}} {{customer.firstName}}',
      'as-field {{ticket.ticket_field_360012345678}} {{field:ticket field 360012345678}}',
      'mapped {{current_user.first_name}} {{agent.firstName}}',
      'lang-detected en',
    ]));
    const shipping = byTitle(r, 'Where is my order');
    expect(shipping.body).toContain('Hello {{customer.name}},');
    expect(shipping.body).toContain('Ticket {{ticket.id}} stays open');
    expect(shipping.body).toContain('{{field:satisfaction rating url}}');
    expect(shipping.lang).toBe('en');
  });

  it('reads the ["channel:all", text] form of comment_value, drops a Liquid filter with a note, and keeps Greek as the pack language', () => {
    const greek = byTitle(r, 'Συγγνώμη για την καθυστέρηση παράδοσης');
    expect(greek.body.startsWith('Αγαπητέ/ή {{customer.firstName}},\n\nΛυπούμαστε πολύ')).toBe(true);
    expect(codes(greek.notes)).toContain('filter-dropped | capitalize');
    expect(greek.lang).toBeUndefined();
    expect(greek.tone).toBe('apology');
    expect(greek.triggers).toEqual(['συγγνώμη για την καθυστέρηση παράδοσης']);
  });
});

describe('Freshdesk canned responses', () => {
  const r = importTemplates(fixture('freshdesk-canned-responses.json'), { packLang: 'el' });
  it('converts HTML to text (lists keep their dashes) and maps requester and agent', () => {
    const greek = byTitle(r, 'Ακύρωση συνδρομής');
    expect(greek.body).toBe(
      'Καλησπέρα σας {{customer.name}},\n\nη συνδρομή σας ακυρώθηκε και δεν θα χρεωθείτε ξανά. Ο αριθμός του αιτήματος είναι #{{ticket.id}}.\n\n' +
        '- Η πρόσβαση μένει ενεργή ως το τέλος του μήνα.\n- Μπορείτε να επανέλθετε όποτε θέλετε.\n\nΜε εκτίμηση,\n{{agent.name}}',
    );
    const reset = byTitle(r, 'Password reset link');
    expect(reset.body).toContain('Hi {{customer.firstName}},');
    expect(codes(reset.notes)).toContain('as-field {{ticket.requester.email}} {{field:ticket requester email}}');
    expect(r.skipped).toEqual([{ source: 'Empty placeholder response', reason: 'no-text' }]);
  });
});

describe('Text Blaze snippets', () => {
  const r = importTemplates(fixture('textblaze-export.json'), { packLang: 'el' });
  it('turns form commands into fill-in fields (default → fallback), {cursor} into the caret, and drops notes to self', () => {
    const order = byTitle(r, 'Order status');
    expect(order.shortcut).toBe('order');
    expect(order.body).toBe(
      'Hi {{field:customer name|there}},\n\nYour order {{field:order number}} is on its way. You can track it at our tracking page (https://acme.example/track).\n\n{{cursor}}\n\nBest,\n{{agent.name}}',
    );
    expect(codes(order.notes)).toEqual(expect.arrayContaining(['dropped {note}Check the tracking page first!{endnote}', 'shortcut-changed /order order']));
    expect(order.tags).toEqual(['support']);
  });
  it('notes what cannot run: menus lose their options, {if} its logic, the clipboard becomes a field; {=name} reuses the field', () => {
    const refund = byTitle(r, 'Refund choice');
    expect(refund.shortcut).toBe('refund-opt');
    expect(refund.body).toBe('We can {{field:offer}} today ({{date.today}}). {{field:clipboard}}\nWe have escalated it.');
    expect(codes(refund.notes)).toEqual(expect.arrayContaining(['dropped {if: urgent}', 'dropped {endif}', 'as-field {clipboard} {{field:clipboard}}']));
    expect(byTitle(r, 'Ευχαριστώ').body).toBe('Σας ευχαριστούμε για την επικοινωνία, {{field:όνομα}}! Για το αίτημα {{field:αριθμός αιτήματος}} θα λάβετε ενημέρωση σύντομα. Ξανά: {{field:όνομα}}.');
    expect(byTitle(r, 'Ευχαριστώ').shortcut).toBe('ευχ');
    expect(r.skipped).toEqual([{ source: '/blank', reason: 'no-text' }]);
  });
});

describe('Briskine templates', () => {
  const r = importTemplates(fixture('briskine-templates.json'), { packLang: 'el' });
  it('maps to./from. names and the date, drops {{#if}} blocks with a note, reads tags as a list or a comma list', () => {
    const fup = byTitle(r, 'Follow-up after call');
    expect(fup.body).toBe('Hi {{customer.firstName}},\n\nFollowing up on our call today: I have attached the quote we discussed.\n\nSay hello to the team at {{field:to company}}!\n\nBest,\n{{agent.firstName}}');
    expect(codes(fup.notes)).toEqual(expect.arrayContaining(['dropped {{#if to.company}}', 'dropped {{/if}}']));
    expect(fup.tone).toBe('follow-up');
    const greek = byTitle(r, 'Επιβεβαίωση επιστροφής');
    expect(greek.body).toBe('Καλημέρα {{customer.firstName}},\n\nη επιστροφή των χρημάτων σας έγινε σήμερα, {{date.today}}.\n\n{{agent.name}}');
    expect(greek.tags).toEqual(['επιστροφές', 'πληρωμές']);
    expect(greek.shortcut).toBe('epistrofi');
  });
});

describe('espanso matches', () => {
  const r = importTemplates(fixture('espanso-support.yml'), { packLang: 'el' });
  it('substitutes echo variables, maps dates, form fields and the $|$ caret; a shell variable becomes a field', () => {
    expect(byTitle(r, 'Late delivery apology').body).toBe('Dear {{field:name}},\n\nwe are sorry that your order {{field:order}} is late. Today is {{date.today}}.\n{{field:clipboard}}');
    const thx = r.templates.find((t) => t.shortcut === 'thx')!;
    expect(thx.body).toBe("Thank you for contacting Acme support! We'll get back to you within 24 hours.{{cursor}}");
    expect(thx.tone).toBe('closing');
    const ip = r.templates.find((t) => t.shortcut === 'ip')!;
    expect(ip.title).toBe(':ip');
    expect(codes(ip.notes)).toContain('as-field {{output}} (shell) {{field:output}}');
  });
  it('keeps the first of several triggers (noting the others) and skips an image match', () => {
    const kalh = r.templates.find((t) => t.shortcut === 'καλη')!;
    expect(codes(kalh.notes)).toContain('dropped :kalh');
    expect(kalh.formality).toBe('formal');
    expect(r.skipped).toEqual([{ source: ':logo', reason: 'not-a-reply' }]);
  });
});

describe('CSV of title, shortcut, body', () => {
  const r = importTemplates(fixture('templates-el.csv'), { packLang: 'el' });
  it("reads Excel's Greek-locale CSV (BOM, ';', CRLF, quoted line breaks and quotes) and skips a row without text", () => {
    expect(r.format).toBe('csv');
    expect(r.templates.map((t) => t.title)).toEqual(['Καλωσόρισμα', 'Κλείσιμο συνομιλίας', 'Τιμή με "εισαγωγικά"']);
    expect(byTitle(r, 'Καλωσόρισμα').body).toBe('Καλημέρα σας {{customer.firstName|}}!\nΠώς μπορώ να βοηθήσω;');
    expect(byTitle(r, 'Κλείσιμο συνομιλίας').body).toBe('Ευχαριστούμε για την επικοινωνία, {{customer.firstName}}. Καλή συνέχεια!');
    expect(byTitle(r, 'Κλείσιμο συνομιλίας').tags).toEqual(['κλείσιμο', 'chat']);
    expect(byTitle(r, 'Τιμή με "εισαγωγικά"').shortcut).toBe('timi-2');
    expect(r.skipped).toEqual([{ source: 'Χωρίς κείμενο', line: 4, reason: 'no-text' }]);
  });
  it('a body of HTML (a helpdesk’s rich text saved as CSV) becomes text, as the JSON exports’ bodies do, and says so when more than paragraphs is lost', () => {
    const csv = 'title,shortcut,body\n"Προσβάσιμη επικοινωνία",prosvasi,"<p class=""MsoNormal"">Καλησπέρα σας,</p><p>σας στέλνουμε το έγγραφο σε <b>μεγάλη</b> γραμματοσειρά&nbsp;{{cursor}}</p>"\n"Τιμή",timi,"Κοστίζει <5 €"\n';
    const [html, plain] = importTemplates(csv, { packLang: 'el' }).templates;
    expect(html.body).toBe('Καλησπέρα σας,\n\nσας στέλνουμε το έγγραφο σε μεγάλη γραμματοσειρά {{cursor}}');
    expect(html.notes).toContainEqual({ code: 'html-to-text' });
    expect(plain.body).toBe('Κοστίζει <5 €');
  });
  it('parses quoted cells exactly', () => {
    expect(parseCsv('a,b\n"x, ""y""","line\nbreak"\n', ',')).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak']]);
  });
});

describe('pieces', () => {
  it('HTML becomes text without running or keeping anything but words and addresses', () => {
    expect(htmlToText('<p>Hi&nbsp;<b>there</b></p><script>alert(1)</script><p><a href="mailto:a@b.gr">a@b.gr</a> &amp; &#x3b1;&#946;</p>')).toBe('Hi there\n\na@b.gr & αβ');
  });
  it('shortcuts keep letters (Greek too), digits and dashes', () => {
    expect(cleanShortcut(';;sig ')).toBe('sig');
    expect(cleanShortcut('/ευχ.2')).toBe('ευχ-2');
    expect(cleanShortcut('::')).toBe('');
  });
  it("Odigos's own placeholders pass through unchanged", () => {
    const notes: never[] = [];
    expect(convertMustache('{{customer.firstName|φίλε}} {{field:Ποσό}} {{cursor}}', notes)).toBe('{{customer.firstName|φίλε}} {{field:Ποσό}} {{cursor}}');
    expect(notes).toEqual([]);
  });
});
