import { signal } from '@preact/signals';
import { countNumber, plural, type PluralForms } from '../knowledge/text/plural';
import { browserLang, type UiLang } from './ui-lang';
import { CUE_NAMES } from '@/knowledge/text/cue-names';

export { browserLang, resolveUiLang, type UiLang } from './ui-lang';

/**
 * UI strings in Greek and English. The language follows the browser unless the agent picks one in options.
 * Features add their strings here, keyed by a dotted name, with both languages side by side. Every CRM page
 * loads this table with the content script: words only extension pages show live beside them
 * (lib/extension-page-strings.ts, defineStrings).
 */
const STRINGS = {
  'app.name': { el: 'Οδηγός', en: 'Odigos' },
  'overlay.label': { el: 'Πάνελ Οδηγού', en: 'Odigos panel' },
  'overlay.collapse': { el: 'Σύμπτυξη', en: 'Collapse' },
  'overlay.expand': { el: 'Άνοιγμα του Οδηγού', en: 'Open Odigos' },
  'overlay.moveLeft': { el: 'Μετακίνηση αριστερά', en: 'Move to the left' },
  'overlay.moveRight': { el: 'Μετακίνηση δεξιά', en: 'Move to the right' },
  'overlay.notes': { el: 'Σημειώσεις', en: 'Notes' },
  'overlay.stopped': {
    el: 'Ο Οδηγός ενημερώθηκε ή επανεκκινήθηκε: αυτό το πάνελ σταμάτησε και δεν δέχεται κείμενο. Ό,τι γράψατε στις σημειώσεις περνά στο νέο πάνελ· αν δεν εμφανιστεί, ανανεώστε τη σελίδα.',
    en: 'Odigos was updated or restarted: this panel has stopped and takes no typing. What you typed in the notes moves to the new panel; if it does not appear, reload the page.',
  },
  'overlay.resize': { el: 'Πλάτος πάνελ (← →)', en: 'Panel width (← →)' },
  'extras.loading': { el: 'Φόρτωση…', en: 'Loading…' },
  'extras.failed': {
    el: 'Αυτό το τμήμα του Οδηγού δεν φορτώθηκε σε αυτή τη σελίδα. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.',
    en: 'This part of Odigos did not load on this page. Reload the page and try again.',
  },
  'suggestions.label': { el: 'Προτάσεις', en: 'Suggestions' },
  'suggestions.empty': {
    el: 'Επιλέξτε το μήνυμα του πελάτη ή γράψτε στην αναζήτηση.',
    en: "Select the customer's message or type in the search box.",
  },
  'overlay.nothingRead': {
    el: 'Δεν βρέθηκε συνομιλία σε αυτή τη σελίδα.',
    en: 'No conversation found on this page.',
  },
  'overlay.carried': {
    el: 'Διαβάστηκε νωρίτερα στη σελίδα συνομιλίας του αιτήματος.',
    en: "Read earlier on this ticket's conversation page.",
  },
  'overlay.adapterFallback': {
    el: 'Η σελίδα άλλαξε μορφή — χρησιμοποιείται γενική ανάγνωση',
    en: 'The page changed shape — using generic reading',
  },
  'overlay.weakReading': {
    el: 'Δεν είναι σίγουρο πού είναι η συνομιλία σε αυτή τη σελίδα: δείξτε την για καλύτερες προτάσεις.',
    en: 'Not sure where the conversation is on this page: point at it for better suggestions.',
  },
  /** Words quoted in running text: Greek guillemets in Greek, curly quotes in English (as the studio writes them). */
  quoted: { el: '«{text}»', en: '“{text}”' },
  'overlay.pick': { el: 'Δείξτε τη συνομιλία', en: 'Point at the conversation' },
  'overlay.pickHint': {
    el: 'Δείξτε στον Οδηγό πού είναι τα μηνύματα του πελάτη και το πλαίσιο απάντησης σε αυτή τη σελίδα',
    en: "Show Odigos where the customer's messages and the reply box are on this page",
  },
  'overlay.ownLayout': { el: 'Διαβάζει ό,τι δείξατε.', en: 'Reading what you pointed at.' },
  'overlay.forgetLayout': { el: 'Ξεχάστε τη διάταξη της σελίδας', en: "Forget this page's layout" },
  'search.label': { el: 'Αναζήτηση στη γνώση', en: 'Search knowledge' },
  'search.placeholder': { el: 'π.χ. διπλή χρέωση', en: 'e.g. double charge' },
  'suggestions.none': {
    el: 'Δεν βρέθηκε κάτι σχετικό με αυτή τη συνομιλία. Γράψτε στην αναζήτηση τι ζητά ο πελάτης, π.χ. «επιστροφή χρημάτων».',
    en: 'Nothing relevant to this conversation. Type what the customer asks for in the search, e.g. "refund".',
  },
  'suggestions.noneSearched': {
    el: 'Δεν βρέθηκε κάτι σχετικό. Δοκιμάστε άλλες λέξεις ή πατήστε Esc για τις προτάσεις της συνομιλίας.',
    en: "Nothing relevant found. Try other words, or press Esc for this conversation's suggestions.",
  },
  'suggestions.loading': { el: 'Αναζήτηση…', en: 'Searching…' },
  'suggestions.failed': { el: 'Οι προτάσεις δεν είναι διαθέσιμες.', en: 'Suggestions are unavailable.' },
  'suggestions.packOff': {
    el: 'Το πακέτο {packs} απενεργοποιήθηκε: η αναζήτησή του απέτυχε. Τα υπόλοιπα πακέτα λειτουργούν.',
    en: 'The pack {packs} was switched off: searching it failed. The other packs still work.',
  },
  'suggestions.why': { el: 'Ταιριάζει:', en: 'Matched:' },
  'suggestions.similar': { el: 'Παρόμοιο νόημα:', en: 'Similar meaning:' },
  'suggestions.chosenBefore': { el: 'Το επιλέξατε πριν', en: 'Chosen before' },
  'suggestions.chosenBeforeLong': {
    el: 'Το επιλέξατε πριν για παρόμοιο μήνυμα: ανεβαίνει λίγο (μόνο σε αυτόν τον υπολογιστή· μηδενίζεται στις Ρυθμίσεις)',
    en: 'You chose it before for a similar message, so it rises a little (on this computer only; reset in Options)',
  },
  'stage.label': { el: 'Στάδιο:', en: 'Stage:' },
  'stage.new': { el: 'νέο αίτημα', en: 'new request' },
  /**
   * Nothing done on this ticket yet, but the customer says they wrote before: not a new request to them, still open.
   * One short word: the mood badge beneath already says «Επανειλημμένη επικοινωνία» (a longer label took two lines).
   */
  'stage.repeat': { el: 'εκκρεμεί', en: 'still open' },
  'stage.working': { el: 'σε εξέλιξη', en: 'in progress' },
  'stage.resolved': { el: 'επιλύθηκε', en: 'resolved' },
  'stage.markResolved': { el: 'Επιλύθηκε', en: 'Resolved' },
  'suggestions.variant': { el: 'Άλλο ύφος', en: 'Other style' },
  'type.sop': { el: 'Διαδικασία', en: 'SOP' },
  'type.sop.long': { el: 'Διαδικασία λειτουργίας', en: 'Standard operating procedure' },
  'type.template': { el: 'Πρότυπο', en: 'Template' },
  'type.template.long': { el: 'Πρότυπο απάντησης', en: 'Response template' },
  'cues.label': { el: 'Διάθεση πελάτη', en: 'Customer mood' },
  ...CUE_NAMES,
  /** On a card, beside its other words: the long names cost the card a line (the full name is its tooltip). */
  'cue.repeat-contact.short': { el: 'Επανάληψη', en: 'Repeat contact' },
  'cue.vulnerability.short': { el: 'Ευαλωτότητα', en: 'Vulnerable' },
  'keys.open': { el: 'Πλήκτρα (?)', en: 'Keys (?)' },
  'formality.formal': { el: 'Επίσημο (εσείς)', en: 'Formal' },
  'formality.informal': { el: 'Φιλικό (εσύ)', en: 'Friendly' },
  'review.needed': { el: 'Θέλει αναθεώρηση', en: 'Needs review' },
} as const satisfies Record<string, Record<UiLang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The current UI language; views re-render when it changes. */
export const uiLang = signal<UiLang>(browserLang());

