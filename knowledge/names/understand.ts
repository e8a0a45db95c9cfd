/**
 * Which word of a customer's name is the first name and which the surname, and the customer's gender,
 * from what the page offers: the full name as shown (CRMs fed from Greek registries write it surname first
 * and in capitals: «ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ»), fields the page labels («Επώνυμο», «Όνομα», «Φύλο», "Title"),
 * the e-mail address (maria.papadopoulou@…), the names Odigos knows and the endings Greek surnames are made
 * with. Pure: the expander and `odigos greet` call it with what the CRM reader found.
 */
import { countGreekSyllables, hasAccent, isAllCaps, isGreekWord, onForm, plainKey, titleCase } from './letters';
import { nameLexicon, type NameInfo, type NameLexicon } from './lexicon';
import { looseKey, keySimilarity } from './translit';
import type { Gender, NameRole } from './types';
import { displayName, isParticle, readAsGreek } from './display';
import { fieldKind, type LabelledField } from './fields';
import { isEmailAddress, isNobody, isOrganisation, personPart } from './entity';
import { wordStress } from './word-stress';
import { accented } from './stress';
import { pageWords, stressFromPage, type PageWords } from './page-stress';
import { nameFromEmail } from './email-name';
import { because, type NameReason } from './reasons';
import { bracketTitles, caseMark, titleWords, withoutTitles, type CaseMark } from './titles';
import { nominativeOf } from './nominative';
import { foreignFirstName } from './romanise';

export type { LabelledField } from './fields';
export { withoutTitles } from './titles';

export interface NameEvidence {
  /** The full name as the page shows it. */
  name?: string;
  /** First name and surname where the page gives them apart. */
  firstName?: string;
  lastName?: string;
  /** Fields the page labels: «Επώνυμο», «Όνομα», «Ονοματεπώνυμο», «Φύλο», «Τίτλος», "Last name", "E-mail" … */
  fields?: readonly LabelledField[];
  email?: string;
  /** The gender the page states. */
  gender?: Gender;
  /**
   * Texts of the page that may spell the name with its accent (the customer's messages and signature, the
   * sender line): a name in capitals (ΜΑΧΛΑΣ) takes its stress from them (page-stress.ts).
   */
  texts?: readonly string[];
}

export interface UnderstoodName {
  /** As a salutation writes them: capitals in title case with their accents («Γιώργος», «Παπαδόπουλος»). */
  first?: string;
  last?: string;
  gender?: Gender;
  /** 0 … 1: how sure the reading of order and gender is. */
  confidence: number;
  /** The page wrote the surname first («ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ», «Παπαδόπουλος, Γιώργος»). */
  surnameFirst: boolean;
  /** The page states the gender (the CRM's gender, a title, a «Φύλο» field): not worked out from the name. */
  genderStated: boolean;
  /** An academic title the page gives («Δρ.», "Dr", «Καθ.»): English writes it ("Dear Dr Carter"), Greek «κύριε». */
  title?: AcademicTitle;
  /**
   * The full name as the page wrote it, without its titles (see withoutTitles): what {{customer.name}} keeps where
   * nothing calls for rewriting it. The titles are read as the gender above, never written again.
   */
  written?: string;
  /**
   * The name was read from the e-mail address, the only thing the page shows: the formal opening names the customer
   * only with the surname, else it stays neutral («Αγαπητέ πελάτη» from «nikos@…» would guess too much).
   */
  fromEmail?: boolean;
  /**
   * The parts of the name the page wrote after a title in another case («του κου Γιώργου Οικονόμου») whose nominative
   * the name lists cannot tell (Οικονόμος or Οικονόμου): written as the page has them, never declined, and the
   * customer is not addressed by them (nominative.ts).
   */
  caseUnknown?: NameRole[];
  /** How it was worked out, as codes with their named parts (`odigos greet` says them in the reader's language). */
  reasons: NameReason[];
}

export type AcademicTitle = 'Dr' | 'Prof';

/** Masculine and feminine forms of the endings Greek surnames are made with. */
const SURNAME_MALE = /(οπουλοσ|ακησ|ακοσ|ιδησ|αδησ|ουδησ|ιτησ|ωτησ|ατοσ|ογλου)$/;
const SURNAME_FEMALE = /(οπουλου|ακη|ιδου|αδου|ουδη|ιτη|ωτη|ατου)$/;
const SURNAME_GENITIVE = /(ιου|αου|εου|ου)$/;
/**
 * The endings of those that no first name has: -άκης, -άκος, -ίδης, -άδης also make first names (Ασημάκης, Σταθάκος,
 * Αριστείδης, Αλκιβιάδης), -όπουλος and -ογλου do not, so «Παπαδόπουλος Ασημάκης» is surname first.
 */
