/**
 * Fill-in fields whose options cannot all follow the word before them. «σας το {{field:τιμολόγιο / την απόδειξη}}»
 * reads «σας το την απόδειξη» when the agent picks the second option; "I've {{field:Refund / credit}}" reads "I've
 * Refund". The check looks at the word directly before a field that offers options (`a / b`) — an article,
 * preposition with article, «θα»/«να», or an English article, auxiliary or "to" — and at the first word of each
 * option, and names the option that does not fit. It is a heuristic of endings, so it warns, and it stays quiet
 * when an ending could fit (a Greek word may be several genders and cases at once).
 */
import { parsePlaceholders } from '../template/placeholders';
import { said, type ProblemCode, type Said } from './problem-words';

export interface AgreementIssue {
  /** 1-based line of the text where the field starts. */
  line: number;
  problem: Said;
}

/** The options of a field label: `το τιμολόγιο / την απόδειξη` → two; hints in parentheses are not options. */
export function fieldOptions(label: string): string[] {
  const bare = label.replace(/\([^)]*\)/g, ' ');
  const options = bare.split(/\s+\/\s+/).map((o) => o.trim());
  return options.length >= 2 && options.every(Boolean) ? options : [];
}

/** Lower case without accents or diaeresis; final ς as σ. */
const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/’/g, "'");

