/**
 * A template's opening greeting clause («Γεια σου, {{customer.firstName}},», "Hi {{customer.firstName|there}},"), for a
 * reply the agent has already greeted in: inserted after «Hello Nick,» it would greet a second time.
 */

/** The greeting words a template opens with: Greek and English, formal and informal. */
const WORDS = String.raw`(?:Γει[αά]|Καλημέρα|Καλησπέρα|Χαίρετε|Hi|Hello|Hey|Good[ \t]+(?:morning|afternoon|evening))`;
/** What may follow them in the same greeting: «σου», «σας», «ξανά», "there", "again". */
const AFTER = String.raw`(?:[ \t]+(?:σου|σας|ξαν[άα]|there|again|all|everyone))*`;
/** The customer's name as a placeholder (the salutation is a line of its own: see expand's SALUTATION_LINE). */
const NAME = String.raw`\{\{\s*customer\.(?:firstName|vocative|name|formalName|lastName)\s*(?:\|[^}]*)?\}\}`;

/**
 * The greeting clause and the spaces or blank lines after it. It must end at its comma (or «!»): «Καλημέρα σας και
 * ευχαριστούμε…», "Hi Nick and welcome…" are sentences that say more than hello, and stay.
 */
const GREETING_CLAUSE = new RegExp(String.raw`^\s*${WORDS}${AFTER}(?:[ \t]*,?[ \t]*${NAME})?[ \t]*[,!][ \t]*(?:\r?\n[ \t]*)*`, 'iu');

/** The text after `body`'s opening greeting clause, its first letter a capital; `body` itself when nothing would be left. */
export function withoutOpeningGreeting(body: string): string {
  const rest = body.replace(GREETING_CLAUSE, '');
  // Nothing but the greeting (a personal «/hi», «Γεια σου, {{customer.firstName}}! {{cursor}}»): what the agent asked for.
  if (rest === body || !rest.replace(/\{\{\s*cursor\s*\}\}/g, '').trim()) return body;
  return rest.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
