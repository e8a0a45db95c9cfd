/** The forms of a counted word; `{n}` stands for the number ("{n} entry" / "{n} entries"). */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A count as the language writes it: «1.234» in Greek, "1,234" in English (a bare 1234 reads as a year or a code). */
export function countNumber(n: number, locale = 'en'): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })));
  return f.format(n);
}

/**
 * A count with the right form of its word, by the language's own plural rules (CLDR, Intl.PluralRules):
 * "1 entry", "2 entries", «1 σημείωση», «3 σημειώσεις», "0 templates"; the number grouped as the language groups it
 * («1.234 σημειώσεις», "1,234 notes"). One place for the UI (lib/i18n's plural) and the CLI, instead of
 * `n === 1 ? … : …` written out wherever a number meets a noun.
 */
export function plural(n: number, forms: PluralForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = rule.select(n) === 'one' ? forms.one : forms.other;
  return form.replace('{n}', countNumber(n, locale));
}

/** English counts for the CLI and validator messages: `count(3, 'entry', 'entries')` → "3 entries". */
export const count = (n: number, one: string, other: string) => plural(n, { one: `{n} ${one}`, other: `{n} ${other}` });
