/**
 * Curated stopwords: function words only. Negations (δεν, μην, not, no), time words (ακόμα, still, yet, again)
 * and quantities (δύο, twice) carry meaning in support requests and are kept. Greek words are compared in
 * phonetic key space, so the same list covers Greek, unaccented Greek and Greeklish.
 */
import { fold } from './fold';
import { greekKey } from './phonetic';

const GREEK = (
  'και κι να το τα τη την της του των τον τους τις η ο οι ενα ενας μια μιας ενος σε στο στα στη στην στης στον ' +
  'στους στις στου με για απο που θα ειναι ειμαι ειχα εχω εχει εχετε εχουμε εχουν ειχε ειχαμε ειχατε ειχαν ηταν ' +
  'αυτο αυτη αυτος αυτα αυτην αυτον ' +
  'μου σου σας μας τους του της μ σ τ ως ομως αλλα αν οτι πως γιατι επειδη οποτε εγω εσεις εμεις εσυ ' +
  'λοιπον δηλαδη παρακαλω γεια καλησπερα καλημερα χαιρετω χαιρετε ενω οταν πολυ πιο ετσι εδω εκει ' +
  'αυτης κατι τι ποτε ποιος ποια ποιο μετα πριν ολα ολο ολη τωρα'
).split(' ');

const ENGLISH = (
  'a an the and or but if of to in on at by for with from as is are was were be been being am i me my we our ' +
  'us you your he she it its they them their this that these those there here do does did have has had ' +
  'will would can could should shall may might must so than then too very just also about into over ' +
  'hi hello dear hey please regards kind best pm am im ive id its what which who whom when where how ' +
  'some any all both each other such only own same s t d ll m re ve'
).split(' ');

/** Keys of Greek stopwords, also matched by their Greeklish spellings (`kai`, `gia`, `apo`, `pou`). */
export const GREEK_STOP_KEYS: ReadonlySet<string> = new Set(GREEK.map((w) => greekKey(fold(w))));
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(ENGLISH);

/**
 * Weak words: kept for matching (a negation or "again" can tell two cases apart) but they say little about which
 * case it is, so they count less and never explain a suggestion to the agent ("not", «δεν», "time", «φορά»).
 */
export const GREEK_WEAK = (
  'δεν μην μη ουτε ακομα ακομη ηδη παλι ξανα φορα φορεσ θελω θελουμε ηθελα θελετε χρειαζομαι καποιοσ καποιο ' +
  'κανεισ κανενασ κανενα τιποτα ενα μια μια σημερα μπορω μπορειτε μπορει μπορουμε κανω κανετε εκανα κανει ' +
  'βοηθεια βοηθηστε πηρα παιρνω ειπε ειπατε λεει λετε ξερω ξερετε'
).split(' ');

export const ENGLISH_WEAK = (
  'not no never nothing anything something everything still yet again already ever time times want wanted need ' +
  'needed get got getting gets one anyone nobody someone even really know tell tells told say said ask asked ' +
  'thing things way going make made take took taken help cant dont didnt doesnt wont isnt havent hasnt wasnt ' +
  'arent today now see'
).split(' ');

/**
 * Negations, compared as written (a Greek word by its unstemmed phonetic key: stemmed, «μην» is «μήνα», a month).
 * Greek negative pronouns (κανείς, κανένα) are left out: they are also "anyone" in questions («είναι κανείς εκεί;»),
 * unaccented κανεις is also κάνεις ("you do"), and a Greek statement has δεν beside them anyway. Greeklish spellings
 * count in Greek entries and in messages, not in English entries ("10 min" is no «μην»).
 */
export const GREEK_NEGATION_KEYS: ReadonlySet<string> = new Set('den de min mi ute ohi kamia tipota tipote'.split(' '));
export const GREEKLISH_NEGATIONS: ReadonlySet<string> = new Set('den dn min mh oute oxi ohi kamia tipota'.split(' '));
export const ENGLISH_NEGATIONS: ReadonlySet<string> = new Set(
  (
    'not no never nobody nothing none neither nor cannot cant dont didnt doesnt wont isnt arent wasnt werent havent ' +
    'hasnt hadnt couldnt wouldnt shouldnt aint'
  ).split(' '),
);