const firstWord = (text: string) => /^[\p{L}\p{N}'’-]+/u.exec(text.trim())?.[0] ?? '';

/* ---------------------------------------------------------------- Greek */

type Rule = { needs: ProblemCode; fits(word: string): boolean };
const ends = (w: string, ...suffixes: string[]) => suffixes.some((s) => w.endsWith(s));
const GREEK = /^[\u0370-\u03ff\u1f00-\u1fff]+$/;

/** What the article (or «σε» + article) asks of the next word, by its ending. Genitives are left alone. */
const NEUTER_SG: Rule = { needs: 'needs.neuterSingular', fits: (w) => !ends(w, 'η', 'ησ', 'εσ', 'εισ', 'οι', 'ουσ') && !(w.endsWith('α') && !w.endsWith('μα')) };
const MASC_ACC: Rule = { needs: 'needs.masculine', fits: (w) => !ends(w, 'σ', 'ι', 'μα', 'οι') };
const FEM_ACC: Rule = { needs: 'needs.feminine', fits: (w) => !ends(w, 'σ', 'ι', 'μα', 'οι') && !(w.endsWith('ο') && !w.endsWith('οδο')) };
const NEUTER_PL: Rule = { needs: 'needs.neuterPlural', fits: (w) => !ends(w, 'σ', 'ο', 'ι', 'οι', 'μα') };
const MASC_NOM: Rule = { needs: 'needs.masculine', fits: (w) => w.endsWith('σ') };
const FEM_NOM: Rule = { needs: 'needs.feminine', fits: (w) => !ends(w, 'ι', 'μα', 'ησ', 'ασ', 'εσ', 'οι', 'ο') };
const PLURAL_NOM: Rule = { needs: 'needs.plural', fits: (w) => ends(w, 'οι', 'εσ', 'εισ', 'ισ') };
const MASC_PL_ACC: Rule = { needs: 'needs.masculinePlural', fits: (w) => ends(w, 'ουσ', 'εσ', 'εισ') };
const FEM_PL_ACC: Rule = { needs: 'needs.femininePlural', fits: (w) => ends(w, 'εσ', 'εισ', 'ισ') };

const GREEK_ARTICLES: Record<string, Rule | undefined> = {
  το: NEUTER_SG, στο: NEUTER_SG, ενα: NEUTER_SG,
  τον: MASC_ACC, στον: MASC_ACC, εναν: MASC_ACC,
  την: FEM_ACC, τη: FEM_ACC, στην: FEM_ACC, στη: FEM_ACC, μια: FEM_ACC,
  τα: NEUTER_PL, στα: NEUTER_PL,
  ο: MASC_NOM, η: FEM_NOM, οι: PLURAL_NOM,
  τουσ: MASC_PL_ACC, στουσ: MASC_PL_ACC, τισ: FEM_PL_ACC, στισ: FEM_PL_ACC,
  του: undefined, στου: undefined, τησ: undefined, στησ: undefined, των: undefined, στων: undefined, ενοσ: undefined, μιασ: undefined,
};
const isGreekArticle = (w: string) => Object.hasOwn(GREEK_ARTICLES, w);

/** «θα» and «να» ask for a verb (or a pronoun, «δεν», «μην» before it). */
const GREEK_PARTICLES = new Set(['θα', 'να']);
const CLITICS = new Set(['με', 'σε', 'τον', 'την', 'τη', 'το', 'τουσ', 'τισ', 'τα', 'μου', 'σου', 'του', 'τησ', 'μασ', 'σασ', 'δεν', 'μην', 'μη', 'ξανα']);
const looksLikeVerb = (w: string) => ends(w, 'ω', 'εισ', 'ει', 'ουμε', 'ετε', 'ουν', 'ουνε', 'αμε', 'ατε', 'αν', 'ομαστε', 'εστε', 'ονται', 'εται', 'ομαι', 'εσαι');

function greekIssue(before: string, option: string): Said | undefined {
  const w = fold(firstWord(option));
  if (!w || !GREEK.test(w)) return undefined;
  if (GREEK_PARTICLES.has(before)) return CLITICS.has(w) || looksLikeVerb(w) ? undefined : said('needs.verb');
  if (!isGreekArticle(before)) return undefined;
  if (isGreekArticle(w)) return said('needs.noArticle');
  const rule = GREEK_ARTICLES[before];
  return rule && !rule.fits(w) ? said(rule.needs) : undefined;
}

/* ---------------------------------------------------------------- English */

const DETERMINERS = new Set(['a', 'an', 'the', 'your', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'any']);
const PERFECT = new Set(['have', 'has', 'had', "i've", "we've", "you've", "they've", 'ive', 'weve']);
const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'everything', 'anything', 'anyone', 'someone', 'nothing']);
const MODALS = new Set(['will', "i'll", "we'll", "you'll", "they'll", 'can', 'could', 'would', 'should', 'must', 'may', 'might', 'shall']);
const ADVERBS = new Set(['already', 'also', 'just', 'now']);
/** Words in -ed that are no participle. */
const NOT_PARTICIPLES = new Set(['need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'breed', 'greed']);
const IRREGULAR_PARTICIPLES = new Set([
  'sent', 'put', 'set', 'cut', 'let', 'made', 'paid', 'lost', 'found', 'left', 'kept', 'sold', 'told', 'held', 'bought', 'brought',
  'built', 'spent', 'got', 'won', 'done', 'gone', 'seen', 'taken', 'given', 'written', 'chosen', 'been', 'had', 'heard', 'meant',
  'read', 'shut', 'sought', 'taught', 'thought', 'understood', 'arranged', 'spoken', 'shown', 'known', 'forgotten', 'begun',
]);
const isParticiple = (w: string) => IRREGULAR_PARTICIPLES.has(w) || (/(?:ed|en|wn)$/.test(w) && !NOT_PARTICIPLES.has(w));
const VOWEL_SOUND = (w: string) => (/^(?:hour|honest|honour|honor|heir)/.test(w) ? true : /^(?:eu|uni|use|usu|uti|one|once|ur)/.test(w) ? false : /^[aeiou]/.test(w));

/** `before`: the words before the field, nearest first, folded. */
function englishIssue(before: readonly string[], option: string): Said | undefined {
  const words = option.trim().split(/\s+/).map((x) => fold(firstWord(x)));
  const raw = firstWord(option);
  let w = words[0] ?? '';
  if (!w || !/^[a-z]/.test(w)) return undefined;
  const [b = '', ...rest] = before;
  if (b === 'a' || b === 'an') {
    if (DETERMINERS.has(w)) return said('needs.noArticle');
    if (raw === raw.toUpperCase() && raw.length > 1) return undefined; // an SMS, a PDF: read as letters
    if (VOWEL_SOUND(w) !== (b === 'an')) return said('needs.takesArticle', { article: b === 'an' ? 'a' : 'an' });
    return undefined;
  }
  if (DETERMINERS.has(b)) return DETERMINERS.has(w) ? said('needs.noArticle') : undefined;
  // "have already {{…}}": the auxiliary is a word further back.
  const [aux = '', subject] = ADVERBS.has(b) ? rest : [b, ...rest];
  if (PERFECT.has(aux)) {
    if (ADVERBS.has(w)) w = words[1] ?? '';
    // "Has the refund arrived?": a subject right after a sentence-opening auxiliary is a question, not a trap.
    const declarative = aux.includes("'") || aux.endsWith('ve') && aux !== 'have' || (subject !== undefined && SUBJECTS.has(subject));
    if (!declarative && (DETERMINERS.has(w) || SUBJECTS.has(w))) return undefined;
    return w && !isParticiple(w) ? said('needs.participle') : undefined;
  }
  if (MODALS.has(b)) return DETERMINERS.has(w) || (/(?:ed|ing)$/.test(w) && !NOT_PARTICIPLES.has(w)) ? said('needs.verbEnglish') : undefined;
  // After "to" a verb or a noun fits ("to refund", "to your bank", "to shipping"); a participle never does.
  if (b === 'to') return /ed$/.test(w) && !NOT_PARTICIPLES.has(w) ? said('needs.verbOrNoun') : undefined;
  return undefined;
}

/* ---------------------------------------------------------------- the check */

/** Up to three words right before `offset` on its line, nearest first, with only spaces between them and the field. */
function wordsBefore(text: string, offset: number): string[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /((?:[\p{L}'’]+[ \t]+){1,3})$/u.exec(text.slice(lineStart, offset));
  return m ? m[1].trim().split(/[ \t]+/).reverse() : [];
}

/** Fields with options that do not all agree with the word before them (a Greek or an English text). */
export function agreementIssues(text: string): AgreementIssue[] {
  const issues: AgreementIssue[] = [];
  if (!text.includes('{{')) return issues;
  for (const p of parsePlaceholders(text).placeholders) {
    if (p.kind !== 'field' || !p.label) continue;
    const options = fieldOptions(p.label);
    const words = options.length ? wordsBefore(text, p.start) : [];
    const before = words[0];
    if (!before) continue;
    const b = fold(before);
    const greek = GREEK.test(b);
    for (const option of options) {
      const needs = greek ? greekIssue(b, option) : englishIssue(words.map(fold), option);
      if (!needs) continue;
      issues.push({ line: p.line, problem: said(greek ? 'agreement.greek' : 'agreement.english', { before, raw: p.raw, option, needs }) });
      break;
    }
  }
  return issues;
}
