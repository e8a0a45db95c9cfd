import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { problemWords, said } from '../../../knowledge/pack/problem-words';
import { validateSource } from '../../../knowledge/node/compile';

/** The studio says a problem from its code and parameters (FieldProblems): these are the words it shows. */
const el = (s: Parameters<typeof problemWords>[0]) => problemWords(s, 'el');

describe('the validator’s problems in the studio’s Greek, from their codes', () => {
  it('says an over-long field in Greek, the field named as the form names it and the numbers as Greek writes them', () => {
    const tooLong = (field: string, n: number, max: number) => said('format.field', { field, problem: said('format.tooLong', { n, max }) });
    expect(el(tooLong('body', 20_012, 20_000))).toBe(
      'Το πεδίο «κείμενο» έχει 20.012 χαρακτήρες, περισσότερους από τους 20.000 που επιτρέπονται: συντομέψτε το ή μοιράστε το σε δύο καταχωρίσεις.',
    );
    expect(el(tooLong('steps[1].text', 5024, 5000))).toMatch(/^Το πεδίο «βήμα 2» έχει 5\.024 χαρακτήρες/);
    expect(el(tooLong('terms["Δέμα"]', 5003, 5000))).toMatch(/^Το πεδίο «σημασία του όρου «Δέμα»» έχει/);
    expect(el(tooLong('steps[0].branches[1].condition', 2023, 2000))).toMatch(/^Το πεδίο «συνθήκη \(βήμα 1, διακλάδωση 2\)» έχει 2\.023/);
    // English words are the validator's own, as odigos prints them.
    expect(problemWords(tooLong('body', 20_012, 20_000), 'en')).toBe('"body" is 20,012 characters long, more than the 20,000 it may hold: shorten it or split it');
  });

  it('says two glossary terms that fill to one name, naming both', () => {
    expect(el(said('glossary.clash', { earlier: 'Χρόνος ({{company.name}})', name: 'Χρόνος (Acme)', filled: 'Χρόνος (Acme)' }))).toBe(
      'Οι όροι «Χρόνος ({{company.name}})» και «Χρόνος (Acme)» γράφονται και οι δύο «Χρόνος (Acme)» μόλις συμπληρωθούν οι μεταβλητές του πακέτου, οπότε θα έμενε μόνο ο ένας: μετονομάστε ή ενώστε τους.',
    );
  });

  it('says a step whose other outcome falls into another case\'s step, with the steps it names', () => {
    const jumps = [6, 8].map((n) => said('step.number', { n }));
    expect(el(said('step.fallsThrough', { n: 4, jumps, next: 5, from: 3 }))).toBe(
      'Το βήμα 4 λέει πού συνεχίζει μόνο όταν ισχύει η συνθήκη του (βήμα 6, βήμα 8)· αλλιώς περνά στο βήμα 5, όπου οδηγεί το βήμα 3 για άλλη περίπτωση: ' +
        'προσθέστε «Αλλιώς» με το βήμα που ταιριάζει (ή κλιμάκωση) για την άλλη έκβαση.',
    );
  });

  it('says a step whose text escalates without a branch to the escalation', () => {
    expect(el(said('step.proseEscalation', { n: 5 }))).toBe(
      'Το κείμενο του βήματος 5 λέει να κλιμακώσετε, αλλά το βήμα δεν έχει διακλάδωση προς την κλιμάκωση: γράψτε τη ως διακλάδωση («Αν: … → κλιμάκωση»), για να την προσφέρει το πάνελ.',
    );
  });

  it('keeps the note of a refused entry (which SOPs link it) in Greek after its own error', () => {
    const own = said('id.invalid', { field: 'id', value: 'Store Greeting' });
    const quoted = (text: string) => said('quoted', { text });
    expect(el(said('refused.linked', { problem: own, note: said('refused.noteOne', { id: 'store-greeting', from: [quoted('face-to-face')] }) }))).toBe(
      'Το αναγνωριστικό «Store Greeting» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. double-card-charge).' +
        ' Το [[store-greeting]] το συνδέει η διαδικασία «face-to-face»: ο σύνδεσμος θα λειτουργήσει μόλις διορθωθεί αυτό.',
    );
    const many = said('refused.noteMore', { id: 'x', from: ['a', 'b', 'c', 'd', 'e'].map(quoted), more: 2 });
    expect(el(said('refused.linked', { problem: own, note: many }))).toMatch(
      / Το \[\[x\]\] το συνδέουν οι διαδικασίες «a», «b», «c», «d», «e» και άλλες 2: οι σύνδεσμοι θα λειτουργήσουν μόλις διορθωθεί αυτό\.$/,
    );
  });
});

