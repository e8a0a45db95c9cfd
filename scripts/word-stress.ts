/**
 * Writes knowledge/names/word-stress-data.ts: the accent of the Greek words the name rules put in the wrong place,
 * read from Debian's Greek spelling dictionary (hunspell-el: every form of every word, with its accent). Many
 * surnames are words (trades: τερζής, καφετζής, μυλωνάς; looks: ξανθός, γαλανός; nouns: δάσκαλος, κόρακας), so a
 * name in capitals takes the accent of the word it is. Only words declined like a man's name or surname (-ος,
 * -ης, -ας; capitalised names also -ώ) and only those the rules get wrong are kept, which keeps the
 * file small; a word spelt alike with two accents (νόμος, νομός) is left to the rules.
 *
 *   apt-get install hunspell-el
 *   node --import tsx scripts/word-stress.ts [path/to/el_GR.dic]
 *
 * Run it again after changing the rules (knowledge/names/stress.ts): the list is what the rules miss.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { finalSigma, letters, nuclei, plainKey } from '../knowledge/names/letters';
import { nameLexicon } from '../knowledge/names/lexicon';
import { accentedByRules } from '../knowledge/names/stress';
import { StressGroups, stressPlace } from './data-lines';

const DIC = process.argv[2] ?? '/usr/share/hunspell/el_GR.dic';
const OUT = fileURLToPath(new URL('../knowledge/names/word-stress-data.ts', import.meta.url));

const MAN_SHAPED = /(οσ|ησ|ασ)$/;
/** Capitalised: women's names in -ώ (Καλυψώ, Μαριγώ); not -ια, which are mostly places (Ζάμπια). */
const NAME_SHAPED = /ω$/;
/** Surname endings whose stress never varies (stress.ts): -όπουλος, -άκης, -άκος, -ίδης, -άδης. */
const SURE_ENDINGS = /(οπουλοσ|ακησ|ακοσ|ιδησ|αδησ)$/;
/** Participles and verb forms: no surnames, and their stress is regular. */
const NOT_NAMES = /(μενοσ|μενασ|μενησ|ντασ|θεισ|θεντασ|ωμενοσ|τεροσ|τατοσ|τερασ|τερησ)$/;

/** Accent-free key → the word's accented lower-case forms (more than one: spelt alike, stressed apart). */
function readDictionary(path: string): { forms: Map<string, Set<string>>; all: Map<string, string>; capitalised: Set<string> } {
  const text = new TextDecoder('iso-8859-7').decode(readFileSync(path));
  const forms = new Map<string, Set<string>>();
  const all = new Map<string, string>();
  const capitalised = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim().normalize('NFC');
    // One accent: «δάσκαλός» is the word before an enclitic (δάσκαλός μου), not its spelling.
    if (!/^\p{Script=Greek}{3,}$/u.test(word) || word.normalize('NFD').match(/\u0301/g)?.length !== 1) continue;
    const lower = word.toLocaleLowerCase('el');
    const plain = plainKey(lower);
    // The declension is read from the words only: the names beside them (Τερζή, Ξάνθη) are another paradigm.
    if (word[0] === lower[0]) all.set(plain, lower);
    const capital = word[0] !== lower[0];
    if (capital) {
      capitalised.add(plain);
      capitalForms.set(plain, finalSigma(lower));
    }
    if (!(MAN_SHAPED.test(plain) && !NOT_NAMES.test(plain)) && !(capital && NAME_SHAPED.test(plain))) continue;
    if (nuclei(letters(lower), true).length < 2) continue;
    const set = forms.get(plain) ?? new Set<string>();
    set.add(finalSigma(lower));
    forms.set(plain, set);
  }
  return { forms, all, capitalised };
}

/**
 * Whether the dictionary declines the word as a man's noun or adjective, not as the genitive of a woman's noun
 * (θάλασσας, φωνής) or of an adjective in -ος (ξανθής, γαλανής: its -ος form is the name's): -ος with its -ου and
 * -ο; -ης and -ας with a plural in -ηδες / -αδες (γανωτήδες, μυλωνάδες), with no -η / -α beside it stressed alike
 * (the dictionary has the lemma τερζής alone; μαχαίρα is another word than μαχαιράς), an adjective's -ούς (ακριβούς), an agent's -τής, or a genitive plural stressed
 * before the end (κόρακας → κοράκων, where θάλασσα → θαλασσών; σταφίδας, σταφίδων is a woman's noun too).
 */