const SURNAME_ONLY = /(οπουλοσ|οπουλου|ογλου)$/;
const LATIN_SURNAME_ONLY = /(opoulos|opoulou|oglou)$/;
const LATIN_SURNAME_MALE = /(opoulos|akis|akos|idis|ides|adis|oudis|itis|otis|atos)$/;
const LATIN_SURNAME_FEMALE = /(opoulou|aki|idou|adou|oudi|iti|oti|atou)$/;
const LATIN_SURNAME_OTHER = /(iou|aou|eou|oglou)$/;

const ACADEMIC: Record<string, AcademicTitle> = { dr: 'Dr', δρ: 'Dr', prof: 'Prof', καθ: 'Prof' };
/**
 * A father's (and mother's) name as registries print it, wherever it stands: «Γεώργιος του Ιωάννη Παπαδόπουλος»,
 * «ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ ΤΟΥ ΓΕΩΡΓΙΟΥ ΚΑΙ ΤΗΣ ΑΝΝΑΣ». Only the genitive goes: the surname after it stays.
 */
/** A word in quotes after another («Robert "Bob" Smith», «Smith, Robert "Bob"»): the name the person goes by. */
const QUOTED_AFTER_WORD = /(?<=\p{L}[\s,]*)["“«]\p{L}+(?:-\p{L}+)*["”»]/gu;
const POST_NOMINAL = /(?:,\s*(?:m\.?sc|ph\.?d|mba|b\.?sc|b\.?a|m\.?a|m\.?d|jr|sr|esq|cpa|mphil|llm|meng|ii|iii)\.?\s*)+$/iu;
const PATRONYMIC = /\s+(?:του|της|tou|tis)\s+[^\s,]+(?:\s+(?:και|kai|&)\s+(?:του|της|tou|tis)\s+[^\s,]+)*/giu;

interface Word {
  /** As written, look-alike letters read as Greek. */
  text: string;
  greek: boolean;
  /** How much the word looks like a first name / a surname (lexicon 2, endings 1–2, surname-only endings 3, e-mail 3). */
  firstScore: number;
  lastScore: number;
  gender?: Gender;
  /** The word as the page wrote it, after a title that put it in another case («Γιώργο» of «κον Γιώργο»). */
  page?: string;
}

const MALE_WORDS = new Set(['α', 'αρρεν', 'αρρην', 'ανδρασ', 'αντρασ', 'ανδρ', 'm', 'male', 'man', 'mr', 'mister', 'sir', 'κοσ', 'κον', 'κου', 'κυριοσ', 'κυριον', 'κυριο', 'κυριου', 'κυριε', 'he']);
const FEMALE_WORDS = new Set(['θ', 'θηλυ', 'θηλ', 'γυναικα', 'γυν', 'f', 'female', 'woman', 'mrs', 'ms', 'miss', 'madam', 'κα', 'κασ', 'κυρια', 'κυριασ', 'δισ', 'δεσποινισ', 'δεσποινιδοσ', 'she']);

/** «Άνδρας», «Θ», "Female", «κυρία», "Mr." → the gender they say. */
function genderFromWord(word: string): Gender | undefined {
  const w = plainKey(word).replace(/\.$/, '').trim();
  return MALE_WORDS.has(w) ? 'm' : FEMALE_WORDS.has(w) ? 'f' : undefined;
}

/** A listed name, or the everyday -ονας / -οντας form of a listed first name in -ων (Φιλήμονας, Λέοντας). */
function lookupName(word: string, lexicon: NameLexicon): NameInfo | undefined {
  const known = lexicon.lookup(word);
  if (known) return known;
  const form = onForm(plainKey(word));
  const on = form && lexicon.lookup(form.base);
  return on?.first ? on : undefined;
}

function scoreWord(text: string, greekContext: boolean, lexicon: NameLexicon): Word {
  const g = text.split('-').map((part) => readAsGreek(part, greekContext, lexicon)).join('-');
  const w: Word = { text: g, greek: isGreekWord(g.replace(/-/g, '')), firstScore: 0, lastScore: 0 };
  const parts = g.split('-').filter(Boolean);
  if (w.greek) {
    const infos = parts.map((p) => lookupName(p, lexicon));
    if (infos.every((i) => i?.first)) {
      // A name only the name-day list holds (Ζάχος, Θεοτόκης) is as often a surname: «Ζάχος Γιώργος».
      w.firstScore = infos.some((i) => i?.rare) ? 1 : 2;
      const genders = new Set(infos.map((i) => i?.gender));
      if (genders.size === 1) w.gender = infos[0]?.gender;
    }
    // A foreign first name in Greek letters the lists lack (Τζένιφερ, Κρίστοφερ): its spelling list gives the gender.
    const foreign = parts.length === 1 && !infos[0] ? foreignFirstName(g) : undefined;
    if (foreign) {
      w.firstScore = 2;
      if (foreign.gender) w.gender = foreign.gender;
    }
    const plain = plainKey(parts[parts.length - 1] ?? g);
    if (SURNAME_ONLY.test(plain) && !infos.some((i) => i?.first)) w.lastScore = 3;
    else if (infos.some((i) => i?.last) || SURNAME_MALE.test(plain) || SURNAME_FEMALE.test(plain)) w.lastScore = 2;
    else if (SURNAME_GENITIVE.test(plain) && !infos.some((i) => i?.first)) w.lastScore = 1;
    // A word of Greek the surname stresses list holds (ξανθός, beside the rare first name Ξάνθος) leans to a surname:
    // «ΞΑΝΘΟΣ ΓΙΩΡΓΟΣ» is surname first.
    else if (wordStress(plain)) w.lastScore = 1;
  } else {
    const known = parts.map((p) => lexicon.latinFirstName(p));
    if (known.every(Boolean)) {
      w.firstScore = 2;
      const genders = new Set(known.map((k) => k?.gender));
      if (genders.size === 1) w.gender = known[0]?.gender;
    } else if (known.some((k) => k?.gender)) {
      // A double first name of which the lists know a part ("Jean-Pierre": Pierre): a first name, of that part's gender.
      const genders = new Set(known.filter(Boolean).map((k) => k?.gender));
      w.firstScore = 1;
      if (genders.size === 1) w.gender = known.find(Boolean)?.gender;
    }
    const plain = plainKey(parts[parts.length - 1] ?? g);
    if (LATIN_SURNAME_ONLY.test(plain)) w.lastScore = 3;
    else if (LATIN_SURNAME_MALE.test(plain) || LATIN_SURNAME_FEMALE.test(plain) || LATIN_SURNAME_OTHER.test(plain)) w.lastScore = 2;
  }
  return w;
}