describe('every problem a trainer writes into a template or a pack reads in Greek in the Greek studio', () => {
  /** Two English words in a row, outside what the message quotes from the trainer's own text. */
  const english = (text: string) => /\b[a-z]{3,}\s+[a-z]{3,}\b/i.exec(text.replace(/\{\{[^}]*\}\}|«[^»]*»|"[^"]*"|\([^)]*"[^)]*\)/g, ' '));
  const write = (dir: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  const template = (id: string, body: string, extra = '') => `---\nid: ${id}\ntype: template\ntitle: Πρότυπο ${id}\ntone: apology\n${extra}triggers: [αλλαγή μεγέθους]\n---\n${body}\n`;

  it('names the field and the option that does not fit after an article, «θα», an undefined or hand-written variable, a trigger that never matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-problem-text-'));
    try {
      write(dir, {
        'pack.yaml': 'id: trainer-pack\nname: Πακέτο\nversion: 1.0.0\nlang: el\nvariables:\n  policy.days: "14"\n  policy.unused: "3"\n',
        'templates/a.md': template('a', '{{customer.salutation}}, σας στείλαμε το {{field:κουπόνι / την ετικέτα}}. Θα {{field:γρήγορη / αργή}} επιστροφή.'),
        'templates/b.md': template('b', 'Έχετε 14 ημέρες. {{policy.nope}}'),
        'templates/c.md': template('c', 'Έχετε {{policy.days}} ημέρες.', 'shortcut: ab-c\n').replace('[αλλαγή μεγέθους]', '[., αλλαγή μεγέθους]'),
        'templates/d.md': template('d', "Hi, I've {{field:Refund / credit}} it. We will {{field:refunded / sent}} it. Send a {{field:invoice / receipt}}.", 'lang: en\n'),
      });
      const problems = validateSource(dir);
      expect(problems.map((p) => p.message).join('\n')).toMatch(/reads "το την ετικέτα"/);
      expect(problems.length).toBeGreaterThanOrEqual(9);
      for (const p of problems) expect(english(el(p)), `${p.message}\n→ ${el(p)}`).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the article before a field in Greek: the option, what the sentence becomes and what to write', () => {
    const agreement = (before: string, raw: string, option: string, needs: Parameters<typeof said>[0]) => said('agreement.greek', { before, raw, option, needs: said(needs) });
    expect(el(agreement('το', '{{field:κουπόνι / την ετικέτα}}', 'την ετικέτα', 'needs.noArticle'))).toBe(
      'Με την επιλογή «την ετικέτα» το «το {{field:κουπόνι / την ετικέτα}}» διαβάζεται «το την ετικέτα»: μετά το «το» δεν μπαίνει δεύτερο άρθρο. ' +
        'Βάλτε το άρθρο ή το ρήμα μέσα σε κάθε επιλογή ({{field:το τιμολόγιο / την απόδειξη}}).',
    );
    expect(el(agreement('στην', '{{field:λογαριασμό / κάρτα}}', 'λογαριασμό', 'needs.feminine'))).toMatch(/μετά το «στην» χρειάζεται λέξη θηλυκού γένους\./);
  });
});

describe('a value the format does not know, said with the words the studio\'s lists show', () => {
  // «Άγνωστη τιμή «angry» (τόνος): επιτρέπονται empathy, apology, reassurance, de-escalation…»: the Greek studio's list
  // of tones says «Ενσυναίσθηση», «Συγγνώμη»…, and the file's codes meant nothing to the trainer choosing there.
  const unknown = (field: string, value: string, values: readonly string[], code: 'field.unknownValue' | 'field.unknownValues' = 'field.unknownValue') =>
    said(code, { field, value, values: [...values] });

  it('names the tones, channels and registers in Greek words, the trainer\'s own value as written', () => {
    expect(el(unknown('tone', 'angry', ['empathy', 'apology', 'reassurance', 'de-escalation', 'follow-up', 'closing', 'greeting', 'information']))).toBe(
      'Άγνωστη τιμή «angry» (τόνος): επιτρέπονται «Ενσυναίσθηση», «Συγγνώμη», «Καθησυχασμός», «Αποκλιμάκωση», «Συνέχεια», «Κλείσιμο», «Χαιρετισμός», «Πληροφόρηση».',
    );
    expect(el(unknown('channels', 'fax', ['email', 'chat', 'phone', 'in-person'], 'field.unknownValues'))).toBe(
      'Άγνωστη τιμή «fax» (κανάλια): επιτρέπονται μία ή περισσότερες από «E-mail», «Συνομιλία», «Τηλέφωνο», «Πρόσωπο με πρόσωπο».',
    );
    expect(el(unknown('formality', 'casual', ['formal', 'informal']))).toBe('Άγνωστη τιμή «casual» (ύφος): επιτρέπονται «Επίσημο», «Φιλικό».');
    // English keeps the file's values, as `odigos validate` prints them and as they are written in the file.
    expect(problemWords(unknown('tone', 'angry', ['empathy', 'apology']), 'en')).toBe('unknown tone "angry" (expected one of: empathy, apology)');
  });

  it('says what the validator reports for a template file with an unknown tone without a code of the format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-tone-words-'));
    try {
      mkdirSync(join(dir, 'templates'));
      writeFileSync(join(dir, 'pack.yaml'), 'id: p\nname: Πακέτο\nversion: 1.0.0\nlang: el\n');
      writeFileSync(join(dir, 'templates/a.md'), '---\nid: a\ntype: template\ntitle: Α\ntone: angry\nformality: casual\ntriggers: [αλλαγή μεγέθους]\n---\nΚαλημέρα σας.\n');
      const words = validateSource(dir).map((p) => el(p)).join('\n');
      expect(words).toContain('«angry»');
      expect(words).not.toMatch(/empathy|de-escalation|information|informal/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
