/**
 * Looking names up: the built-in lists (lexicon-data.ts) read once on first use, with a pack's own names
 * (names.yaml) laid over them. Greek words are found by their accent-free key, so «ΓΙΩΡΓΟΣ», «Γιωργος» and
 * «Γιώργος» are one name; names in Latin letters by the loose key of translit.ts ("Giorgos", "Yiorgos").
 */
import {
  EITHER_FIRST_NAMES, ENGLISH_FEMALE, ENGLISH_MALE, FEMALE_FIRST_NAMES, FOREIGN_FEMALE, FOREIGN_MALE, KNOWN_SURNAMES,
  MALE_FIRST_NAMES, VOCATIVE_EXCEPTIONS,
} from './lexicon-data';
import { COMMON_SURNAMES, MORE_FEMALE_FIRST_NAMES } from './surname-data';
import { FAKER_SURNAMES } from './faker-surname-data';
import { FAKER_PY_FEMALE_SURNAMES, FAKER_PY_MALE_SURNAMES } from './faker-py-surname-data';
import { DICTIONARY_FEMALE_FIRST_NAMES } from './dictionary-name-data';
import { NAMEDAY_FEMALE_FIRST_NAMES, NAMEDAY_MALE_FIRST_NAMES } from './nameday-name-data';
import { plainKey } from './letters';
import { looseKey } from './translit';
import type { Gender, NameEntry } from './types';

export interface NameInfo {
  /** The name as written with its accents, in title case («Παπαδόπουλος»). */
  written: string;
  gender?: Gender;
  /** Known as a first name, as a surname (a name may be both: Μιχαήλ, Θεοχάρης). */
  first: boolean;
  last: boolean;
  /** The vocative where the rules would get it wrong. */
  vocative?: string;
  /** A foreign name in Greek letters that is not declined (Τζέιμς). */
  foreign?: boolean;
  /**
   * Known as a first name only from the full name-day list (Γερμανός, Ζάχος, Θεοτόκης, Μανώλας): it gives the
   * name its stress and gender, but many such everyday forms are common surnames, so it weighs less than a common
   * first name when telling the first name from the surname, and it does not hide the stress of a word spelt alike.
   */
  rare?: boolean;
  /** The surname's spelling where a surname list spells a rare name of the name-day list otherwise (Μανωλάς, Μανώλας). */
  lastWritten?: string;
  /**
   * Known as a surname only from a list of women's forms (Βλάχου, of Βλάχος): no list has a man with it, so after
   * «του κου» it is his Βλάχος in the genitive (nominative.ts), where Γεωργίου is his own.
   */
  womenOnly?: boolean;
}

export interface NameLexicon {
  /** A Greek word (any case, accents or not). */
  lookup(word: string): NameInfo | undefined;
  /** A first name in Latin letters: its gender, from the Greek names' loose keys and common English names. */
  latinFirstName(word: string): { gender?: Gender } | undefined;
  /**
   * The Greek names a word in Latin letters may be («nikolaou» → Νικολάου; «papas» → Παπάς, Παππάς): every listed
   * name whose loose key (translit.ts) is the word's. Several answers mean the Greek spelling is not certain.
   */
  fromLatin(word: string): readonly NameInfo[];
}

interface Tables {
  greek: Map<string, NameInfo>;
  latin: Map<string, Gender | 'either'>;
  /** The Greek names by loose key, built on the first look-up from Latin letters. */
  byLoose?: Map<string, NameInfo[]>;
}