/** What an e-mail address says: the words of its local part that match name words («maria.papadopoulou»). */
function applyEmail(words: Word[], email: string | undefined, reasons: NameReason[]): void {
  const local = email?.split('@')[0]?.toLowerCase();
  if (!local || words.length < 2) return;
  const parts = local.split(/[._\-+0-9]+/).filter((p) => p.length >= 2);
  const keys = words.map((w) => looseKey(w.text));
  const best = (part: string) => {
    const k = looseKey(part);
    const ranked = keys.map((key, i) => ({ i, s: keySimilarity(k, key) })).sort((a, b) => b.s - a.s);
    return ranked[0] && ranked[0].s >= 0.75 && (ranked.length < 2 || ranked[0].s > ranked[1].s) ? ranked[0].i : -1;
  };
  if (parts.length >= 2) {
    const firstAt = best(parts[0]);
    const lastAt = best(parts[parts.length - 1]);
    if (firstAt >= 0 && lastAt >= 0 && firstAt !== lastAt) {
      words[firstAt].firstScore += 3;
      words[lastAt].lastScore += 3;
      reasons.push(because('email.showsFirst', { local }));
    }
    return;
  }
  // One word: an initial and the surname (gpapadopoulos), or the surname alone. Not with an initial after the word:
  // «olivia.b» is a first name and the surname's initial as often as «papadopoulos.g» is the other way round, and
  // «Olivia Bennett» was greeted "Dear Bennett Olivia" (the names lists say which word is which instead).
  const segments = local.split(/[._\-+0-9]+/).filter(Boolean);
  if (segments.slice(segments.findIndex((p) => p.length >= 2) + 1).some((p) => p.length === 1)) return;
  const k = looseKey(parts[0] ?? '');
  for (const [i, key] of keys.entries()) {
    const rest = k.startsWith(key[0] ?? '') ? k.slice(1) : k;
    if (key.length >= 4 && (keySimilarity(rest, key) >= 0.8 || keySimilarity(k, key) >= 0.8)) {
      words[i].lastScore += 3;
      reasons.push(because('email.ofSurname', { local }));
      return;
    }
  }
}

interface Reading {
  first: Word[];
  last: Word[];
  order: 'given' | 'surname first';
  margin: number;
}

const fit = (w: Word | undefined, as: 'first' | 'last') => (w ? (as === 'first' ? w.firstScore - w.lastScore : w.lastScore - w.firstScore) : 0);

/**
 * The order of the words: first name first (the words from the start while they look like first names, the
 * surname from the end), or surname first (then the first name and, in Greek registries, the father's name,
 * dropped unless it is a woman's second name: «ΠΑΠΑΔΟΠΟΥΛΟΥ ΑΝΝΑ ΜΑΡΙΑ»).
 */
function readOrder(words: Word[], givenOrder: boolean, registry: boolean): Reading {
  const n = words.length;
  const scoreA = fit(words[0], 'first') + fit(words[n - 1], 'last');
  const scoreB = fit(words[0], 'last') + fit(words[1], 'first');
  // Two words that are both first names (ΠΑΝΤΑΖΗΣ ΓΙΩΡΓΟΣ, Πανταζής a surname too): in capitals, as Greek registries
  // write names, surname first; written in mixed case, first name first.
  const tie = registry && n === 2 && scoreA === scoreB && words.every((w) => w.firstScore > 0);
  if (!givenOrder && (scoreB > scoreA || tie)) {
    const first = [words[1]];
    const next = words[2];
    if (next && next.firstScore > next.lastScore && next.gender === 'f' && words[1].gender === 'f') first.push(next);
    return { first, last: [words[0]], order: 'surname first', margin: scoreB - scoreA };
  }
  let lastFrom = n - 1;
  while (lastFrom > 1 && (fit(words[lastFrom - 1], 'last') > 0 || isParticle(words[lastFrom - 1].text))) lastFrom--;
  let firstTo = 1;
  while (firstTo < lastFrom && fit(words[firstTo], 'first') > 0) firstTo++;
  return { first: words.slice(0, firstTo), last: words.slice(lastFrom), order: 'given', margin: givenOrder ? 4 : scoreA - scoreB };
}

