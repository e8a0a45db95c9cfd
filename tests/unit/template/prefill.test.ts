import { describe, expect, it } from 'vitest';
import { asksOrderNumber, orderNumberIn, prefillFields } from '@/knowledge/template/prefill';

describe('the order number a customer wrote', () => {
  it.each([
    // The demo desk's #48213: the number right after the word, mid-sentence.
    ['Η κάρτα μου χρεώθηκε δύο φορές για την παραγγελία 100482, από 89,90 € η κάθε χρέωση.', '100482'],
    ['την παραγγελία μου #A-20931 δεν την έχω λάβει', 'A-20931'],
    ['αρ. παραγγελίας 55123', '55123'],
    ['Αριθμός παραγγελίας: 55123', '55123'],
    ['ΠΑΡΑΓΓΕΛΙΑ 100482 ΔΕΝ ΗΡΘΕ', '100482'],
    ['η παραγγελία με αριθμό 100482', '100482'],
    ['Οι παραγγελίες 100482 και 100483 δεν ήρθαν', '100482'],
    ['h paraggelia 100482 den irthe', '100482'],
    ['My order 100482 has not arrived.', '100482'],
    ['order no. 55-123', '55-123'],
    ['Order #: 100482', '100482'],
    ['my order number is 100482', '100482'],
    ['Order ID A-20931', 'A-20931'],
  ])('%s → %s', (text, expected) => {
    expect(orderNumberIn(text)).toBe(expected);
  });

  it.each([
    // A phone number or an amount, even right after the word, is not an order number.
    'Η παραγγελία, τηλ. 6971234567, δεν ήρθε',
    'παραγγελία 6971234567',
    'η παραγγελία 2101234567',
    'πλήρωσα για την παραγγελία 1250 € και δεν ήρθε',
    'παραγγελία 1250,50 ευρώ',
    'order 1250 EUR',
    'Πληρώσαμε 24 € για την παραγγελία',
    'παραγγελία 12/03/2026',
    'order 2026-03-12',
    // A count, not a number.
    'I want to order 2 pizzas',
    // A number elsewhere in the message.
    'Καλέστε με στο 6971234567 για την παραγγελία.',
    'My phone is 6971234567',
    '',
  ])('takes nothing from %j', (text) => {
    expect(orderNumberIn(text)).toBeUndefined();
  });
});

describe('fields the conversation answers', () => {
  it('recognises an order-number field in Greek and English, not an order date', () => {
    expect(['Αριθμός παραγγελίας', 'Αρ. παραγγελίας', 'Order number', 'Order ID', 'Κωδικός παραγγελίας'].map(asksOrderNumber)).toEqual([
      true, true, true, true, true,
    ]);
    expect(['Ημερομηνία παραγγελίας', 'Ποσό', 'Τηλέφωνο', 'Tracking number', 'Complaint reference'].map(asksOrderNumber)).toEqual([
      false, false, false, false, false,
    ]);
  });

  it('fills the order number from the newest message that names one, and leaves other fields out', () => {
    const texts = ['Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα!', 'Χρεώθηκα δύο φορές για την παραγγελία 100482.', 'Διπλή χρέωση'];
    expect(prefillFields(['Αριθμός παραγγελίας', 'Ποσό'], texts)).toEqual({ 'Αριθμός παραγγελίας': '100482' });
    expect(prefillFields(['Ποσό'], texts)).toEqual({});
    expect(prefillFields(['Order number'], ['order 1', undefined, 'Re: order 55123'])).toEqual({ 'Order number': '55123' });
    expect(prefillFields(['Αριθμός παραγγελίας'], ['Καλησπέρα'])).toEqual({});
  });
});
