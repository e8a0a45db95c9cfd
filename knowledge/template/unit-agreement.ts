/**
 * A number from pack.yaml agrees with the unit written after it. Trainers write «σε {{policy.portingDays}} εργάσιμη»
 * while the value is 1; a company that sets it to 2 must read «σε 2 εργάσιμες», not «σε 2 εργάσιμη» (and "1 working
 * days" when a value drops to 1). So the text keeps whichever form the trainer wrote, and filling a variable puts
 * the unit words right after it (up to three, English adjectives such as "working" passing through) in the number
 * the value asks for: singular for exactly 1, plural for anything else (2, 1,5, 5–10).
 */

/** Singular ↔ plural of the unit words packs write after a number, Greek (by case) and English. */
const UNIT_PAIRS: readonly (readonly [string, string])[] = [
  ['ώρα', 'ώρες'], ['ώρας', 'ωρών'], ['ημέρα', 'ημέρες'], ['ημέρας', 'ημερών'], ['μέρα', 'μέρες'], ['μέρας', 'μερών'],
  ['εργάσιμη', 'εργάσιμες'], ['εργάσιμης', 'εργάσιμων'], ['λεπτό', 'λεπτά'], ['λεπτού', 'λεπτών'], ['μήνα', 'μήνες'],
  ['μήνας', 'μήνες'], ['εβδομάδα', 'εβδομάδες'], ['εβδομάδας', 'εβδομάδων'], ['χρόνο', 'χρόνια'], ['έτος', 'έτη'],
  ['φορά', 'φορές'], ['δόση', 'δόσεις'], ['κουδούνισμα', 'κουδουνίσματα'], ['προσπάθεια', 'προσπάθειες'],
  ['hour', 'hours'], ['day', 'days'], ['minute', 'minutes'], ['week', 'weeks'], ['month', 'months'], ['year', 'years'],
  ['time', 'times'], ['ring', 'rings'], ['attempt', 'attempts'], ['instalment', 'instalments'],
];

/** Unit words that are adjectives: the noun after them agrees too («2 εργάσιμες ημέρες»). */
const ADJECTIVES = new Set(['εργάσιμη', 'εργάσιμες', 'εργάσιμης', 'εργάσιμων']);

/** English words that may stand between the number and its unit and keep their form ("3 working days"). */
const PASS_THROUGH = new Set(['working', 'business', 'calendar', 'extra', 'more', 'further', 'full', 'consecutive']);

let forms: { singular: Map<string, string>; plural: Map<string, string> } | undefined;

function unitForms(): { singular: Map<string, string>; plural: Map<string, string> } {
  if (!forms) {
    const singular = new Map<string, string>();
    const plural = new Map<string, string>();
    for (const [one, many] of UNIT_PAIRS) {
      // «μήνες» has two singulars (μήνα, μήνας): after a number the accusative is the usual one, and it comes first.
      if (!singular.has(many)) singular.set(many, one);
      plural.set(one, many);
    }
    forms = { singular, plural };
  }
  return forms;
}

/** Whether a filled value is a count the following unit agrees with, and if so whether it is exactly one. */
function countOf(value: string): 'one' | 'many' | undefined {
  const trimmed = value.trim();
  if (!/^\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?$/.test(trimmed)) return undefined;
  return trimmed === '1' ? 'one' : 'many';
}

/** `word` in the other number when it is a unit word, its capital kept; undefined for any other word. */
function agreeingWord(word: string, count: 'one' | 'many'): string | undefined {
  const lower = word.toLocaleLowerCase('el');
  const table = count === 'one' ? unitForms().singular : unitForms().plural;
  const other = table.get(lower);
  if (other === undefined) {
    const own = count === 'one' ? unitForms().plural : unitForms().singular;
    return own.has(lower) ? word : undefined;
  }
  return word === lower ? other : other.charAt(0).toLocaleUpperCase('el') + other.slice(1);
}

/**
 * The text that follows a filled variable, its first unit words put in the number `value` asks for. Text after a
 * value that is no count, or that opens with no unit word, comes back unchanged.
 */
export function agreeUnitsAfter(value: string, after: string): string {
  const count = countOf(value);
  if (!count) return after;
  let out = '';
  let rest = after;
  for (let words = 0; words < 3; words++) {
    const next = /^(\s+)([\p{L}]+)/u.exec(rest);
    if (!next) break;
    const [whole, space, word] = next as unknown as [string, string, string];
    const agreed = agreeingWord(word, count);
    if (agreed === undefined && !PASS_THROUGH.has(word.toLowerCase())) break;
    out += space + (agreed ?? word);
    rest = rest.slice(whole.length);
    if (agreed !== undefined && !ADJECTIVES.has(word.toLocaleLowerCase('el'))) break;
  }
  return out + rest;
}