interface Cleaned {
  words: string[];
  honorific?: Gender;
  titled: boolean;
  title?: AcademicTitle;
  comma: boolean;
  email?: string;
  /** The case a title put the name in («κον Γιώργο»: the accusative), and the gender it says. */
  mark?: CaseMark;
}

/**
 * The words of a name string, first name first where a comma says the surname came first
 * («Παπαδόπουλος, Γιώργος»), without titles («κ.», «κυρία», "Mr"), initials, an e-mail in <…>, brackets and a
 * father's name («του Δημητρίου»).
 */
function cleanName(raw: string): Cleaned {
  const email = /<([^>]+@[^>]+)>/.exec(raw)?.[1];
  // Titles in brackets after the name ("Maria Lopez (Mrs)", «Παπαδοπούλου (κα)») are titles, read after those before it.
  const { titles: bracketed, rest } = bracketTitles(raw.replace(/<[^>]*>/g, ' '));
  // A word in quotes after another is a nickname, set apart like one in brackets («Robert "Bob" Smith»).
  let s = rest.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(QUOTED_AFTER_WORD, ' ').replace(/["«»“”]/g, ' ');
  // A full stop or comma that closes the field («Στέλλα Μαυρίδου.») is not the end of an abbreviation; a degree
  // after a comma («Σωτήρης Ιωάννου, MSc») is not the first name of a «surname, first name».
  s = s.replace(PATRONYMIC, ' ').replace(POST_NOMINAL, '').replace(/[\s.,;:·!?…]+$/u, '');
  const comma = /^[^,]+,\s*\p{L}/u.test(s.trim());
  if (comma) s = s.trim().replace(/^([^,]+),\s*(.+)$/, '$2 $1');
  let honorific: Gender | undefined;
  let title: AcademicTitle | undefined;
  let mark: CaseMark | undefined;
  const all = s.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  const isTitle = titleWords(all);
  const read = (w: string, m?: CaseMark) => {
    mark ??= m;
    // The article of an address line says the gender where the title does not («της κ. Ιωάννου»).
    honorific ??= genderFromWord(w) ?? m?.gender;
    title ??= ACADEMIC[plainKey(w).replace(/\.$/, '')];
  };
  all.forEach((w, i) => isTitle[i] && read(w, caseMark(w)));
  bracketed.forEach((w) => read(w));
  // «κ. Παπαδόπουλος» is a title; «Κ. Παπαδόπουλος» an initial (both dropped, only the first says nothing of gender).
  // Initials and abbreviated names («Γ.», «Αθ.», «Χρ.», «Κων/νος»): they say the name is there, not what it is.
  const words = all.filter((w, i) => !isTitle[i] && !/^\p{L}\.?$/u.test(w) && !/^\p{L}{2,4}\.$/u.test(w) && !/\p{L}\/\p{L}/u.test(w));
  const titled = isTitle.some(Boolean) || bracketed.length > 0;
  return { words, honorific, titled, ...(title ? { title } : {}), comma, ...(email ? { email } : {}), ...(mark ? { mark } : {}) };
}

function surnameGender(word: Word | undefined): Gender | undefined {
  if (!word) return undefined;
  const plain = plainKey(word.text.split('-').pop() ?? '');
  if (word.greek) {
    if (SURNAME_FEMALE.test(plain)) return 'f';
    if (SURNAME_MALE.test(plain) || /(οσ|ησ|ασ|εσ)$/.test(plain)) return 'm';
    if (/[αη]$/.test(plain) && word.lastScore >= 2) return 'f';
    return undefined;
  }
  if (LATIN_SURNAME_FEMALE.test(plain)) return 'f';
  if (LATIN_SURNAME_MALE.test(plain)) return 'm';
  return undefined;
}

function firstNameEndingGender(word: Word | undefined): Gender | undefined {
  if (!word?.greek) return undefined;
  const plain = plainKey(word.text.split('-')[0]);
  if (/(οσ|ησ|ασ|εσ|ουσ)$/.test(plain)) return 'm';
  if (/(α|η|ω|ου)$/.test(plain)) return 'f';
  return undefined;
}

/** Are `first` and `last` just the words of `name` (a reader's split in page order, or around a comma)? */
function splitOf(name: string, first = '', last = ''): boolean {
  const norm = (s: string) => s.replace(/[,\s]+/g, ' ').trim();
  const whole = norm(name);
  return whole === norm(`${first} ${last}`) || whole === norm(`${last} ${first}`);
}

interface Parts {
  first: Word[];
  last: Word[];
  orderConfidence: number;
  surnameFirst?: boolean;
}

interface Facts {
  honorific?: Gender;
  /** The case a title put the name in, and the gender it says (cleanName). */
  mark?: CaseMark;
  title?: AcademicTitle;
  email?: string;
  /** The name was read from the e-mail address, the only thing the page shows. */
  fromEmail?: boolean;
}

interface Labelled {
  first?: string;
  last?: string;
  full?: string;
  company?: string;
}

const nobodyParts = (): Parts => ({ first: [], last: [], orderConfidence: 0 });

/**
 * Whether a word after «Δήμος» is a name the lists hold (entity.ts asks it of a genitive plural, which is a place's
 * unless a name: «Δήμος Μελισσίων» is a municipality, «ΔΗΜΟΣ ΠΛΑΤΩΝ» a man).
 */
function namesPerson(word: string, lexicon: NameLexicon): boolean {
  const info = lookupName(readAsGreek(word, true, lexicon), lexicon);
  return !!(info?.first || info?.last);
}

/** The person a name field names, or undefined (with the reason) when it names none: see entity.ts. */
function personIn(full: string, facts: Facts, reasons: NameReason[], lexicon: NameLexicon): string | undefined {
  const text = full.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (isEmailAddress(text)) {
    facts.email ??= text;
    reasons.push(because('field.email'));
    return undefined;
  }
  const isName = (word: string) => namesPerson(word, lexicon);
  const person = personPart(text, isName);
  if (person !== text && !person.includes('-')) reasons.push(because('field.personPart', { text }));
  if (isOrganisation(person, isName)) {
    reasons.push(because('company'));
    return undefined;
  }
  if (isNobody(person.replace(/<[^>]*>/g, ' '))) {
    reasons.push(because('placeholder'));
    return undefined;
  }
  return person;
}

/**
 * The name an e-mail address holds where the page shows nothing else (email-name.ts): only what is certain, and no
 * surname of the other gender than the first name («maria.papadopoulos» is a typing or a shared address).
 */
function emailParts(facts: Facts, score: (s: string) => Word, lexicon: NameLexicon, reasons: NameReason[], email = facts.email): Parts {
  const found = email ? nameFromEmail(email, lexicon) : undefined;
  if (!found) return nobodyParts();
  reasons.push(...found.reasons);
  const first = found.first ? [score(found.first)] : [];
  const last = found.last ? [score(found.last)] : [];
  const clash = !!first[0]?.gender && !!surnameGender(last[0]) && first[0].gender !== surnameGender(last[0]);
  if (clash) reasons.push(because('email.surnameGender'));
  facts.fromEmail = first.length > 0 || (last.length > 0 && !clash);
  return { first, last: clash ? [] : last, orderConfidence: 0.8, surnameFirst: found.surnameFirst };
}

/**
 * A field the page labels «Επωνυμία»/«Εταιρεία» holding the customer's name: a company, unless it reads plainly as
 * a person (a first name the lists know and a surname), as a sole trader's «Επωνυμία» does.
 */
function companyIsPerson(company: string, score: (s: string) => Word): boolean {
  const words = cleanName(company).words.map(score);
  return words.some((w, i) => w.firstScore >= 2 && words.some((v, j) => j !== i && v.lastScore >= 2 && v.lastScore > v.firstScore));
}

const sameText = (a: string, b: string) => plainKey(a).replace(/\s+/g, ' ').trim() === plainKey(b).replace(/\s+/g, ' ').trim();

/** What labelled fields say: the parts of the name, and into `facts` the gender and e-mail they give. */
function readFields(fields: readonly LabelledField[], facts: Facts): Labelled {
  const labelled: Labelled = {};
  for (const f of fields) {
    const kind = fieldKind(f.label);
    const value = f.value?.trim();
    if (!value) continue;
    if (kind === 'first' || kind === 'last' || kind === 'full' || kind === 'company') labelled[kind] ??= value;
    else if (kind === 'gender') facts.honorific ??= genderFromWord(value);
    else if (kind === 'email') facts.email ??= value;
  }
  return labelled;
}

function partsFrom(evidence: NameEvidence, lexicon: NameLexicon, reasons: NameReason[], facts: Facts): Parts {
  const labelled = readFields(evidence.fields ?? [], facts);
  const rawAll = [labelled.full, evidence.name, labelled.first, labelled.last, evidence.firstName, evidence.lastName].filter(Boolean).join(' ');
  const greekContext = /\p{Script=Greek}/u.test(rawAll);
  const score = (s: string) => scoreWord(s, greekContext, lexicon);
  // A word after a title in another case is weighed as its nominative («κον Νίκο»: the first name Νίκος).
  const inCase = (cleaned: Cleaned) => cleaned.words.map((s) => scoreInCase(s, cleaned.mark, score, lexicon));
  // A title in a labelled first name or surname («κα Μαρία») says the gender there too.
  const split = (s: string | undefined) => {
    if (!s) return [];
    const cleaned = cleanName(s);
    facts.honorific ??= cleaned.honorific;
    facts.title ??= cleaned.title;
    facts.mark ??= cleaned.mark;
    return inCase(cleaned);
  };

  // First name and surname given beside the full name, and not merely its words split in order: labelled.
  if (evidence.name && (evidence.firstName || evidence.lastName) && !splitOf(evidence.name, evidence.firstName, evidence.lastName)) {
    labelled.first ??= evidence.firstName;
    labelled.last ??= evidence.lastName;
  }
  if (labelled.first || labelled.last) {
    reasons.push(because('labels.firstLast'));
    return { first: split(labelled.first), last: split(labelled.last), orderConfidence: 1 };
  }
  // The company is the customer (the page names no one else): no one to address by name, unless a sole trader.
  // (A reader's first name and surname that are merely the name's words split in order say nothing more.)
  const company = labelled.company;
  const apart = !!(evidence.firstName || evidence.lastName) && !(evidence.name && splitOf(evidence.name, evidence.firstName, evidence.lastName));
  if (company && !labelled.full && !apart && (!evidence.name?.trim() || sameText(evidence.name, company))) {
    if (!companyIsPerson(company, score)) {
      reasons.push(because('labels.company'));
      return nobodyParts();
    }
    reasons.push(because('soleTrader'));
    labelled.full = company;
  }
  const shown = labelled.full ?? evidence.name;
  const full = shown?.trim() ? personIn(shown, facts, reasons, lexicon) : shown;
  if (shown?.trim() && !full) return isEmailAddress(shown) ? emailParts(facts, score, lexicon, reasons) : nobodyParts();
  if (!full?.trim()) {
    const first = split(evidence.firstName);
    const last = split(evidence.lastName);
    if (!first.length && !last.length) return emailParts(facts, score, lexicon, reasons, evidence.email);
    // Given apart: trusted, unless plainly swapped (a known surname as first name and a known first name after).
    if (first.length === 1 && last.length === 1 && fit(first[0], 'last') >= 2 && fit(last[0], 'first') >= 2) {
      reasons.push(because('swapped'));
      return { first: last, last: first, orderConfidence: 0.9, surnameFirst: true };
    }
    return { first, last, orderConfidence: 1 };
  }
  const cleaned = cleanName(full);
  // Titles in brackets ("Maria Lopez (Mrs)"), which the person's part left out with the rest in brackets.
  const aside = cleanName(bracketTitles(shown ?? '').titles.join(' '));
  facts.honorific ??= cleaned.honorific ?? aside.honorific;
  facts.title ??= cleaned.title ?? aside.title;
  facts.email ??= cleaned.email;
  facts.mark ??= cleaned.mark;
  const words = inCase(cleaned);
  applyEmail(words, evidence.email ?? facts.email, reasons);
  if (words.length === 0) return { first: [], last: [], orderConfidence: 0 };
  if (words.length === 1) {
    // After a title one word is the surname («Ms Lee», «κ. Παπαδόπουλος»), unless only a first name is known so.
    const asLast = words[0].lastScore > words[0].firstScore || ((cleaned.titled || aside.titled) && words[0].firstScore === 0);
    reasons.push(because(asLast ? 'oneWord.surname' : 'oneWord.first'));
    return asLast ? { first: [], last: words, orderConfidence: 0.8 } : { first: words, last: [], orderConfidence: words[0].firstScore ? 0.9 : 0.5 };
  }
  const reading = readOrder(words, cleaned.comma, words.every((w) => w.greek && isAllCaps(w.text)));
  if (cleaned.comma) reasons.push(because('order.comma'));
  else if (reading.order === 'surname first') reasons.push(because('order.surnameFirst'));
  else reasons.push(because(reading.margin > 0 ? 'order.firstFirst' : 'order.firstFirstDefault'));
  return {
    first: reading.first,
    last: reading.last,
    orderConfidence: reading.margin >= 3 ? 0.95 : reading.margin > 0 ? 0.8 : 0.5,
    surnameFirst: cleaned.comma || reading.order === 'surname first',
  };
}

function genderOf(
  evidence: NameEvidence,
  parts: Parts,
  facts: Facts,
  reasons: NameReason[],
  lexicon: NameLexicon,
): { gender?: Gender; confidence: number; stated?: boolean } {
  if (evidence.gender) return { gender: evidence.gender, confidence: 1, stated: true };
  if (facts.honorific) {
    reasons.push(because('gender.title'));
    return { gender: facts.honorific, confidence: 1, stated: true };
  }
  const firstWord = parts.first[0];
  const fromSurname = surnameGender(parts.last[parts.last.length - 1]);
  if (firstWord?.gender) {
    reasons.push(because('gender.firstName', { name: displayName(firstWord.text, lexicon) }));
    return { gender: firstWord.gender, confidence: fromSurname && fromSurname !== firstWord.gender ? 0.7 : 0.95 };
  }
  if (fromSurname) {
    reasons.push(because('gender.surnameEnding'));
    return { gender: fromSurname, confidence: 0.85 };
  }
  const fromEnding = firstNameEndingGender(firstWord);
  if (fromEnding && !lexiconSaysEither(firstWord)) {
    reasons.push(because('gender.firstEnding'));
    return { gender: fromEnding, confidence: 0.7 };
  }
  reasons.push(because('gender.unknown'));
  return { confidence: 0.5 };
}

function lexiconSaysEither(word: Word | undefined): boolean {
  return !!word && word.firstScore >= 2 && !word.gender;
}

/**
 * One part of a name word (ΜΑΧΛΑΣ) spelt as the page's text spells it (Μαχλάς), where that differs from what the
 * lists and rules give: a capitalised word that reads as a name beats both, a word in lower case only the rules.
 */
function partFromPage(part: string, role: NameRole, page: () => PageWords, lexicon: NameLexicon, reasons: NameReason[]): string {
  if (!isGreekWord(part) || hasAccent(part)) return part;
  const own = accented(part, lexicon, role);
  if (own.source === 'written') return part;
  const found = stressFromPage(part, page(), own.lower);
  if (!found || found.lower === own.lower || (!found.nameLike && own.source === 'lexicon')) return part;
  const spelt = titleCase(found.lower);
  reasons.push(because('stress.page', { name: spelt, seen: found.seen }));
  return spelt;
}

/** The words of first name and surname with the stress the page's texts give them (see partFromPage). */
function stressFromTexts(parts: Parts, texts: readonly string[] | undefined, lexicon: NameLexicon, reasons: NameReason[]): void {
  if (!texts?.length) return;
  let page: PageWords | undefined;
  const words = () => (page ??= pageWords(texts));
  for (const [ws, role] of [[parts.first, 'first'], [parts.last, 'last']] as const) {
    for (const w of ws) w.text = w.text.split('-').map((p) => partFromPage(p, role, words, lexicon, reasons)).join('-');
  }
}

/** A name the field sets apart: in brackets, or in quotes after a word («Robert "Bob" Smith»). */
const ASIDE = /(\p{L}[\p{L}'’.-]*)?[\s,]*(?:\(([^)]*)\)|\[([^\]]*)\]|(?<=\p{L}[\s,]*)["“«]([^"“”«»]*)["”»])/gu;

interface Aside {
  name: string;
  /** The word just before it («Robert» of «Robert (Bob) Smith», «Smith» of «Jane Smith (Jones)»). */
  after?: string;
}

/** The one name a name field holds apart («Στυλιανός (Στέλιος) Παπαδόπουλος», «Δημήτριος [Δημήτρης]»), if any. */
function asideName(text: string | undefined): Aside | undefined {
  const found = [...(text ?? '').matchAll(ASIDE)].map((m) => ({ name: (m[2] ?? m[3] ?? m[4] ?? '').trim(), after: m[1] }));
  return found.length === 1 && /^\p{L}+(?:-\p{L}+)*$/u.test(found[0].name) ? found[0] : undefined;
}

const syllables = (w: Word) => (w.greek ? countGreekSyllables(w.text) : (w.text.toLowerCase().match(/[aeiouy]+/g) ?? []).length);

/**
 * A nickname in Latin letters that no list holds (Bob, Liz, Bill): one capitalised word with a vowel (not "VIP",
 * "Jr"), right after a first name the lists know («Robert (Bob) Smith», «Smith, Robert (Bob)»). A word in brackets
 * after the surname is a maiden name or a note («Jane Smith (Jones)», «Mary Smith (Accounts)»).
 */
function unlistedNickname(own: Word, aside: Aside): boolean {
  return !own.greek && own.firstScore >= 1 && /^\p{Lu}\p{Ll}+$/u.test(aside.name) && /[aeiouy]/.test(aside.name) &&
    !isGreekWord(aside.name) && aside.after?.toLowerCase() === own.text.toLowerCase();
}

/**
 * The name the person goes by, where the field gives a second first name in brackets: «Στυλιανός (Στέλιος)», «Στέλιος
 * (Στυλιανός)», «ΓΕΩΡΓΙΟΣ (ΓΙΩΡΓΟΣ)». Both must be first names the lists know, of one gender (a maiden name or a
 * department in brackets is no such name: «Μαρία Παπαδοπούλου (Γεωργίου)»); of the two, the everyday form is the
 * shorter, in syllables and then letters (Στέλιος, Γιώργος, Κατερίνα, Μπάμπης, Δημήτρης beside Δημήτριος), and on a
 * tie the one outside the brackets stays. An English nickname no list holds is taken as it stands (unlistedNickname).
 * The informal opening and the vocative use it; the formal one the surname, as always.
 */
function goesBy(parts: Parts, aside: Aside | undefined, lexicon: NameLexicon, reasons: NameReason[]): void {
  const own = parts.first.length === 1 ? parts.first[0] : undefined;
  if (!own || !aside) return;
  const other = scoreWord(aside.name, own.greek, lexicon);
  if (other.firstScore < 2 && unlistedNickname(own, aside)) {
    parts.first = [{ ...other, gender: own.gender }];
    reasons.push(because('goesBy.after', { name: aside.name, beside: own.text }));
    return;
  }
  if (own.firstScore < 1 || other.firstScore < 2 || !other.gender || other.greek !== own.greek || (own.gender && own.gender !== other.gender)) return;
  const shorter = syllables(other) - syllables(own) || other.text.length - own.text.length;
  const [called, formal] = shorter < 0 ? [other, own] : [own, other];
  parts.first = [called];
  reasons.push(because('goesBy.brackets', { name: displayName(called.text, lexicon, 'first'), beside: displayName(formal.text, lexicon, 'first') }));
}

/** A word scored as its nominative where a title put it in another case, keeping the page's form (see toNominative). */
function scoreInCase(text: string, mark: CaseMark | undefined, score: (s: string) => Word, lexicon: NameLexicon): Word {
  const w = score(text);
  if (!mark) return w;
  const n = nominativeOf(w.text, mark, undefined, lexicon);
  return { ...(n.text === w.text ? w : score(n.text)), page: w.text };
}

/**
 * The words the page wrote after a title in another case, in the nominative their place in the name gives them
 * («κου Κωνσταντίνου Γεωργίου»: the first name Κωνσταντίνος, the surname Γεωργίου as it is). What the name lists cannot
 * tell stays as written, and is said so (caseUnknown).
 */
function toNominative(parts: Parts, facts: Facts, lexicon: NameLexicon, reasons: NameReason[]): NameRole[] {
  const mark = facts.mark;
  const unknown: NameRole[] = [];
  if (!mark) return unknown;
  const written: string[] = [];
  const read: string[] = [];
  const unsure: string[] = [];
  for (const [ws, role] of [[parts.first, 'first'], [parts.last, 'last']] as const) {
    for (const [i, w] of ws.entries()) {
      if (w.page === undefined) continue;
      const n = nominativeOf(w.page, mark, role, lexicon);
      if (!n.sure) {
        if (!unknown.includes(role)) unknown.push(role);
        unsure.push(w.page);
      }
      if (n.text !== w.text) ws[i] = { ...scoreWord(n.text, true, lexicon), page: w.page };
      written.push(w.page);
      read.push(ws[i].text);
    }
  }
  if (written.join() !== read.join()) {
    reasons.push(because('case.nominative', { written: written.join(' '), name: displayName(read.join(' '), lexicon) }));
  }
  for (const name of unsure) reasons.push(because('case.unsure', { name }));
  return unknown;
}

/** First name, surname and gender of a customer from what the page offers. */
export function understandName(evidence: NameEvidence, lexicon: NameLexicon = nameLexicon()): UnderstoodName {
  const reasons: NameReason[] = [];
  const facts: Facts = {};
  const parts = partsFrom(evidence, lexicon, reasons, facts);
  const shown = evidence.fields?.find((f) => fieldKind(f.label) === 'full')?.value ?? evidence.name;
  const caseUnknown = toNominative(parts, facts, lexicon, reasons);
  goesBy(parts, asideName(shown && bracketTitles(shown).rest), lexicon, reasons);
  const { gender, confidence: genderConfidence, stated } = genderOf(evidence, parts, facts, reasons, lexicon);
  stressFromTexts(parts, evidence.texts, lexicon, reasons);
  const show = (ws: Word[], role: NameRole) => (ws.length ? displayName(ws.map((w) => w.text).join(' '), lexicon, role) : undefined);
  const first = show(parts.first, 'first');
  const last = show(parts.last, 'last');
  // After a title in another case the page's words are not what a message writes («κον Γιώργο»): first + last are.
  const written = evidence.name && !facts.mark && withoutTitles(evidence.name.trim());
  return {
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    ...(gender ? { gender } : {}),
    confidence: Math.min(parts.orderConfidence || 0.5, genderConfidence),
    surnameFirst: parts.surnameFirst ?? false,
    genderStated: stated ?? false,
    ...(facts.title ? { title: facts.title } : {}),
    ...(written ? { written } : {}),
    ...(facts.fromEmail ? { fromEmail: true } : {}),
    ...(caseUnknown.length ? { caseUnknown } : {}),
    reasons,
  };
}

/**
 * The gender of a first name: the name lists (Greek letters or Latin), else the ending of a Greek name
 * (-ος/-ης/-ας masculine; -α/-η/-ω feminine); undefined when neither tells (Άλεξ, Sam).
 */
export function guessGender(firstName: string | undefined, lexicon: NameLexicon = nameLexicon()): Gender | undefined {
  const name = firstName?.trim();
  if (!name) return undefined;
  return understandName({ firstName: name }, lexicon).gender;
}
