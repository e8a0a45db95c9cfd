/**
 * Whether what a page holds as "the customer's name" names one person at all. Greek CRMs and ERPs hold companies
 * as customers («ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΙ Ο.Ε.», «Παπαδόπουλος Α.Ε.», «ΚΑΦΕ ΤΟ ΣΤΕΚΙ»), helpdesks put a placeholder where
 * nobody gave a name («Visitor 48213», «Πελάτης», "N/A", «-») or the e-mail address itself: none of them is put in
 * the vocative («Γεια σου, Άφοι»), they get the neutral opening. Pure and without name lists: the signs are the
 * legal forms companies must carry, the nouns businesses are named with, articles (a person's name has none) and
 * the few words that stand for nobody.
 */
import { plainKey } from './letters';
import { EVERYDAY_NAMES, MUNICIPALITY_NAMES } from './municipality-data';

/**
 * Legal forms (dots dropped): Greek Α.Ε., Ο.Ε., Ε.Ε., Ε.Π.Ε., Ι.Κ.Ε., Α.Ε.Β.Ε., ΚοινΣΕπ …, and the foreign ones.
 * They close the name, so only a word after the first counts («Α.Ε. Παπαδόπουλος» may be two initials).
 */
const LEGAL_FORM = new Set([
  'αε', 'οε', 'εε', 'επε', 'ικε', 'μικε', 'αεβε', 'αβεε', 'αβε', 'ατε', 'αεε', 'κοινσεπ', 'μονοπροσωπη', 'σια',
  'sa', 'ltd', 'llc', 'inc', 'gmbh', 'plc', 'bv', 'srl', 'spa', 'sarl', 'corp', 'limited', 'llp', 'pty',
]);

/** «ΑΦΟΙ Παπαδόπουλοι»: brothers, sons — a firm named after a family. */
const FAMILY_FIRM = new Set(['αφοι', 'αδελφοι', 'αδερφοι', 'υιοι']);

/**
 * Nouns a business, body or team is named with (a café, a hotel, a pharmacy, a cooperative, a law firm …), none of
 * them a Greek first name or a common surname. «Δήμος» is not here: it is also a first name (BODY_OR_FIRST_NAME).
 */
const BUSINESS_WORD = new Set([
  'καφε', 'καφετερια', 'ταβερνα', 'εστιατοριο', 'ξενοδοχειο', 'φαρμακειο', 'βιβλιοπωλειο', 'σουπερ', 'μαρκετ',
  'καταστημα', 'καταστηματα', 'εταιρεια', 'εταιρια', 'τεχνικη', 'κατασκευαστικη', 'εμπορικη', 'βιομηχανια',
  'συνεταιρισμοσ', 'ιδρυμα', 'συλλογοσ', 'σωματειο', 'ομιλοσ', 'γραφειο', 'ιατρειο', 'κλινικη', 'νοσοκομειο',
  'φροντιστηριο', 'σχολη', 'σχολειο', 'κομμωτηριο', 'αρτοποιειο', 'ζαχαροπλαστειο', 'ψητοπωλειο', 'πιτσαρια',
  'κρεοπωλειο', 'πρατηριο', 'περιπτερο', 'πρακτορειο', 'συνεργατεσ', 'λογιστικο', 'δικηγορικη', 'δικηγορικο',
  'υπηρεσιεσ', 'ομοσπονδια', 'επιμελητηριο', 'κοινοπραξια', 'υπουργειο', 'περιφερεια', 'πανεπιστημιο', 'οργανισμοσ',
  // Public bodies, schools and churches (Νομαρχία Πειραιά, 1ο Γυμνάσιο Κορυδαλλού, Ιερός Ναός Αγίου Νικολάου).
  'νομαρχια', 'κοινοτητα', 'ενωση', 'γυμνασιο', 'εκκλησια', 'ενορια', 'μητροπολη', 'ναοσ', 'μονη', 'ακαδημια',
  'ινστιτουτο', 'κεντρο', 'ενοτητα', 'περιφερειακη', 'αποκεντρωμενη', 'διευθυνση', 'υπηρεσια', 'γραμματεια',
  'επιτροπη', 'συνδεσμοσ', 'αστυνομια', 'πυροσβεστικη', 'τραπεζα', 'δημοτικη', 'δημοτικο', 'τμημα',
  'cafe', 'hotel', 'restaurant', 'shop', 'store', 'company', 'group', 'services', 'solutions', 'consulting',
  'bakery', 'pharmacy', 'agency', 'bank', 'university', 'association', 'foundation', 'team', 'department',
]);

