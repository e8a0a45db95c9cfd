/** The forms of a counted word; `{n}` stands for the number ("{n} entry" / "{n} entries"). */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count with the right form of its word, by the language's own plural rules (CLDR, Intl.PluralRules):
 * "1 entry", "2 entries", «1 σημείωση», «3 σημειώσεις», "0 templates". One place for the UI (lib/i18n's plural)
 * and the CLI, instead of `n === 1 ? … : …` written out wherever a number meets a noun.
 */
export function plural(n: number, forms: PluralForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = rule.select(n) === 'one' ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}

/** English counts for the CLI and validator messages: `count(3, 'entry', 'entries')` → "3 entries". */
export const count = (n: number, one: string, other: string) => plural(n, { one: `{n} ${one}`, other: `{n} ${other}` });
