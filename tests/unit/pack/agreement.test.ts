// @vitest-environment node
/**
 * A fill-in field with options must read right whichever option the agent picks: the validator warns when the
 * word before the field (an article, «σε» + article, «θα»/«να», "a/an/the", "I've", "to", "will") cannot take one
 * of the options.
 */
import { problemWords } from '../../../knowledge/pack/problem-words';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../../knowledge/node';
import { agreementIssues, fieldOptions } from '../../../knowledge/pack/agreement';
import { lines, NOW, tempDir } from './helpers';

const caught = (text: string) => agreementIssues(text).map((i) => problemWords(i.problem, 'en'));

describe('fieldOptions', () => {
  it('splits on " / " and leaves hints in parentheses out', () => {
    expect(fieldOptions('τιμολόγιο / την απόδειξη')).toEqual(['τιμολόγιο', 'την απόδειξη']);
    expect(fieldOptions('Λύση (π.χ. μία / άλλη)')).toEqual([]);
    expect(fieldOptions('Αριθμός παραγγελίας')).toEqual([]);
    expect(fieldOptions('Email/τηλέφωνο')).toEqual([]);
  });
});

describe('Greek: the article or particle before a field with options', () => {
  it.each([
    ['σας το {{field:τιμολόγιο / την απόδειξη}}', 'το την απόδειξη'],
    ['στείλαμε το {{field:τιμολόγιο / απόδειξη}}', 'το απόδειξη'],
    ['κάναμε την {{field:αλλαγή / τιμολόγιο}}', 'την τιμολόγιο'],
    ['στα {{field:προϊόντα / δέμα}} σας', 'στα δέμα'],
    ['ο {{field:courier / διανομέας / αποθήκη}}', 'ο αποθήκη'],
    ['θα {{field:επιστρέψουμε τα χρήματα / νέα αποστολή}}', 'θα νέα αποστολή'],
    ['ΤΟ {{field:ΤΙΜΟΛΟΓΙΟ / ΤΗΝ ΑΠΟΔΕΙΞΗ}}', 'ΤΟ ΤΗΝ ΑΠΟΔΕΙΞΗ'],
  ])('warns about «%s»', (text, reads) => {
    const found = caught(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`reads "${reads}"`);
  });

  it.each([
    'σας στείλαμε {{field:το τιμολόγιο / την απόδειξη}}',
    'σας στείλαμε το {{field:τιμολόγιο / παραστατικό}}',
    'θα {{field:επιστρέψουμε τα χρήματα / στείλουμε το νέο προϊόν}}',
    'θα {{field:σας τα επιστρέψουμε / σας στείλουμε νέο}}',
    'η {{field:επιστροφή / αντικατάσταση}} έγινε',
    'τον {{field:λογαριασμό / πελάτη}}',
    'στις {{field:Ημερομηνία}}',
    'Κανάλι: {{field:Τηλέφωνο / chat / email}}',
    'του {{field:Μαρτίου / Απριλίου}}',
    'Λύση: {{field:Λύση (π.χ. στο κατάστημα / με courier)}}',
  ])('stays quiet about «%s»', (text) => {
    expect(caught(text)).toEqual([]);
  });
});

describe('English: the word before a field with options', () => {
  it.each([
    ["I've {{field:Refund / re-delivery / credit}}", "I've Refund"],
    ['I have {{field:refunded the order / a voucher}}', 'have a voucher'],
    ['we have already {{field:sent it / refund}}', 'already refund'],
    ['please find a {{field:invoice / receipt}}', 'a invoice'],
    ['you will receive an {{field:email / text message}}', 'an text message'],
    ['the {{field:a refund / a credit}}', 'the a refund'],
    ['I will {{field:refunded / sending}} it', 'will refunded'],
    ['I would like to {{field:refund / refunded}}', 'to refunded'],
  ])('warns about "%s"', (text, reads) => {
    const found = caught(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`reads "${reads}`);
  });

  it.each([
    "I've {{field:refunded your order / sent a replacement / added a credit}}",
    'I have {{field:already sent it / arranged a collection}}',
    'Has {{field:the refund arrived / the connection stayed stable}}?',
    'an {{field:SMS / MMS}}',
    'a {{field:refund / replacement / credit}}',
    'an {{field:hour / honest answer}}',
    'a {{field:euro / unit}}',
    'sent to {{field:your bank / your email}}',
    'I will {{field:refund / replace}} it',
    'I have arranged {{field:a replacement / a refund}}',
  ])('stays quiet about "%s"', (text) => {
    expect(caught(text)).toEqual([]);
  });
});

describe('odigos validate', () => {
  it('warns at the field\u2019s line, naming the entry file, in templates and SOP steps', () => {
    const dir = join(tempDir(), 'p');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    mkdirSync(join(dir, 'sops'), { recursive: true });
    writeFileSync(join(dir, 'pack.yaml'), 'id: p\nname: P\nversion: 1.0.0\nlang: el\n');
    writeFileSync(
      join(dir, 'templates/invoice.md'),
      '---\nid: invoice\ntype: template\ntitle: Παραστατικό\ntone: information\ntriggers: [τιμολογιο]\n---\nΚαλησπέρα σας,\n\nΣας στείλαμε το {{field:τιμολόγιο / την απόδειξη}}.\n',
    );
    writeFileSync(
      join(dir, 'sops/invoice.md'),
      '---\nid: invoice-sop\ntype: sop\ntitle: Τιμολόγιο\ndepartment: Λογιστήριο\npurpose: Σωστό παραστατικό.\n---\n1. Εκδώστε το {{field:τιμολόγιο / την απόδειξη}}. [[invoice]]\n',
    );
    const found = lines(validateSource(dir, { now: NOW }));
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'sops/invoice.md')}:8: warning: "το \\{\\{field:τιμολόγιο / την απόδειξη\\}\\}" reads "το την απόδειξη"`)),
      expect.stringMatching(new RegExp(`^${join(dir, 'templates/invoice.md')}:10: warning: "το \\{\\{field:τιμολόγιο / την απόδειξη\\}\\}" reads "το την απόδειξη"`)),
    ]);
  });
});
