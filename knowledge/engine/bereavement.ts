/**
 * A death in the customer's text, told apart from the everyday figures of speech that use the same verbs: «πέθανε ο
 * πατέρας μου» / "my father passed away" is a bereavement; «πέθανε το κινητό», "my battery died", «πεθαίνω στην
 * αναμονή», "I died laughing" are not. What decides is the noun the verb is about: the nearest person (a relative,
 * the account holder) or the nearest thing (a device, the wait, laughter). «Έχασα τη μητέρα μου» / "lost my mother"
 * is a death only when a person follows the verb (a lost card is not).
 *
 * The reading serves two ends: the bereavement cue (its own, not the vulnerability one), and the query, which drops
 * a death verb used figuratively (a dead phone is about the phone) and reads "lost my mother" as a death.
 * Words are compared in the phonetic key space, so Greeklish and unaccented capitals read the same.
 */
import { type Token, tokenize } from '../text/fold';
import { looseKeys, ownScriptKey } from '../text/analyze';
import { emptyList } from './lists';

export interface DeathReading {
  /** The customer's words that tell of a death, as written («πέθανε ο πατέρας», "passed away"). */
  words: string[];
  /** Token indexes of death verbs used figuratively: they say nothing about the topic. */
  figurative: Set<number>;
  /** Token indexes of a loss verb that means a death here («έχασα τη μητέρα μου»), read as the plain death verb. */
  death: Map<number, Token>;
}

/** A relative, a partner, the account holder: whose death a customer tells us about. */
const PEOPLE = [
  'πατέρας', 'πατέρα', 'μητέρα', 'μητέρας', 'μάνα', 'μάνας', 'μπαμπάς', 'μπαμπά', 'μαμά', 'αδερφός', 'αδερφό', 'αδερφή',
  'αδελφός', 'αδελφή', 'γιος', 'γιο', 'γιου', 'κόρη', 'κόρης', 'σύζυγος', 'σύζυγο', 'συζύγου', 'άντρας', 'άντρα',
  'άνδρας', 'άνδρα', 'γυναίκα', 'γυναίκας', 'παππούς', 'παππού', 'γιαγιά', 'γιαγιάς', 'θείος', 'θείο', 'θεία', 'θείας',
  'ξάδερφος', 'ξαδέρφη', 'πεθερός', 'πεθερά', 'κουνιάδος', 'κουνιάδα', 'φίλος', 'φίλη', 'σύντροφος', 'σύντροφο',
  'κάτοχος', 'κατόχου', 'συγγενής', 'συγγενή', 'παιδί', 'μωρό', 'άνθρωπος', 'αρραβωνιαστικός', 'αρραβωνιαστικιά',
  'father', 'dad', 'daddy', 'mother', 'mum', 'mom', 'mummy', 'brother', 'sister', 'son', 'daughter', 'husband',
  'wife', 'partner', 'spouse', 'grandfather', 'grandmother', 'grandma', 'grandpa', 'granddad', 'nan', 'aunt',
  'uncle', 'cousin', 'friend', 'parent', 'parents', 'holder', 'relative', 'fiance', 'fiancee', 'boyfriend',
  'girlfriend', 'child', 'baby', 'he', 'she',
];

