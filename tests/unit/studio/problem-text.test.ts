import { describe, expect, it } from 'vitest';
import { problemText } from '../../../components/studio/problem-text';

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
