/**
 * A small customer-service synonym lexicon (English and Greek), written from the domain, not from any evaluation
 * set's misses, and an index-side expansion that measures it: an entry whose title or triggers use one member of a
 * group gets the group's other members as extra tags (a field that weighs half as much as triggers). Used by
 * bench/intents.ts --synonyms; not part of the engine (see the commit that added it for the figures).
 */
import type { Entry } from '../knowledge/types';
import { phraseTerms } from '../knowledge/engine/fields';

export const SYNONYMS: Record<'en' | 'el', string[][]> = {
  en: [
    ['refund', 'reimburse', 'reimbursement', 'money back', 'repay'],
    ['cancel', 'stop', 'terminate', 'discontinue'],
    ['charge', 'fee', 'cost', 'commission'],
    ['payment', 'transaction', 'transfer'],
    ['arrive', 'arrived', 'receive', 'received', 'delivered', 'delivery'],
    ['broken', 'damaged', 'faulty', 'defective'],
    ['lost', 'missing', 'stolen'],
    ['password', 'passcode', 'pin'],
    ['change', 'update', 'modify', 'edit'],
    ['wrong', 'incorrect', 'mistake', 'error'],
    ['late', 'delayed', 'delay', 'slow'],
    ['buy', 'purchase', 'order'],
    ['delete', 'remove', 'erase'],
    ['verify', 'confirm', 'check'],
    ['block', 'freeze', 'lock', 'suspend'],
    ['withdraw', 'withdrawal', 'cash'],
    ['top up', 'add money', 'topup', 'load'],
    ['phone', 'mobile', 'cellphone'],
    ['complaint', 'complain'],
    ['price', 'rate', 'amount'],
  ],
  el: [
    ['επιστροφή χρημάτων', 'λεφτά πίσω', 'χρήματα πίσω', 'αποζημίωση', 'επιστροφή'],
    ['ακύρωση', 'ακυρώσω', 'διακοπή', 'σταματήσω'],
    ['χρέωση', 'χρέωσαν', 'κόστος', 'προμήθεια', 'πληρωμή'],
    ['συναλλαγή', 'μεταφορά', 'πληρωμή'],
    ['παραγγελία', 'αγορά', 'παράγγειλα', 'αγόρασα'],
    ['παράδοση', 'παρέλαβα', 'έφτασε', 'ήρθε', 'παραλαβή'],
    ['χαλασμένο', 'ελαττωματικό', 'σπασμένο', 'χάλασε', 'βλάβη'],
    ['χάθηκε', 'έχασα', 'κλάπηκε', 'κλοπή', 'απώλεια'],
    ['κωδικός', 'pin', 'συνθηματικό'],
    ['αλλαγή', 'τροποποίηση', 'αλλάξω', 'διόρθωση'],
    ['λάθος', 'λανθασμένο', 'λάθος ποσό'],
    ['καθυστέρηση', 'αργεί', 'άργησε', 'καθυστερεί'],
    ['τηλέφωνο', 'κινητό'],
    ['παράπονο', 'διαμαρτυρία', 'καταγγελία'],
    ['λογαριασμός', 'προφίλ'],
  ],
};

const termsOf = (s: string, lang: 'en' | 'el') => phraseTerms(s, lang).flat();
const shortTerms = (e: Entry, lang: 'en' | 'el') => new Set([e.title ?? '', ...e.triggers, ...e.tags].flatMap((s) => termsOf(s, lang)));

/**
 * The entries with their lexicon synonyms as extra tags (those of its title and triggers it does not say itself).
 * With `packAware`, a member another entry of the pack says itself is not added: there the pack tells the words
 * apart ("transfer" and "payment" are two intents of a bank), and the synonym would blur them.
 */
export function withSynonyms(entries: Entry[], packAware: boolean): Entry[] {
  const said = new Map<string, number>();
  const owns = entries.map((e) => shortTerms(e, e.lang === 'en' ? 'en' : 'el'));
  for (const own of owns) for (const t of own) said.set(t, (said.get(t) ?? 0) + 1);
  return entries.map((entry, i) => {
    const lang = entry.lang === 'en' ? 'en' : 'el';
    const own = owns[i]!;
    const extra: string[] = [];
    for (const group of SYNONYMS[lang]) {
      const members = group.map((m) => ({ m, terms: termsOf(m, lang) }));
      if (!members.some(({ terms }) => terms.length > 0 && terms.every((t) => own.has(t)))) continue;
      for (const { m, terms } of members) {
        if (terms.every((t) => own.has(t))) continue;
        if (packAware && terms.some((t) => (said.get(t) ?? 0) > 0)) continue;
        extra.push(m);
      }
    }
    return extra.length ? { ...entry, tags: [...entry.tags, ...extra] } : entry;
  });
}