/**
 * The endings Greek names of premises are made with, all neuter, so never a person's name: -είο (φαρμακείο,
 * κρεοπωλείο, ξενοδοχείο), -τήριο (κομμωτήριο, φροντιστήριο), -άδικο/-ίδικο (μπουγατσάδικο, σουβλατζίδικο).
 */
const PREMISES = /(ειο|τηριο|αδικο|ιδικο)$/;

/** Articles: «ΚΑΦΕ ΤΟ ΣΤΕΚΙ», «ΤΑ ΚΑΛΑΜΑΚΙΑ», "The Coffee Lab". «Ο»/«Η» are left out: they may be initials. */
const ARTICLE = new Set(['το', 'τα', 'οι', 'των', 'the']);

/** Words that stand for nobody: what a desk writes where the customer gave no name. */
const NOBODY = new Set([
  'na', 'n/a', 'none', 'null', 'undefined', 'unknown', 'anonymous', 'guest', 'visitor', 'customer', 'client', 'user',
  'πελατησ', 'πελατισσα', 'επισκεπτησ', 'επισκεπτρια', 'χρηστησ', 'χρηστρια', 'ανωνυμοσ', 'ανωνυμη', 'αγνωστοσ', 'αγνωστη',
]);

/**
 * Words a public body is named with that are also a man's first name: «Δήμος Θεσσαλονίκης», «ΔΗΜΟΣ ΧΑΝΙΩΝ» are
 * municipalities, «Δήμος Παπαδόπουλος» and «Δήμος Κρανιάς» men. The words after it tell them apart (placeAfter).
 */
const BODY_OR_FIRST_NAME = new Set(['δημοσ']);

/** A father's name follows, not a place («Δήμος του Νικολάου Παπαδόπουλος»). */
const PATRONYMIC_WORD = new Set(['του', 'της']);

/**
 * Whether a word of a name field is a name the lists hold (a surname, or a first name after a surname that is the
 * body word: «ΔΗΜΟΣ ΠΛΑΤΩΝ»). It takes the name lists, which this module does not hold: the name reading
 * (understand.ts) gives it; without it no such word is taken for a name.
 */
export type NamesPerson = (word: string) => boolean;

const key = (word: string) => plainKey(word).replace(/\./g, '');

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/** The words of a place's name as keys: dashes between places and «και»/«&» between islands say nothing. */
const placeKeys = (text: string) => text.split(/[\s\-–—&]+/).map(key).filter((w) => /\p{L}/u.test(w) && w !== 'και');

let places: Set<string> | undefined;

/** Every municipality's name (municipality-data.ts) and each place of a name of several, as keys joined by spaces. */
function placeNames(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const name of `${MUNICIPALITY_NAMES}|${EVERYDAY_NAMES}`.split('|').map((n) => n.trim()).filter(Boolean)) {
    places.add(placeKeys(name).join(' '));
    for (const part of name.split(/\s+-\s+/)) places.add(placeKeys(part).join(' '));
  }
  return places;
}

/** How many of the words are a municipality's name, from the first, or 0 («Παύλου Μελά» 2, «Παύλου» alone 0). */
function municipalityLength(keys: readonly string[]): number {
  const names = placeNames();
  for (let n = Math.min(keys.length, 6); n > 0; n--) if (names.has(keys.slice(0, n).join(' '))) return n;
  return 0;
}

/**
 * The words before a place's name in the genitive that no surname begins with: «Δήμος Αγίου Στεφάνου», «Νέας
 * Ερυθραίας», «Άνω Λιοσίων», «Ανατολικής Μάνης» (municipalities before or after the lists were made).
 */