function declinedAsMan(plain: string, word: string, all: Map<string, string>, capital: boolean): boolean {
  const stem = plain.slice(0, -2);
  // A name's genitive (Ζάμπιας of Ζάμπια) is no man's name.
  if (capital) return !/[αη]σ$/.test(plain) || capitalForms.get(`${stem}${plain.at(-2)}`) !== word.slice(0, -1);
  if (!/σ$/.test(plain)) return true;
  if (plain.endsWith('οσ')) return all.has(`${stem}ου`) && (all.has(`${stem}ο`) || all.has(`${stem}ε`));
  const vowel = plain.at(-2) === 'η' ? 'η' : 'α';
  const place = stressPlace(plain, word);
  const nominative = all.get(`${stem}${vowel}`);
  // A woman's -α / -η beside it stressed elsewhere is another word (μαχαίρα beside μαχαιράς).
  // The plural in -δες keeps the syllable of the singular's accent: ψαθάς → ψαθάδες, not ψάθας.
  const plural = all.get(`${stem}${vowel}δεσ`);
  if ((plural && stressedFromStart(plural) === stressedFromStart(word)) || !nominative || stressPlace(plainKey(nominative), nominative) !== place) return true;
  if (all.has(`${stem}οι`)) return false;
  if (all.has(`${stem}ουσ`) || /τησ$/.test(plain)) return true;
  const genitive = all.get(`${stem}ων`);
  return vowel === 'α' && place === 2 && genitive !== undefined && !genitive.endsWith('ών');
}

/** The syllable from the start that carries the accent (0 = first). */
const stressedFromStart = (word: string) => nuclei(letters(word), true).findIndex((n) => n.stressed);

/** Capitalised entries (names) by their accent-free key, lower case. */
const capitalForms = new Map<string, string>();

/**
 * The one form a key stands for, or undefined: the forms declined like a man's name; of a name and a word spelt
 * alike, the word (κεραμιδάς beside the dictionary's Κεραμίδας, ξανθός beside Ξάνθος), as surnames are words
 * more often than the dictionary lists them; a name stands alone where the word is a woman's genitive
 * (Πανουργιάς beside πανουργίας).
 */
function pick(plain: string, set: Set<string>, all: Map<string, string>, capital: boolean): string | undefined {
  const isName = (w: string) => capital && capitalForms.get(plain) === w;
  let words = [...set].filter((w) => declinedAsMan(plain, w, all, isName(w)));
  if (words.length > 1) words = words.filter((w) => !isName(w));
  return words.length === 1 ? words[0] : undefined;
}

function main(): void {
  const lexicon = nameLexicon();
  const groups = new StressGroups();
  const { forms, all, capitalised } = readDictionary(DIC);
  for (const [plain, set] of forms) {
    // A surname that is also a listed first name (Ξανθός, Ξάνθος) keeps the word's accent: see stress.ts.
    const listed = lexicon.lookup(plain);
    // The commonest surname endings are surer than the dictionary (which has a Δρακοπούλος).
    if ((listed && (listed.last || !listed.first)) || SURE_ENDINGS.test(plain)) continue;
    const word = pick(plain, set, all, capitalised.has(plain));
    if (word === undefined) continue;
    const capitals = plain.toLocaleUpperCase('el');
    const roles = [undefined, 'last', 'first'] as const;
    const byRules = (role: (typeof roles)[number]) => (listed ? listed.written.toLocaleLowerCase('el') : accentedByRules(capitals, lexicon, role).lower);
    if (roles.every((role) => byRules(role) === word)) continue;
    groups.add(plain, word);
  }
  writeFileSync(OUT, `${HEADER}export const WORD_STRESS = \`\n${groups.lines()}\`;\n`);
  console.log(`${groups.size} words the rules get wrong, written to ${OUT}`);
}

const HEADER = `/**
 * GENERATED by scripts/word-stress.ts from Debian's hunspell-el (el_GR.dic): do not edit; run the script again.
 * The accent of Greek words shaped like men's names and surnames where the rules of stress.ts put it wrongly,
 * as \`<syllable from the end (0 = last)> <accent-free key> …\`, or \`= <word> …\` written in full.
 *
 * Source: the Greek dictionary for hunspell, Copyright (C) 2002 Evripidis Papakostas, 2006 Steve Stavropoulos,
 * licensed under MPL-1.1 or GPL-2 or LGPL-2.1 (the choice of the recipient). This file is derived from it and is
 * distributed under the Mozilla Public License 1.1 (https://www.mozilla.org/MPL/1.1/): a file-level licence, so it
 * leaves the licence of the rest of Odigos alone; changes to this file stay under MPL-1.1.
 */
`;

main();
