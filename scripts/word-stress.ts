/**
 * Writes knowledge/names/word-stress-data.ts: the accent of the Greek words the name rules put in the wrong place,
 * read from Debian's Greek spelling dictionary (hunspell-el: every form of every word, with its accent). Many
 * surnames are words (trades: τερζής, καφετζής, μυλωνάς; looks: ξανθός, γαλανός; nouns: δάσκαλος, κόρακας), so a
 * name in capitals takes the accent of the word it is. Only words declined like a man's name or surname (-ος,
 * -ης, -ας; capitalised names also -ώ, -ιά) and only those the rules get wrong are kept, which keeps the
 * file small; a word spelt alike with two accents (νόμος, νομός) is left to the rules.
 *
 *   apt-get install hunspell-el
 *   npm run names:word-stress [-- path/to/el_GR.dic]
 *
 * Run it again after changing the rules (knowledge/names/stress.ts): the list is what the rules miss.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { finalSigma, letters, nuclei, plainKey, accentSyllable } from '../knowledge/names/letters';
import { nameLexicon } from '../knowledge/names/lexicon';
import { accentedByRules } from '../knowledge/names/stress';

const DIC = process.argv[2] ?? '/usr/share/hunspell/el_GR.dic';
const OUT = fileURLToPath(new URL('../knowledge/names/word-stress-data.ts', import.meta.url));

const MAN_SHAPED = /(οσ|ησ|ασ)$/;
const NAME_SHAPED = /(ω|ια)$/;
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
      capitalForms.add(finalSigma(lower));
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
 * -ο; -ης and -ας with a plural in -ηδες / -αδες (γανωτήδες, μυλωνάδες), with no -η / -α beside it (the dictionary
 * has the lemma τερζής alone), an adjective's -ούς (ακριβούς), an agent's -τής, or a genitive plural stressed
 * before the end (κόρακας → κοράκων, where θάλασσα → θαλασσών; σταφίδας, σταφίδων is a woman's noun too).
 */
function declinedAsMan(plain: string, word: string, all: Map<string, string>, capital: boolean): boolean {
  if (capital || !/σ$/.test(plain)) return true;
  const stem = plain.slice(0, -2);
  if (plain.endsWith('οσ')) return all.has(`${stem}ου`) && (all.has(`${stem}ο`) || all.has(`${stem}ε`));
  const vowel = plain.at(-2) === 'η' ? 'η' : 'α';
  if (all.has(`${stem}${vowel}δεσ`) || !all.has(`${stem}${vowel}`)) return true;
  if (all.has(`${stem}οσ`)) return false;
  if (all.has(`${stem}ουσ`) || /τησ$/.test(plain)) return true;
  const genitive = all.get(`${stem}ων`);
  return vowel === 'α' && stressPlace(plain, word) === 2 && genitive !== undefined && !genitive.endsWith('ών');
}

/** The syllable from the end that carries the accent, when putting it back there gives the word again. */
function stressPlace(plain: string, word: string): number | undefined {
  for (let at = 0; at < 4; at++) if (finalSigma(accentSyllable(plain, at)) === word) return at;
  return undefined;
}

/** A capitalised entry lowered into the set: the set holds lower-case forms, so tell them by the capital form. */
const capitalisedForm = (w: string, set: Set<string>) => capitalForms.has(w) && set.size > 1 && [...set].some((o) => o !== w && !capitalForms.has(o));
const capitalForms = new Set<string>();

function main(): void {
  const lexicon = nameLexicon();
  const byPlace = new Map<string, string[]>();
  let kept = 0;
  const { forms, all, capitalised } = readDictionary(DIC);
  for (const [plain, set] of forms) {
    // A word and a name spelt alike (ξανθός, Ξάνθος): the word, as surnames are words and first names are listed.
    const words = set.size > 1 ? [...set].filter((w) => w === w.toLocaleLowerCase('el') && !capitalisedForm(w, set)) : [...set];
    // A surname that is also a listed first name (Ξανθός, Ξάνθος) keeps the word's accent: see stress.ts.
    const listed = lexicon.lookup(plain);
    if (words.length !== 1 || (listed && (listed.last || !listed.first))) continue;
    const word = words[0]!;
    if (!declinedAsMan(plain, word, all, capitalised.has(plain))) continue;
    const capitals = plain.toLocaleUpperCase('el');
    const roles = [undefined, 'last', 'first'] as const;
    const byRules = (role: (typeof roles)[number]) => (listed ? listed.written.toLocaleLowerCase('el') : accentedByRules(capitals, lexicon, role).lower);
    if (roles.every((role) => byRules(role) === word)) continue;
    const place = stressPlace(plain, word);
    const head = place === undefined ? '=' : String(place);
    const list = byPlace.get(head) ?? [];
    list.push(place === undefined ? word.replace(/ς$/, 'σ') : plain);
    byPlace.set(head, list);
    kept++;
  }
  const lines = [...byPlace.keys()].sort().map((head) => `${head} ${byPlace.get(head)!.sort().join(' ')}`);
  writeFileSync(OUT, `${HEADER}export const WORD_STRESS = \`\n${wrap(lines).join('\n')}\`;\n`);
  console.log(`${kept} words the rules get wrong, written to ${OUT}`);
}

/** Lines of at most 120 characters, each starting with its group's head. */
function wrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const [head, ...words] = line.split(' ');
    let cur = head!;
    for (const w of words) {
      if (cur.length + w.length + 1 > 120) {
        out.push(cur);
        cur = head!;
      }
      cur += ` ${w}`;
    }
    out.push(cur);
  }
  return out;
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
