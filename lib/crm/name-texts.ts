/**
 * The conversation's texts a customer's name in capitals may take its stress from (knowledge/names/page-stress.ts):
 * the customer signs «Γιώργος Μαχλάς» under a CRM field that says «ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ», the sender line shows the
 * name spelt out, an earlier reply quotes «κ. Μαχλά». Sent with every expansion, so only when the name has a
 * Greek word without its accent, and capped.
 */
import { hasAccent } from '../../knowledge/names/letters';
import type { CustomerName } from '../../knowledge/template/salutation';
import type { ConversationSnapshot, Person } from './types';

/** Enough for the last messages' signatures and quotes; the expansion request stays small. */
const MAX_CHARS = 8000;

/** A word the stress has to be found for: Greek letters (or Latin look-alikes beside them) and no accent. */
function needsStress(person: Person): boolean {
  const all = [person.name, person.firstName, person.lastName, ...(person.fields ?? []).map((f) => f.value)].filter(Boolean).join(' ');
  if (!/\p{Script=Greek}/u.test(all)) return false;
  return (all.match(/[\p{L}\p{M}]{3,}/gu) ?? []).some((w) => /\p{Script=Greek}/u.test(w) && !hasAccent(w));
}

/**
 * The authors' names as the page shows them, then the messages newest first (signatures and quotes of the name
 * are in the latest), up to MAX_CHARS; undefined when the name needs none.
 */
export function nameTexts(snapshot: ConversationSnapshot): string[] | undefined {
  if (!needsStress(snapshot.customer)) return undefined;
  const messages = snapshot.messages ?? [];
  const bodies = messages.length
    ? messages.map((m) => m.text).reverse()
    : [snapshot.latestCustomerMessage, ...[...snapshot.customerMessages].reverse()];
  const authors = [...new Set(messages.map((m) => m.author).filter((a): a is string => !!a))];
  const texts: string[] = [];
  let left = MAX_CHARS;
  for (const text of [...authors, ...bodies]) {
    if (!text || left <= 0) continue;
    texts.push(text.slice(0, left));
    left -= text.length;
  }
  return texts.length ? texts : undefined;
}

/** The customer as templates address them: what the page read, with the texts their name's stress may come from. */
export function customerOf(snapshot: ConversationSnapshot): CustomerName {
  const { name, firstName, lastName, gender, email, fields } = snapshot.customer;
  const texts = nameTexts(snapshot);
  return { name, firstName, lastName, gender, email, fields, ...(texts ? { texts } : {}) };
}