const PLACE_QUALIFIER = new Set([
  'αγιου', 'αγιασ', 'αγιων', 'αγ', 'νεασ', 'νεου', 'νεων', 'ανω', 'κατω', 'παλαιου', 'παλαιασ', 'παλαιων', 'μεγαλησ',
  'μικρησ', 'ανατολικησ', 'δυτικησ', 'βορειασ', 'βορειου', 'βορειων', 'νοτιασ', 'νοτιου', 'κεντρικησ', 'κεντρικων',
  'ιερασ', 'ηρωικησ', 'αρχαιασ',
]);

/**
 * Whether the words after «Δήμος» name the place of a municipality, not a man's surname: a municipality's name
 * (municipality-data.ts: official, everyday or one of its places), a place's word before a name in the genitive, or
 * a genitive plural or a -πολη (Μελισσίων, Σταυρούπολης), which no surname is, unless the lists hold it (Πλάτων).
 * Any other word is taken for a surname, though it ends as a place's genitive does (Κρανιάς, Μουζάλας, Λουκάρης):
 * those endings are as common in surnames, and the list of municipalities is closed.
 */
function placeAfter(rest: readonly string[], namesPerson: NamesPerson): boolean {
  const keys = rest.flatMap(placeKeys);
  if (!keys.length || PATRONYMIC_WORD.has(keys[0])) return false;
  if (municipalityLength(keys) > 0) return true;
  if (PLACE_QUALIFIER.has(keys[0]) && keys.length > 1) return true;
  return /(ων|πολησ|πολεωσ)$/.test(keys[0]) && !namesPerson(rest[0].split(/[-–—]/)[0]);
}

/** «Δήμος» and then a place: the municipality of a place in the genitive («Δήμος Βόλου», «Δήμος Παύλου Μελά»). */
function bodyOfPlace(written: readonly string[], keys: readonly string[], namesPerson: NamesPerson): boolean {
  return keys.some((w, i) => BODY_OR_FIRST_NAME.has(w) && placeAfter(written.slice(i + 1), namesPerson));
}

/** The whole field is «Δήμος» and a municipality's name, dashes and all («Δήμος Λυκόβρυσης - Πεύκης»). */
function wholeMunicipality(text: string): boolean {
  const keys = placeKeys(text);
  return keys.length > 1 && BODY_OR_FIRST_NAME.has(keys[0]) && municipalityLength(keys.slice(1)) === keys.length - 1;
}

/** Is this the name of a company, a shop or a body rather than of a person? */
export function isOrganisation(text: string, namesPerson: NamesPerson = () => false): boolean {
  if (/&/.test(text)) return true;
  const written = wordsOf(text);
  const words = written.map(key);
  if (bodyOfPlace(written, words, namesPerson)) return true;
  return words.some((w, i) => (i > 0 && LEGAL_FORM.has(w)) || FAMILY_FIRM.has(w) || BUSINESS_WORD.has(w) || ARTICLE.has(w) || PREMISES.test(w));
}

/** A placeholder for a name nobody gave: «-», "N/A", «Visitor 48213», «Πελάτης», a phone number. */
export function isNobody(text: string): boolean {
  return wordsOf(text).every((w) => NOBODY.has(plainKey(w).replace(/[.:]+$/, '')));
}

/** The field holds an e-mail address and nothing else. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(text.trim());
}

/**
 * A contact and their company in one field («Γιώργος Παπαδόπουλος - ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΙ Ο.Ε.», "Anna Smith | Acme
 * Ltd"): the person's part. Parts set off by a spaced dash that are none of them a company are one name whose
 * dash was typed with spaces («ΒΑΣΙΛΕΙΟΥ - ΠΑΠΑΔΑΚΗ ΚΑΤΕΡΙΝΑ»: a double surname).
 */
export function personPart(text: string, namesPerson?: NamesPerson): string {
  const parts = text.split(/\s+[-–—|/]\s+|\s*\|\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || wholeMunicipality(text)) return text;
  const people = parts.filter((p) => !isOrganisation(p, namesPerson) && !isNobody(p));
  if (people.length === parts.length) return text.replace(/\s+[-–]\s+/g, '-');
  return people.length === 1 ? people[0] : text;
}
