/**
 * Fill-in fields the conversation already answers, so the agent does not copy them by hand: the order number the
 * customer wrote («παραγγελία 100482», "order no. 55-123"). Only what is said right after the word for an order is
 * taken: a phone number, an amount or a date elsewhere in the message is never mistaken for it.
 */
import { fold } from '../text/fold';

/**
 * The word for an order, Greek (any case and accent, «αρ. παραγγελίας» included as it ends in it), Greeklish or
 * English, then at most three words that only lead to the number («μου», «με αριθμό», «no.», "number", "#", ":").
 */
const ORDER_THEN_NUMBER = new RegExp(
  String.raw`(?:παραγγελ[ιί](?:α|ας|ες|ών|ων)|parag{1,2}el(?:ia|ias|ies)|\border)` +
    String.raw`(?:[\s:#(№]+(?:μου|σας|μας|με|τον|το|την|αριθμ[οό][σς]?|αρ\.?|κωδικ[οό][σς]?|νο\.?|my|no\.?|nr\.?|num(?:ber)?\.?|id|ref(?:erence)?\.?|is|was)(?=[\s:#(№]))?`.repeat(3) +
    // The number itself: digits, or a few letters then digits («A-20931»), hyphens inside; all of it (no shorter
    // piece of a longer run), and not the start of a decimal or a date, nor an amount («1250 €»).
    String.raw`[\s:#(№]+((?:[A-Za-z]{1,4}-?)?\d(?:[\d-]*\d)?)(?![\d-]|[,./]\d|\s*(?:€|ευρώ|eur\b|euro))`,
  'giu',
);

/** Enough digits to be an order number: "order 2 pizzas" or «παραγγελία 3 ημερών» is a count. */
const MIN_DIGITS = 4;
/** A Greek phone number (landline 2…, mobile 69…, ten digits): never an order number, whatever precedes it. */
const PHONE = /^(?:2\d{9}|69\d{8})$/;
/** A date written as a number («2026-03-12»). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first order number `text` names, as written («A-20931», «55-123»); undefined when it names none. */
export function orderNumberIn(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  for (const m of text.slice(0, 20_000).matchAll(ORDER_THEN_NUMBER)) {
    const value = m[1]!;
    const digits = value.replace(/\D/g, '');
    if (digits.length >= MIN_DIGITS && !PHONE.test(digits) && !ISO_DATE.test(value)) return value;
  }
  return undefined;
}

/** A field that asks for an order's number («Αριθμός παραγγελίας», «Αρ. παραγγελίας», "Order number", "Order ID"). */
export function asksOrderNumber(label: string): boolean {
  const f = fold(label);
  return /παραγγελ|order/.test(f) && /αριθ|αρ\.|κωδικ|number|\bno\b|\bnr\b|\bid\b|#|ref/.test(f);
}

/**
 * Values for the fields of `labels` that the conversation answers, from `texts` (the customer's messages, newest
 * first, then the subject): the newest mention wins. Fields it does not answer are left out.
 */
export function prefillFields(labels: readonly string[], texts: readonly (string | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  const wanted = labels.filter(asksOrderNumber);
  if (!wanted.length) return out;
  let order: string | undefined;
  for (const t of texts) if (!order && t) order = orderNumberIn(t);
  if (order) for (const label of wanted) out[label] = order;
  return out;
}
