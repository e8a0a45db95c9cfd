import type { Lang } from '../types';
import { indexTerms } from './analyze';
import { tokenize } from './fold';
import { messageLang } from './message-lang';

/**
 * The words the entries of each language are written with, as the index keys them (analyze.ts): what an agent's
 * Latin query word may be read as. English: the English stems of the English entries' words. Greek: the phonetic keys
 * of the Greek entries' Greek-script words (a Greeklish spelling keys the same), and the English stems of the Latin
 * words their text uses as Greek does (email, roaming, IBAN, link): typed on a Greek ticket, those ask for Greek as
 * much as for English. Triggers are left out of the Greek side: they hold English phrasings on purpose ("refund how
 * long"), which say nothing about the language a reply is written in.
 */
export interface Vocabulary {
  en: ReadonlySet<string>;
  el: ReadonlySet<string>;
}

/** What the vocabulary is read from: an entry's language and text. */
export interface Worded {
  lang: Lang;
  title: string;
  triggers: readonly string[];
  tags: readonly string[];
  body: string;
}

export function vocabulary(entries: Iterable<Worded>): Vocabulary {
  const en = new Set<string>();
  const el = new Set<string>();
  for (const e of entries) {
    const english = e.lang === 'en';
    const text = english ? [e.title, ...e.triggers, ...e.tags, e.body] : [e.title, ...e.tags, e.body];
    for (const t of tokenize(text.join('\n'))) {
      if (t.script === 'other') continue;
      for (const term of indexTerms(t, e.lang)) {
        // A Greek entry's Latin word is keyed in both spaces: its Greeklish readings are not Greek words.
        if (english) en.add(term);
        else if (t.script === 'greek' || term.startsWith('e:')) el.add(term);
      }
    }
  }
  return { en, el };
}

/**
 * The language an agent's query is written in. Its function words and script first (messageLang); when they do not
 * tell, as in "refund confirmed" (no function word: as much English as Greeklish to messageLang), its words: a Latin
 * word whose English reading the English entries use and which reads as no word of the Greek entries is English
 * ("refund", "confirmed"), and a phrase of two words or more with such a word is English; one read only as a Greek entries' word is Greeklish ("diplh", "xrewsh"). A word read both
 * ways ("email") or neither (a typo) tells nothing; words that disagree leave the language undecided.
 */
export function queryLang(query: string, words: Vocabulary): Lang | undefined {
  const said = messageLang(query);
  if (said) return said;
  let en = 0;
  let el = 0;
  let latin = 0;
  for (const t of tokenize(query, 20)) {
    if (t.script !== 'latin') continue;
    latin++;
    const terms = indexTerms(t, 'el');
    const english = terms.some((x) => x.startsWith('e:') && words.en.has(x));
    const greek = terms.some((x) => words.el.has(x));
    if (english && !greek) en++;
    else if (greek && !english) el++;
  }
  // A query of one English word leaves it open: Greek agents type «card», «password», «closing» for the Greek template
  // as often as for the English one; a phrase ("refund confirmed", "refund timeline") is written in English.
  return en && !el && latin >= 2 ? 'en' : el && !en ? 'el' : undefined;
}