function looseIndex(names: Iterable<NameInfo>): Map<string, NameInfo[]> {
  const index = new Map<string, NameInfo[]>();
  for (const info of names) {
    if (info.foreign || (!info.first && !info.last)) continue;
    const key = looseKey(info.written);
    index.set(key, [...(index.get(key) ?? []), info]);
  }
  return index;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

function add(greek: Map<string, NameInfo>, written: string, info: Omit<NameInfo, 'written'>): void {
  const key = plainKey(written);
  const had = greek.get(key);
  if (!had) {
    greek.set(key, { written, ...info });
    return;
  }
  // A first name listed for both sexes says nothing of the customer's.
  if (info.first) had.gender = had.first && had.gender !== info.gender ? undefined : info.gender;
  // Rare only while every list that has it as a first name is the name-day list.
  if (info.first) had.rare = had.first ? had.rare && info.rare : info.rare;
  if (info.last && !had.last && had.rare && written !== had.written) had.lastWritten = written;
  if (info.last) had.womenOnly = had.last ? had.womenOnly && info.womenOnly : info.womenOnly;
  had.first ||= info.first;
  had.last ||= info.last;
  had.vocative ??= info.vocative;
  had.foreign ||= info.foreign;
}

function addLatin(latin: Map<string, Gender | 'either'>, key: string, gender: Gender | undefined): void {
  if (!key) return;
  const had = latin.get(key);
  latin.set(key, gender === undefined || (had !== undefined && had !== gender) ? 'either' : gender);
}

let tables: Tables | undefined;

/** Built on first use: no work when the module is merely imported. */
function builtIn(): Tables {
  if (tables) return tables;
  const greek = new Map<string, NameInfo>();
  for (const w of words(MALE_FIRST_NAMES)) add(greek, w, { gender: 'm', first: true, last: false });
  for (const w of words(FEMALE_FIRST_NAMES)) add(greek, w, { gender: 'f', first: true, last: false });
  for (const w of words(MORE_FEMALE_FIRST_NAMES)) add(greek, w, { gender: 'f', first: true, last: false });
  for (const w of words(DICTIONARY_FEMALE_FIRST_NAMES)) add(greek, w, { gender: 'f', first: true, last: false });
  for (const w of words(NAMEDAY_MALE_FIRST_NAMES)) add(greek, w, { gender: 'm', first: true, last: false, rare: true });
  for (const w of words(NAMEDAY_FEMALE_FIRST_NAMES)) add(greek, w, { gender: 'f', first: true, last: false, rare: true });
  for (const w of words(EITHER_FIRST_NAMES)) add(greek, w, { first: true, last: false, foreign: true });
  for (const w of words(FOREIGN_MALE)) add(greek, w, { gender: 'm', first: true, last: false, foreign: true });
  for (const w of words(FOREIGN_FEMALE)) add(greek, w, { gender: 'f', first: true, last: false, foreign: true });
  for (const w of words(KNOWN_SURNAMES)) add(greek, w, { first: false, last: true });
  for (const w of words(COMMON_SURNAMES)) add(greek, w, { first: false, last: true });
  for (const w of words(FAKER_SURNAMES)) add(greek, w, { first: false, last: true });
  // After the hand-written lists, so their spelling wins where the two differ (Γκαγκάς, Τσακμακής).
  for (const w of words(FAKER_PY_MALE_SURNAMES)) add(greek, w, { first: false, last: true });
  for (const w of words(FAKER_PY_FEMALE_SURNAMES)) add(greek, w, { first: false, last: true, womenOnly: true });
  for (const line of VOCATIVE_EXCEPTIONS.split('\n')) {
    const [name, voc] = words(line);
    if (name && voc) add(greek, name, { first: false, last: false, vocative: voc });
  }
  const latin = new Map<string, Gender | 'either'>();
  for (const info of greek.values()) if (info.first && !info.foreign) addLatin(latin, looseKey(info.written), info.gender);
  for (const w of words(ENGLISH_MALE)) addLatin(latin, looseKey(w), 'm');
  for (const w of words(ENGLISH_FEMALE)) addLatin(latin, looseKey(w), 'f');
  tables = { greek, latin };
  return tables;
}

function fromEntry(e: NameEntry, had: NameInfo | undefined): NameInfo {
  const kind = e.kind;
  return {
    written: e.name,
    gender: e.gender ?? had?.gender,
    first: kind ? kind === 'first' : (had?.first ?? e.gender !== undefined),
    last: kind ? kind === 'last' : (had?.last ?? false),
    ...(e.vocative ? { vocative: e.vocative } : had?.vocative ? { vocative: had.vocative } : {}),
    ...(had?.foreign ? { foreign: true } : {}),
  };
}

const layered = new WeakMap<readonly NameEntry[], NameLexicon>();

/** The built-in names with `extra` (a pack's names.yaml, first pack first) laid over them. */
export function nameLexicon(extra: readonly NameEntry[] = []): NameLexicon {
  const cached = layered.get(extra);
  if (cached) return cached;
  const base = builtIn();
  const own = new Map<string, NameInfo>();
  const ownLatin = new Map<string, Gender | 'either'>();
  for (const e of extra) {
    const key = plainKey(e.name);
    if (own.has(key)) continue; // the first pack that names it wins
    const info = fromEntry(e, base.greek.get(key));
    own.set(key, info);
    if (info.first && info.gender) ownLatin.set(looseKey(e.name), info.gender);
  }
  const lexicon: NameLexicon = {
    lookup: (word) => {
      const key = plainKey(word);
      return own.get(key) ?? base.greek.get(key);
    },
    latinFirstName: (word) => {
      const key = looseKey(word);
      const g = ownLatin.get(key) ?? base.latin.get(key);
      if (g === undefined) return undefined;
      return g === 'either' ? {} : { gender: g };
    },
    fromLatin: (word) => {
      base.byLoose ??= looseIndex(base.greek.values());
      const key = looseKey(word);
      // A pack's own name stands in for the built-in one of the same key (its spelling wins, as in lookup).
      const builtIn = (base.byLoose.get(key) ?? []).filter((info) => !own.has(plainKey(info.written)));
      return [...[...own.values()].filter((info) => looseKey(info.written) === key), ...builtIn];
    },
  };
  layered.set(extra, lexicon);
  return lexicon;
}
