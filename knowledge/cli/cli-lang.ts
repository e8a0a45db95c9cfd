/**
 * The language odigos speaks in: Greek when asked (`--lang el`) or when the terminal's locale is Greek (LC_ALL,
 * then LC_MESSAGES, then LANG, as POSIX reads them: the first one set decides), English otherwise. The trainers
 * are Greek; a pipeline that parses the output should use --json, whose words stay English with the codes beside.
 * The words themselves are in ./cli-words.ts, Greek and English side by side.
 */
import type { Lang } from '../types';
import { plural } from '../text/plural';
import { fill } from '../text/fill';
import { CLI_COUNTED, CLI_STRINGS } from './cli-words';

export type Env = Readonly<Record<string, string | undefined>>;
/** One text in both languages: help, a failure thrown before anyone knows the reader's language. */
export type Words = Readonly<Record<Lang, string>>;
export type CliKey = keyof typeof CLI_STRINGS;
type Value = string | number | Words;

export function envLang(env: Env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('el') ? 'el' : 'en';
}

const LOCALE: Record<Lang, string> = { el: 'el-GR', en: 'en' };

const valuesIn = (values: Record<string, Value>, lang: Lang): Record<string, string | number> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));

/** The accessor for odigos's words in `lang`, with `{names}` filled in (a value in both languages takes `lang`'s). */
export function cliStrings(lang: Lang) {
  return (key: CliKey, values: Record<string, Value> = {}): string => fill(CLI_STRINGS[key][lang], valuesIn(values, lang));
}

/** A count with its word in `lang` («3 σφάλματα», "1 warning"). */
export function cliCount(lang: Lang) {
  return (key: keyof typeof CLI_COUNTED, n: number): string => plural(n, CLI_COUNTED[key][lang], LOCALE[lang]);
}

/** The words in both languages, filled in: for a failure thrown where the reader's language is not known. */
export function cliSaid(key: CliKey, values: Record<string, Value> = {}): Words {
  return { el: cliStrings('el')(key, values), en: cliStrings('en')(key, values) };
}

/** A count in both languages. */
export function cliCounted(key: keyof typeof CLI_COUNTED, n: number): Words {
  return { el: cliCount('el')(key, n), en: cliCount('en')(key, n) };
}

/** A number as `lang` writes it (0,85 / 0.85), with `digits` decimals at most and `fewest` at least. */
export function cliNumber(n: number, lang: Lang, digits: number, fewest = digits): string {
  return n.toLocaleString(LOCALE[lang], { minimumFractionDigits: fewest, maximumFractionDigits: digits, useGrouping: false });
}
