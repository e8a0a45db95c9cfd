import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { problemText } from '../../../components/studio/problem-text';
import { validateSource } from '../../../knowledge/node/compile';

describe('the validator’s new problems in the studio’s Greek', () => {
  it('says an over-long field in Greek, the field named as the form names it and the numbers as Greek writes them', () => {
    expect(problemText('"body" is 20,012 characters long, more than the 20,000 it may hold: shorten it or split it', 'el')).toBe(
      'Το πεδίο «κείμενο» έχει 20.012 χαρακτήρες, περισσότερους από τους 20.000 που επιτρέπονται: συντομέψτε το ή μοιράστε το σε δύο καταχωρίσεις.',
    );
    expect(problemText('"steps[1].text" is 5,024 characters long, more than the 5,000 it may hold: shorten it or split it', 'el')).toMatch(/^Το πεδίο «βήμα 2» έχει 5\.024 χαρακτήρες/);
    expect(problemText('"terms["Δέμα"]" is 5,003 characters long, more than the 5,000 it may hold: shorten it or split it', 'el')).toMatch(/^Το πεδίο «σημασία του όρου «Δέμα»» έχει/);
    expect(problemText('"steps[0].branches[1].condition" is 2,023 characters long, more than the 2,000 it may hold: shorten it or split it', 'el')).toMatch(
      /^Το πεδίο «συνθήκη \(βήμα 1, διακλάδωση 2\)» έχει 2\.023/,
    );
    // English stays as the validator wrote it.
    expect(problemText('"body" is 20,012 characters long, more than the 20,000 it may hold: shorten it or split it', 'en')).toMatch(/^"body" is 20,012/);
  });

  it('says two glossary terms that fill to one name, naming both', () => {
    expect(problemText('glossary terms "Χρόνος ({{company.name}})" and "Χρόνος (Acme)" both read "Χρόνος (Acme)" once the pack\'s variables are filled in: the built glossary would keep only one; rename or merge them', 'el')).toBe(
      'Οι όροι «Χρόνος ({{company.name}})» και «Χρόνος (Acme)» γράφονται και οι δύο «Χρόνος (Acme)» μόλις συμπληρωθούν οι μεταβλητές του πακέτου, οπότε θα έμενε μόνο ο ένας: μετονομάστε ή ενώστε τους.',
    );
  });

  it('says a step whose other outcome falls into another case\'s step, with the steps it names', () => {
    const message = 'step 4 says where to go only when its condition holds (step 6, step 8); otherwise it falls into step 5, which step 3 leads to for another case: add "Else → step N" (or "→ escalate") for the other outcome';
    expect(problemText(message, 'el')).toBe(
      'Το βήμα 4 λέει πού συνεχίζει μόνο όταν ισχύει η συνθήκη του (βήμα 6, βήμα 8)· αλλιώς περνά στο βήμα 5, όπου οδηγεί το βήμα 3 για άλλη περίπτωση: ' +
        'προσθέστε «Αλλιώς» με το βήμα που ταιριάζει (ή κλιμάκωση) για την άλλη έκβαση.',
    );
  });

  it('says a step whose text escalates without a branch to the escalation', () => {
    expect(problemText('step 5 says to escalate in its text but has no branch to the escalation: write it as a branch ("- If: … → escalate"), so the panel offers it', 'el')).toBe(
      'Το κείμενο του βήματος 5 λέει να κλιμακώσετε, αλλά το βήμα δεν έχει διακλάδωση προς την κλιμάκωση: γράψτε τη ως διακλάδωση («Αν: … → κλιμάκωση»), για να την προσφέρει το πάνελ.',
    );
  });

  it('keeps the note of a refused entry (which SOPs link it) in Greek after its own error', () => {
    const own = 'id "Store Greeting" is not a valid id: use a-z, 0-9 and "-" (e.g. double-card-charge)';
    expect(problemText(`${own} — [[store-greeting]] is linked from "face-to-face": that link works once this is fixed`, 'el')).toBe(
      'Το αναγνωριστικό «Store Greeting» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. double-card-charge).' +
        ' Το [[store-greeting]] το συνδέει η διαδικασία «face-to-face»: ο σύνδεσμος θα λειτουργήσει μόλις διορθωθεί αυτό.',
    );
    expect(problemText(`${own} — [[x]] is linked from "a", "b", "c", "d", "e" and 2 more: those links work once this is fixed`, 'el')).toMatch(
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
      for (const p of problems) expect(english(problemText(p.message, 'el')), `${p.message}\n→ ${problemText(p.message, 'el')}`).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the article before a field in Greek: the option, what the sentence becomes and what to write', () => {
    const message = '"το {{field:κουπόνι / την ετικέτα}}" reads "το την ετικέτα" with the option "την ετικέτα": "το" needs no second article after it; put the article or verb inside every option ({{field:το τιμολόγιο / την απόδειξη}})';
    expect(problemText(message, 'el')).toBe(
      'Με την επιλογή «την ετικέτα» το «το {{field:κουπόνι / την ετικέτα}}» διαβάζεται «το την ετικέτα»: μετά το «το» δεν μπαίνει δεύτερο άρθρο. ' +
        'Βάλτε το άρθρο ή το ρήμα μέσα σε κάθε επιλογή ({{field:το τιμολόγιο / την απόδειξη}}).',
    );
    expect(problemText('"στην {{field:λογαριασμό / κάρτα}}" reads "στην λογαριασμό" with the option "λογαριασμό": "στην" needs a feminine word after it; put the article or verb inside every option ({{field:το τιμολόγιο / την απόδειξη}})', 'el')).toMatch(
      /μετά το «στην» χρειάζεται λέξη θηλυκού γένους\./,
    );
  });
});