/** Things that "die" in everyday speech: devices, a connection, the wait, laughter. */
const THINGS = [
  'κινητό', 'τηλέφωνο', 'μπαταρία', 'λάπτοπ', 'υπολογιστής', 'υπολογιστή', 'οθόνη', 'ρούτερ', 'μόντεμ', 'τάμπλετ',
  'συσκευή', 'φορτιστής', 'φορτιστή', 'αυτοκίνητο', 'αμάξι', 'μηχανή', 'σύνδεση', 'ίντερνετ', 'γραμμή', 'τηλεόραση',
  'πλυντήριο', 'ψυγείο', 'εκτυπωτής', 'εκτυπωτή', 'κάρτα', 'δίσκος', 'εφαρμογή', 'σήμα', 'ποντίκι', 'πληκτρολόγιο',
  'ακουστικά', 'ρολόι', 'κονσόλα', 'λάμπα', 'κλιματιστικό', 'αναμονή', 'γέλια', 'γέλιο', 'πείνα', 'βαρεμάρα',
  'κούραση', 'ζέστη', 'κρύο', 'phone', 'mobile', 'cell', 'battery', 'laptop', 'computer', 'pc', 'screen', 'display',
  'router', 'modem', 'tablet', 'ipad', 'iphone', 'device', 'charger', 'car', 'engine', 'connection', 'internet',
  'wifi', 'line', 'tv', 'television', 'printer', 'card', 'disk', 'drive', 'app', 'server', 'signal', 'console',
  'headphones', 'earbuds', 'watch', 'keyboard', 'mouse', 'fridge', 'bulb', 'it', 'laughing', 'laughter', 'boredom',
  'hold', 'queue', 'wait', 'waiting', 'heat', 'embarrassment',
];

/** Verbs of dying that need a person to be a death («πέθανε το κινητό» is not). */
const DYING = ['πέθανε', 'πεθάνει', 'πέθαναν', 'πεθαμένος', 'πεθαμένη', 'πεθαμένο', 'σκοτώθηκε', 'died', 'dies', 'dead', 'dying'];
/** Words of mourning that are a death unless a thing is nearer than any person ("my laptop passed away"). */
const MOURNING = [
  'απεβίωσε', 'απεβίωσαν', 'θάνατο', 'θανάτου', 'θανόντος', 'θανούσας', 'εκλιπόντος', 'εκλιπούσας', 'κηδεία', 'κηδείες',
  'πένθος', 'πενθούμε', 'συλλυπητήρια', 'χήρα', 'χήρος', 'χήρεψα', 'μνημόσυνο', 'deceased', 'funeral', 'bereavement',
  'bereaved', 'condolences', 'widow', 'widowed', 'widower', 'mourning', 'death',
  // The church's word for a death, and the words for the dead: «εκοιμήθη», «ο μακαρίτης ο πατέρας μου».
  'εκοιμήθη', 'αποβίωση', 'αποβίωσης', 'μακαρίτης', 'μακαρίτη', 'μακαρίτισσα', 'μακαρίτισσας', 'συγχωρεμένος',
  'συγχωρεμένη', 'συγχωρεμένου', 'συγχωρεμένης', 'αείμνηστος', 'αείμνηστη', 'αείμνηστου', 'αείμνηστης',
];
/** First-person dying is a figure of speech in a service conversation («πεθαίνω στην αναμονή», «πέθανα στα γέλια»). */
const FIGURE = ['πεθαίνω', 'πέθανα', 'πεθάναμε', 'πεθαίνουμε', 'ψόφησα'];
/** Verbs of losing: a death only when a person is what was lost. */
const LOSING = ['έχασα', 'χάσαμε', 'έχασε', 'χάσατε', 'lost'];
/** Between a verb of losing and its object: articles, possessives, "dear". */
const BETWEEN = ['τον', 'την', 'τη', 'το', 'τους', 'τις', 'της', 'του', 'μου', 'μας', 'αγαπημένο', 'αγαπημένη', 'πολυαγαπημένο', 'πολυαγαπημένη', 'my', 'our', 'the', 'his', 'her', 'their', 'dear', 'beloved', 'late', 'a'];

/**
 * Idioms of leaving that tell of a death: «έφυγε από τη ζωή» / «έφυγε από κοντά μας» (left life, left us), «μας άφησε»
 * (left us) with the dead person named, «μας άφησε χρόνους». A bare «έφυγε» (the technician left) and «μας άφησε
 * χωρίς ρεύμα» (left us without power) are not.
 */
