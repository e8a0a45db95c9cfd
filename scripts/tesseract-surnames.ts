/**
 * Writes knowledge/names/surname-stress-data.ts: the accent of the surnames that Greek text spells with a capital and
 * that no list, word or rule of Odigos stresses rightly in capitals (ΚΟΥΤΣΟΓΙΩΡΓΑΣ → Κουτσόγιωργας, ΠΑΠΑΔΙΑΜΑΝΤΗΣ
 * → Παπαδιαμάντης). Read from the word list of Tesseract's Greek model (Debian's tesseract-ocr-ell, Apache-2.0), a
 * list of words with their accents gathered from Greek web text, capitalised ones among them.
 *
 * Kept: capitalised words of Greek letters with one accent and two syllables or more, shaped like a man's surname
 * (-ος, -ης, -ας) or a woman's in -ου (a woman's -α / -η is made of the man's: alone, they are mostly places, plurals
 * and adjectives), that the list capitalises one way only and never writes so in lower case (a word at the head of a
 * sentence; a lower-case word stressed otherwise is another word: Μαχαιράς, μαχαίρας) and the built-in lists do
 * not hold (their spelling stays), where `accented` without this list puts the accent elsewhere. Left out: a -ου
 * stressed three syllables from the end or otherwise than the woman's form of the list's -ος (Αργυρόπουλου, Στέλιου:
 * the everyday genitive of a name, not a surname), the -ου of a listed first name, and the genitive of a listed
 * woman's name (Μαργαρίτας). Many kept words are places or their genitives
 * (Κάνδανος, Κομοτηνής): a surname spelt alike is rare and then mostly stressed alike. stress.ts makes a woman's form
 * of a man's here (Κουτσόγιωργα of Κουτσόγιωργας, Σεργιανοπούλου of Σεργιανόπουλος).
 *
 * Also kept: a man's -ας / -ης the list writes only in its other cases (the capitalised -α / -η of the genitive,
 * accusative and vocative, «του Καρβέλα», «τον Τσακνή», which keep the nominative's accent), under the same tests,
 * less -ια (mostly places) and what the spelling dictionary's capitalised names (name-stress-data.ts) already give:
 * see fromOblique.
 *
 * Input: the model's word list, made as /work/data/tesseract-ell/README.txt says (combine_tessdata -u, then
 * dawg2wordlist of ell.lstm-word-dawg), one word a line. Run it again after changing the rules or the lists.
 *
 *   node --import tsx scripts/tesseract-surnames.ts [path/to/ell-lstm-words.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { finalSigma, letters, nuclei, plainKey } from '../knowledge/names/letters';
import { nameLexicon } from '../knowledge/names/lexicon';
import { accentedWithoutSeenSurnames, feminineOfOs } from '../knowledge/names/stress';
import { nameStress } from '../knowledge/names/word-stress';
import { StressGroups } from './data-lines';

const WORDS = process.argv[2] ?? '/work/data/tesseract-ell/ell-lstm-words.txt';
const OUT = fileURLToPath(new URL('../knowledge/names/surname-stress-data.ts', import.meta.url));
const SHAPED = /(οσ|ησ|ασ|ου)$/;

/**
 * Accent-free key → the accented forms (in lower case) of the words the list writes with a capital, the one it
 * writes capitalised, and those of the words it writes in lower case.
 */
function readWords(path: string): { forms: Map<string, Set<string>>; capitalised: Map<string, string>; common: Map<string, Set<string>> } {
  const forms = new Map<string, Set<string>>();
  const capitalised = new Map<string, string>();
  const common = new Map<string, Set<string>>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const word = raw.trim().normalize('NFC');
    // Modern spelling only: one acute, perhaps a diaeresis, no breathings or circumflex (the ancient words of a list).
    const marks = word.normalize('NFD').match(/[\u0300-\u036f]/g) ?? [];
    if (!/^\p{Script=Greek}+$/u.test(word) || marks.filter((m) => m === '\u0301').length !== 1 || marks.some((m) => !/[\u0301\u0308]/.test(m))) continue;
    const lower = finalSigma(word.toLocaleLowerCase('el'));
    const key = plainKey(lower);
    const lowerCase = /^\p{Ll}+$/u.test(word);
    const into = lowerCase ? common : forms;
    into.set(key, (into.get(key) ?? new Set<string>()).add(lower));
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) capitalised.set(key, lower);
  }
  return { forms, capitalised, common };
}

/** The syllable from the end that carries the accent (0 = the last). */
const fromEnd = (word: string) => {
  const ns = nuclei(letters(word), true);
  return ns.length - 1 - ns.findIndex((n) => n.stressed);
};

