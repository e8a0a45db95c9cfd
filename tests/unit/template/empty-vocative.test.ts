// @vitest-environment node
/** A vocative set off by commas loses its commas when the name comes out empty («Σ' ευχαριστώ πολύ!», not «…, !»). */
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';

const el = (body: string, name?: string) => expandTemplate(body, name ? { customer: { name } } : {}, { lang: 'el' }).text;
const en = (body: string, name?: string) => expandTemplate(body, name ? { customer: { name } } : {}, { lang: 'en' }).text;

describe('an empty vocative takes its commas with it', () => {
  it('keeps the commas around a name that is there', () => {
    expect(el("Σ' ευχαριστώ πολύ, {{customer.firstName|}}!", 'Γιώργος Παπαδόπουλος')).toBe("Σ' ευχαριστώ πολύ, Γιώργο!");
    expect(el('Σας ευχαριστούμε, {{customer.firstName|}}, για την υπομονή σας.', 'Μαρία Κ')).toBe('Σας ευχαριστούμε, Μαρία, για την υπομονή σας.');
    expect(en('Thanks, {{customer.firstName|}}!', 'John Smith')).toBe('Thanks, John!');
  });

  it('drops the comma before an empty name at the end of a sentence, and both commas around one inside it', () => {
    expect(el("Σ' ευχαριστώ πολύ, {{customer.firstName|}}!")).toBe("Σ' ευχαριστώ πολύ!");
    expect(el('Σας ευχαριστούμε, {{customer.firstName|}}, για την υπομονή σας.')).toBe('Σας ευχαριστούμε για την υπομονή σας.');
    expect(el('Καλή συνέχεια, {{customer.firstName|}}.\nΝέα γραμμή')).toBe('Καλή συνέχεια.\nΝέα γραμμή');
    expect(en('Thanks, {{customer.firstName|}}!')).toBe('Thanks!');
    expect(el('Γεια σου {{customer.firstName|}}!')).toBe('Γεια σου!');
    // A company or no name: no «κύριε …» to put there, and no space left before the comma.
    expect(el('Καλημέρα σας {{customer.formalName|}}, μιλάτε με την εξυπηρέτηση πελατών.', 'ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΙ Ο.Ε.')).toBe(
      'Καλημέρα σας, μιλάτε με την εξυπηρέτηση πελατών.',
    );
    expect(el('Καλημέρα σας {{customer.formalName|}}, μιλάτε με την εξυπηρέτηση πελατών.', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ')).toBe(
      'Καλημέρα σας κύριε Παπαδόπουλε, μιλάτε με την εξυπηρέτηση πελατών.',
    );
  });

  it('drops the brackets an empty fill-in field stood alone in, with the space before them', () => {
    expect(el('Σας στείλαμε το νέο προϊόν ({{field:Προϊόν}}) με αριθμό αποστολής 123.')).toBe('Σας στείλαμε το νέο προϊόν με αριθμό αποστολής 123.');
    expect(el('Πελάτης: Γιώργος ({{field:Ταυτοποιήθηκε: ναι / όχι}})\nΘέμα: x')).toBe('Πελάτης: Γιώργος\nΘέμα: x');
    expect(el('Τι ισχύει για το ταξίδι σας ({{field:Χώρα}}):')).toBe('Τι ισχύει για το ταξίδι σας:');
    expect(en('a common format ({{field:Format}}) with your data')).toBe('a common format with your data');
    expect(el('Σας στείλαμε το νέο προϊόν ({{field:Προϊόν}}) σήμερα.').includes('()')).toBe(false);
    expect(expandTemplate('προϊόν ({{field:Προϊόν}}) με', {}, { lang: 'el', fields: { Προϊόν: 'ψυγείο' } }).text).toBe('προϊόν (ψυγείο) με');
    expect(el('(σημείωση: {{field:Α}})')).toBe('(σημείωση: )');
  });

  it('leaves a comma that does not set off the empty placeholder, and a non-empty fallback', () => {
    expect(el('Στοιχεία: {{field:Α}}, {{field:Β}} και άλλα')).toBe('Στοιχεία: ,  και άλλα');
    expect(el('Γεια σου, {{customer.firstName|καλώς ήρθες}}!')).toBe('Γεια σου, καλώς ήρθες!');
  });
});