const LEFT = ['έφυγε', 'έφυγαν', 'φύγει'];
/** The church's verb for dying, which the packs' triggers do not use: the query reads it as «πέθανε». */
const SLEPT = ['εκοιμήθη'];
const LEFT_FROM = ['από'];
const LEFT_WHAT = ['ζωή', 'κοντά'];
const LEFT_US = ['άφησε', 'άφησαν', 'αφήσει'];
const US = ['μας'];
/**
 * «δεν είναι πια μαζί μας» / «δεν ζει πλέον» (is no longer with us, no longer lives), said of a person: a death.
 * «Ο τεχνικός δεν είναι πια μαζί μας» names no person of PEOPLE and stays no death.
 */
const NO_LONGER = ['πια', 'πλέον'];
const NOT = ['δεν', 'δε'];
const IS = ['είναι'];
const LIVES = ['ζει'];
const WITH = ['μαζί'];
/** What follows «μας άφησε» when something was left behind or someone left us to something: no death. */
const NOT_AFTER_LEFT_US = [
  'χωρίς', 'να', 'ένα', 'μια', 'μία', 'μόνους', 'μόνες', 'μόνο', 'στη', 'στην', 'στο', 'στον', 'σε', 'στα', 'τα', 'τις',
  'μήνυμα', 'σημείωμα', 'σημείωση', 'χαρτί', 'κλειδιά', 'χρέη', 'ραντεβού', 'έξω', 'πίσω', 'εδώ', 'εκεί', 'ξεκρέμαστους',
  'ξεκρέμαστο', 'απλήρωτους', 'άφραγκους', 'αναπάντητους', 'ήσυχους',
];
/** After «μας άφησε τον/την/το», a time tells of a death («τον Μάρτιο»); a thing does not («το κλειδί»). */
const TIME_WORDS = [
  'ιανουάριο', 'φεβρουάριο', 'μάρτιο', 'απρίλιο', 'μάιο', 'ιούνιο', 'ιούλιο', 'αύγουστο', 'σεπτέμβριο', 'οκτώβριο',
  'νοέμβριο', 'δεκέμβριο', 'περασμένο', 'περασμένη', 'προηγούμενο', 'προηγούμενη', 'μήνα', 'χειμώνα', 'καλοκαίρι',
  'πάσχα', 'δεκαπενταύγουστο', 'εβδομάδα', 'βδομάδα', 'σαββατοκύριακο',
];

/** How far (in words) a verb looks for the noun it is about. */
const REACH = 5;

type KeySet = ReadonlySet<string>;

/**
 * Each Greek word by its phonetic key (Greeklish reads the same), each English word by its own key: the key of its
 * own script only, not all its looseKeys, whose Greeklish readings of ~200 English words cost the first search of a
 * process some 30-90 ms.
 */
function keySet(words: readonly string[]): KeySet {
  const out = new Set<string>();
  for (const w of words) {
    const k = ownScriptKey(tokenize(w)[0]!);
    if (k) out.add(k);
  }
  return out;
}

const LISTS = {
  people: PEOPLE, things: THINGS, dying: DYING, mourning: MOURNING, losing: LOSING, between: BETWEEN, left: LEFT, slept: SLEPT,
  leftFrom: LEFT_FROM, leftWhat: LEFT_WHAT, leftUs: LEFT_US, us: US, notAfterLeftUs: NOT_AFTER_LEFT_US, timeWords: TIME_WORDS,
  noLonger: NO_LONGER, not: NOT, is: IS, lives: LIVES, with: WITH,
};
let sets: Record<keyof typeof LISTS, KeySet> | undefined;
const lexicon = () =>
  (sets ??= Object.fromEntries(Object.entries(LISTS).map(([name, list]) => [name, keySet(list)])) as Record<keyof typeof LISTS, KeySet>);
const FIGURE_TEXT = new Set(FIGURE.map((w) => tokenize(w)[0]!.text));