/** A woman's -ου that is the grammar's of a man's -ος (Σεργιανοπούλου of Σεργιανόπουλος), not a name's genitive. */
function womansOu(key: string, word: string, capitalised: Map<string, string>): boolean {
  if (fromEnd(word) >= 2) return false;
  const masc = `${key.slice(0, -2)}οσ`;
  if (nameLexicon().lookup(masc)?.first) return false;
  const man = capitalised.get(masc);
  return !man || feminineOfOs(man) === word;
}

/**
 * A man's surname in -ας / -ης that the list never writes in the nominative but writes in its other cases, the
 * genitive, accusative and vocative («του Καρβέλα», «τον Τσακνή»), which keep the accent where the nominative has it
 * (and so does a woman's -α / -η of the same name): Greek text names a man in those cases as often as in the
 * nominative. Read under the same tests as the nominatives (spelt one way, never so in lower case, no listed name),
 * less -ια (mostly places: Μεσσηνία) and the keys the spelling dictionary's capitalised names already give.
 */
function fromOblique(forms: Map<string, Set<string>>, capitalised: Map<string, string>, common: Map<string, Set<string>>): Map<string, string> {
  const lexicon = nameLexicon();
  const out = new Map<string, string>();
  for (const [key, word] of capitalised) {
    if (!/[αη]$/.test(key) || /ια$/.test(key) || forms.get(key)!.size > 1 || nuclei(letters(word), true).length < 2) continue;
    const manKey = `${key}σ`;
    const man = `${word}ς`;
    if (forms.has(manKey) || common.get(key)?.has(word) || lexicon.lookup(key) || lexicon.lookup(manKey) || nameStress(manKey)) continue;
    if (accentedWithoutSeenSurnames(manKey.toLocaleUpperCase('el'), lexicon, 'last').lower === man) continue;
    out.set(manKey, man);
  }
  return out;
}

function main(): void {
  const { forms, capitalised, common } = readWords(WORDS);
  const lexicon = nameLexicon();
  const kept = new Map<string, string>();
  for (const [key, word] of capitalised) {
    if (!SHAPED.test(key) || forms.get(key)!.size > 1 || nuclei(letters(word), true).length < 2) continue;
    // A word the list also writes so in lower case is a word at the head of a sentence (Αναφορά), not a name; one
    // it writes in lower case with another accent is a name beside a word (Μαχαιράς beside μαχαίρας).
    if (common.get(key)?.has(word) || lexicon.lookup(key)) continue;
    if (key.endsWith('ου') && !womansOu(key, word, capitalised)) continue;
    // The genitive of a woman's first name (Μαργαρίτας, Αγγελικής), not a man's surname.
    if (/[αη]σ$/.test(key) && lexicon.lookup(key.slice(0, -1))?.first) continue;
    if (accentedWithoutSeenSurnames(key.toLocaleUpperCase('el'), lexicon, 'last').lower === word) continue;
    kept.set(key, word);
  }
  for (const [key, word] of fromOblique(forms, capitalised, common)) if (!kept.has(key)) kept.set(key, word);
  const groups = new StressGroups();
  for (const [key, word] of kept) groups.add(key, word);
  writeFileSync(OUT, `${HEADER}\nexport const SURNAME_STRESS = \`\n${groups.lines()}\n\`;\n`);
  console.log(`${groups.size} surnames → ${OUT}`);
}

const HEADER = `/**
 * GENERATED by scripts/tesseract-surnames.ts: do not edit; run the script again.
 * The accent of surnames as Greek text spells them, where no list, word or rule of Odigos gives it for a surname in
 * capitals, as \`<syllable from the end (0 = last)> <accent-free key> …\`, or \`= <word> …\` written in full
 * (word-stress.ts reads it; stress.ts makes a woman's -α / -η / -ου of a man's here). Data only.
 *
 * Source: the word list of Tesseract's Greek model (github.com/tesseract-ocr/tessdata_fast, ell.traineddata, as
 * Debian's tesseract-ocr-ell 1:4.1.0-2 ships it), read 2026-12-04; Apache License 2.0, Copyright 2006-2022 Google
 * Inc. Its capitalised words shaped like a surname that it spells one way only and no built-in list holds; many are
 * places, kept as a surname spelt alike is mostly stressed alike. A man's -ας / -ης it never writes in the nominative
 * is read from its other cases, -α / -η («του Καρβέλα»), which keep the accent; many of those are places and
 * feminine words, harmless for the same reason.
 */`;

main();
