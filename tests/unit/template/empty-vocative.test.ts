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
  });

  it('leaves a comma that does not set off the empty placeholder, and a non-empty fallback', () => {
    expect(el('Στοιχεία: {{field:Α}}, {{field:Β}} και άλλα')).toBe('Στοιχεία: ,  και άλλα');
    expect(el('Γεια σου, {{customer.firstName|καλώς ήρθες}}!')).toBe('Γεια σου, καλώς ήρθες!');
  });
});