const inSet = (set: KeySet, keys: readonly string[]) => keys.some((k) => set.has(k));
/** "mother's card": a possessive is not the person the verb is about. */
const possessive = (t: Token) => /['’]s$/.test(t.raw);

/** The nearest person or thing within reach of token i: its index and which; a person wins a tie. */
function nearestNoun(i: number, keys: ReadonlyArray<readonly string[]>, tokens: Token[]) {
  const L = lexicon();
  for (let d = 1; d <= REACH; d++) {
    const at = [i - d, i + d].filter((j) => j >= 0 && j < keys.length && !possessive(tokens[j]!));
    const person = at.find((j) => inSet(L.people, keys[j]!));
    if (person !== undefined) return { at: person, person: true };
    const thing = at.find((j) => inSet(L.things, keys[j]!));
    if (thing !== undefined) return { at: thing, person: false };
  }
  return undefined;
}

/** The object of a verb of losing: the first word after it that is no article or possessive. */
function objectOf(i: number, keys: ReadonlyArray<readonly string[]>): number | undefined {
  const L = lexicon();
  let j = i + 1;
  while (j < keys.length && j <= i + 3 && inSet(L.between, keys[j]!)) j++;
  return j < keys.length ? j : undefined;
}

const span = (tokens: Token[], a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.raw).join(' ');

/** The plain death verb a loss verb stands for, in the script the customer wrote in. */
const deathWord = (t: Token): Token =>
  t.script === 'greek' || !/^lost$/i.test(t.raw) ? { raw: 'πέθανε', text: 'πεθανε', script: 'greek' } : { raw: 'died', text: 'died', script: 'latin' };

/** `keys`: each token's looseKeys. */
export function readDeath(tokens: Token[], keys: ReadonlyArray<readonly string[]> = tokens.map(looseKeys)): DeathReading {
  const L = lexicon();
  const out: DeathReading = { words: emptyList<string>(), figurative: new Set(), death: new Map() };
  keys.forEach((k, i) => {
    const t = tokens[i]!;
    if (t.script === 'greek' && FIGURE_TEXT.has(t.text)) {
      out.figurative.add(i);
      return;
    }
    // "passed away" / "passed on" mourn; «έφυγε από τη ζωή» too; "my late husband" tells of a death as well.
    const next = tokens[i + 1]?.text;
    if (t.text === 'late' && i + 1 < keys.length && inSet(L.people, keys[i + 1]!)) {
      out.words.push(span(tokens, i, i + 1));
      return;
    }
    const phrase = t.text === 'passed' && (next === 'away' || next === 'on');
    const mourning = phrase || inSet(L.mourning, k);
    const dying = !mourning && inSet(L.dying, k);
    // "my mum passed last week": a bare "passed" is a death only beside a person (a payment passes too).
    if (t.text === 'passed' && !phrase) {
      const noun = nearestNoun(i, keys, tokens);
      if (noun?.person) {
        out.words.push(span(tokens, Math.min(i, noun.at), Math.max(i, noun.at)));
        out.death.set(i, deathWord({ ...t, raw: 'lost' }));
      }
      return;
    }
    if (mourning || dying) {
      const noun = nearestNoun(i, keys, tokens);
      const end = phrase ? i + 1 : i;
      if (noun?.person && inSet(L.slept, k)) out.death.set(i, deathWord(t));
      if (noun?.person) out.words.push(span(tokens, Math.min(i, noun.at), Math.max(end, noun.at)));
      else if (mourning && !noun) out.words.push(span(tokens, i, end));
      else out.figurative.add(i);
      return;
    }
    if (inSet(L.losing, k)) {
      const o = objectOf(i, keys);
      if (o !== undefined && !possessive(tokens[o]!) && inSet(L.people, keys[o]!)) {
        out.words.push(span(tokens, i, o));
        out.death.set(i, deathWord(t));
      }
    }
  });
  for (const [i, start, end] of leavingIdioms(tokens, keys)) {
    out.words.push(span(tokens, start, end));
    out.death.set(i, deathWord(tokens[i]!));
  }
  return out;
}

/** Whether token j is one of a set (false past the end). */
const isAt = (set: KeySet, keys: ReadonlyArray<readonly string[]>, j: number) => j >= 0 && j < keys.length && inSet(set, keys[j]!);

/** «έφυγε (…) από τη ζωή / από κοντά μας»: the verb's index and the idiom's last word, within a few words. */
function leftLife(i: number, keys: ReadonlyArray<readonly string[]>): number | undefined {
  const L = lexicon();
  // The one who died may stand between («έφυγε ο άντρας μου ξαφνικά από τη ζωή»); more than two words between
  // must name a person, or «έφυγε ο τεχνικός και από τη ζωή μου…» would be a death.
  let person = false;
  for (let j = i + 1; j <= i + 5 && j < keys.length; j++) {
    if (!isAt(L.leftFrom, keys, j)) {
      person ||= isAt(L.people, keys, j);
      continue;
    }
    if (j > i + 3 && !person) continue;
    for (let k = j + 1; k <= j + 2; k++) if (isAt(L.leftWhat, keys, k)) return isAt(L.us, keys, k + 1) ? k + 1 : k;
  }
  return undefined;
}

/**
 * «μας άφησε» said of a person (a relative, the account holder), not followed by what was left or what we were left
 * to (see NOT_AFTER_LEFT_US): the idiom's last word.
 */
function leftUs(i: number, keys: ReadonlyArray<readonly string[]>, tokens: Token[]): [number, number] | undefined {
  const L = lexicon();
  if (!isAt(L.us, keys, i - 1)) return undefined;
  const noun = nearestNoun(i, keys, tokens);
  if (!noun?.person || isAt(L.notAfterLeftUs, keys, i + 1)) return undefined;
  // «μας άφησε το κλειδί» is a thing left; «μας άφησε τον Μάρτιο» a time, «μας άφησε ο πατέρας μου» the person.
  const article = /^(τον|την|τη|το)$/.test(tokens[i + 1]?.text ?? '');
  if (article && !isAt(L.timeWords, keys, i + 2) && !isAt(L.people, keys, i + 2)) return undefined;
  return [Math.min(i - 1, noun.at), Math.max(i, noun.at)];
}

/**
 * «δεν είναι πια μαζί μας», «δεν ζει πλέον» at «πια/πλέον» (index i), of a person within reach: the idiom's first
 * and last word.
 */
function noLonger(i: number, keys: ReadonlyArray<readonly string[]>, tokens: Token[]): [number, number] | undefined {
  const L = lexicon();
  const verb = i - 1;
  if (!isAt(L.not, keys, verb - 1)) return undefined;
  let end = i;
  if (isAt(L.is, keys, verb)) {
    if (!isAt(L.with, keys, i + 1) || !isAt(L.us, keys, i + 2)) return undefined;
    end = i + 2;
  } else if (!isAt(L.lives, keys, verb)) return undefined;
  const noun = nearestNoun(verb, keys, tokens);
  if (!noun?.person) return undefined;
  return [Math.min(verb - 1, noun.at), Math.max(end, noun.at)];
}

/** The leaving idioms of a death in the text: [verb index, first word index, last word index]. */
function leavingIdioms(tokens: Token[], keys: ReadonlyArray<readonly string[]>): Array<[number, number, number]> {
  const L = lexicon();
  const found: Array<[number, number, number]> = [];
  keys.forEach((k, i) => {
    const life = inSet(L.left, k) ? leftLife(i, keys) : undefined;
    const range = life !== undefined ? ([i, life] as [number, number]) : inSet(L.leftUs, k) ? leftUs(i, keys, tokens)
      : inSet(L.noLonger, k) ? noLonger(i, keys, tokens) : undefined;
    if (range) found.push([i, ...range]);
  });
  return found;
}

/**
 * Whether an entry answers a death: one of its triggers reads as one, by the same reader as the customer's text.
 * Such entries wait for the bereavement cue («πατέρας» in "lost my father's phone" is no death), and lead with it.
 * Read once, when the index is built (IndexData.dd): a search only looks the answer up.
 */
export function answersDeath(entry: { triggers?: readonly string[] }): boolean {
  return (entry.triggers ?? []).some((t) => readDeath(tokenize(t)).words.length > 0);
}
