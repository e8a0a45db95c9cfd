import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldLeadIn } from '@/knowledge/template/lead-in';
import { listFields } from '@/knowledge/template/placeholders';
import { wordingsOf } from '@/knowledge/template/wordings';

/** The body of a template of the built-in Greek pack (after its front matter). */
const body = (id: string) => readFileSync(`knowledge/packs/el-core/templates/${id}.md`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

// «Οδηγίες επιστροφής προϊόντος» asks two choices of wordings (who pays the postage; a refund or a new product):
// the form labelled both «Διαλέξτε διατύπωση», and the agent could not tell which was which.
describe('fieldLeadIn: where a field goes, in its template\'s words', () => {
  const returns = body('info-return-instructions');

  it('the words before the field in its sentence, a placeholder among them as «…»', () => {
    expect(fieldLeadIn(returns, 'τα αναλαμβάνουμε εμείς / τα πληρώνετε εσείς (… €)')).toBe('Τα μεταφορικά της επιστροφής …');
    expect(fieldLeadIn(returns, 'σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν')).toBe('… το αργότερο σε … εργάσιμες, θα …');
  });

  it('the two choices of the return instructions are told apart', () => {
    const choices = listFields(returns).filter((label) => wordingsOf(label).length);
    expect(choices).toHaveLength(2);
    expect(new Set(choices.map((label) => fieldLeadIn(returns, label))).size).toBe(2);
  });

  it('a field that starts its sentence: the words after it', () => {
    expect(fieldLeadIn('Καλημέρα σας.\n{{field:Ο συνάδελφός μου / Η συνάδελφός μου}} θα σας καλέσει σήμερα το απόγευμα για την παραγγελία σας.', 'Ο συνάδελφός μου / Η συνάδελφός μου'))
      .toBe('… θα σας καλέσει σήμερα …');
    expect(fieldLeadIn('{{field:Ναι / Όχι}} στο εξωτερικό.', 'Ναι / Όχι')).toBe('… στο εξωτερικό');
  });

  it('a list item or a line of its own, or a label not in the body: none (the form says its generic words)', () => {
    expect(fieldLeadIn(returns, 'Τρόπος αποστολής (π.χ. ο διανομέας θα περάσει να το παραλάβει στις …)')).toBeUndefined();
    expect(fieldLeadIn('Γεια σας,\n\n{{field:Α / Β}}\n\nΕυχαριστούμε.', 'Α / Β')).toBeUndefined();
    expect(fieldLeadIn(returns, 'Άλλο')).toBeUndefined();
  });

  it('what says nothing (a placeholder, a comma, a list dash) is not counted as context', () => {
    // «{{field:το παράπονό σας γίνεται δεκτό / …}}, επειδή …»: not «… , επειδή …».
    expect(fieldLeadIn('{{field:Α / Β}}, επειδή το δέμα χάθηκε στη μεταφορά χθες.', 'Α / Β')).toBe('… επειδή το δέμα χάθηκε …');
    expect(fieldLeadIn('Κόστος:\n- {{field:Τέλος: … € / Κανένα τέλος}}\n- Άλλο', 'Τέλος: … € / Κανένα τέλος')).toBeUndefined();
    expect(fieldLeadIn('Η συσκευή σας {{customer.name}} {{field:καλύπτεται / δεν καλύπτεται}}.', 'καλύπτεται / δεν καλύπτεται')).toBe('Η συσκευή σας …');
  });

  it('a field used twice: where it first goes', () => {
    expect(fieldLeadIn(returns, 'RMA')).toBe('… εγκρίθηκε με αριθμό επιστροφής (RMA) …');
  });
});
