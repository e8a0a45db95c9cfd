/**
 * The language odigos speaks in: Greek when asked (`--lang el`) or when the terminal's locale is Greek (LC_ALL,
 * then LC_MESSAGES, then LANG, as POSIX reads them: the first one set decides), English otherwise. The trainers
 * are Greek; a pipeline that parses the output should use --json, whose words stay English with the codes beside.
 */
import type { Lang } from '../types';
import { plural, type PluralForms } from '../text/plural';
import { fill } from '../text/fill';

export type Env = Readonly<Record<string, string | undefined>>;

export function envLang(env: Env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('el') ? 'el' : 'en';
}

/** odigos's own words (beside the problems', knowledge/pack/problem-words.ts), Greek and English side by side. */
const STRINGS = {
  'validate.ok': { el: 'ΕΝΤΑΞΕΙ: {pack} {version}, {entries} — {errors}, {warnings}', en: 'OK: {pack} {version}, {entries} — {errors}, {warnings}' },
  'validate.failed': { el: 'ΑΠΕΤΥΧΕ: {pack} {version}, {entries} — {errors}, {warnings}', en: 'FAILED: {pack} {version}, {entries} — {errors}, {warnings}' },
  'validate.noPack': { el: 'ΑΠΕΤΥΧΕ: {path} — {errors}, {warnings}', en: 'FAILED: {path} — {errors}, {warnings}' },
  'build.failed': { el: '{src}: {errors}, {warnings}{strict}· δεν γράφτηκε τίποτα', en: '{src}: {errors}, {warnings}{strict}; nothing written' },
  'build.tooLarge': {
    el: '{src}: το πακέτο θα ήταν {size}, περισσότερο από τα {max} που επιτρέπονται· χωρίστε το σε περισσότερα πακέτα· δεν γράφτηκε τίποτα',
    en: '{src}: the compiled pack would be {size}, more than the {max} a pack may be; split it into several packs; nothing written',
  },
  'build.selfCheck': {
    el: '{out}: το πακέτο που φτιάχτηκε δεν περνά τον δικό του έλεγχο{first}· είναι σφάλμα του odigos, αναφέρετέ το· δεν γράφτηκε τίποτα',
    en: '{out}: the compiled pack fails its own check{first}; this is a fault in odigos, please report it; nothing written',
  },
  'build.done': { el: 'Φτιάχτηκε το {pack} {version}: {entries} ({sops}, {templates}) → {out}', en: 'Built {pack} {version}: {entries} ({sops}, {templates}) → {out}' },
  'load.more': { el: '… και άλλα {n} (το odigos validate {path} τα δείχνει όλα)', en: '… and {n} more (odigos validate {path} lists them all)' },
  'load.failed': { el: '{path}: το πακέτο έχει {errors}· διορθώστε τα και δοκιμάστε ξανά', en: '{path}: the pack has {errors}; fix them and try again' },
  'load.failedOne': { el: '{path}: το πακέτο έχει 1 σφάλμα· διορθώστε το και δοκιμάστε ξανά', en: '{path}: the pack has 1 error; fix it and try again' },
} as const satisfies Record<string, Record<Lang, string>>;

const COUNTED = {
  errors: { el: { one: '{n} σφάλμα', other: '{n} σφάλματα' }, en: { one: '{n} error', other: '{n} errors' } },
  warnings: { el: { one: '{n} προειδοποίηση', other: '{n} προειδοποιήσεις' }, en: { one: '{n} warning', other: '{n} warnings' } },
  entries: { el: { one: '{n} καταχώριση', other: '{n} καταχωρίσεις' }, en: { one: '{n} entry', other: '{n} entries' } },
  sops: { el: { one: '{n} διαδικασία', other: '{n} διαδικασίες' }, en: { one: '{n} SOP', other: '{n} SOPs' } },
  templates: { el: { one: '{n} πρότυπο', other: '{n} πρότυπα' }, en: { one: '{n} template', other: '{n} templates' } },
} as const satisfies Record<string, Record<Lang, PluralForms>>;

const LOCALE: Record<Lang, string> = { el: 'el-GR', en: 'en' };

/** The accessor for odigos's words in `lang`, with `{names}` filled in. */
export function cliStrings(lang: Lang) {
  return (key: keyof typeof STRINGS, values: Record<string, string | number> = {}): string =>
    fill(STRINGS[key][lang], values);
}

/** A count with its word in `lang` («3 σφάλματα», "1 warning"). */
export function cliCount(lang: Lang) {
  return (key: keyof typeof COUNTED, n: number): string => plural(n, COUNTED[key][lang], LOCALE[lang]);
}