/** The words every surface shares (one table of many: see defineStrings). */
export const sayCommon = defineStrings(STRINGS);

// The pure layer's (the CLI fills its words too), here for every surface.
export { fill } from '@/knowledge/text/fill';

/**
 * The one way UI words are declared: a table of keys with their Greek and English, beside the feature that shows
 * them, and its accessor in the UI language (or the one asked for). The accessor is named `say` in the file that
 * shows the words, `say<Area>` when a strings module serves several files; counted words (definePlurals) `count`
 * and `count<Area>` (CONTRIBUTING.md, "UI words").
 */
export function defineStrings<K extends string>(table: Record<K, Record<UiLang, string>>): (key: K, lang?: UiLang) => string {
  return (key, lang = uiLang.value) => table[key][lang];
}

const LOCALE: Record<UiLang, string> = { el: 'el-GR', en: 'en-GB' };

/**
 * Counted words beside their feature, like defineStrings: each key has the Greek and English forms, and the
 * language's plural rules (Intl.PluralRules) pick one: «1 σημείωση», «3 σημειώσεις», "1 entry", "2 entries".
 * `{n}` is the number; other `{names}` are filled by the caller (fill).
 */
export function definePlurals<K extends string>(table: Record<K, Record<UiLang, PluralForms>>): (key: K, n: number) => string {
  return (key, n) => plural(n, table[key][uiLang.value], LOCALE[uiLang.value]);
}

/** A bare count in the UI language, grouped as plural() groups it: «3.000» / "3,000" (a count beside a title). */
export const sayCount = (n: number): string => countNumber(n, LOCALE[uiLang.value]);
