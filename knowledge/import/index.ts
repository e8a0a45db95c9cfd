/**
 * Templates from the tools trainers already use: Zendesk macros, Freshdesk canned responses, Text Blaze, Briskine
 * and espanso snippets, and a CSV of title, shortcut and body. Pure: the studio (and any other surface) gives the
 * file's text and gets templates with placeholders mapped, plus what could not be carried over.
 */
import { messageLang } from '../text/message-lang';
import type { Formality, Lang, Tone } from '../types';
import { readBriskine, briskineTemplates } from './briskine';
import { readCsv } from './csv';
import { espansoMatches, readEspanso } from './espanso';
import { freshdeskResponses, readFreshdesk } from './freshdesk';
import { readTextBlaze, textBlazeSnippets } from './textblaze';
import { ImportError, type ImportedTemplate, type ImportFormat, type ImportNote, type ImportResult, type RawTemplate, type SkippedItem } from './types';
import { readZendesk, zendeskMacros } from './zendesk';

export * from './types';

export interface ImportOptions {
  /** Read as this format; detected from the content when absent. */
  format?: ImportFormat;
  /** The pack's language: templates in the other language are marked so. */
  packLang: Lang;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Which tool wrote `text`, from its shape; undefined when none fits (then it is read as CSV). */
export function detectFormat(text: string): ImportFormat | undefined {
  const json = parseJson(text);
  if (json === undefined) return espansoMatches(text) ? 'espanso' : undefined;
  if (zendeskMacros(json)) return 'zendesk';
  if (freshdeskResponses(json)) return 'freshdesk';
  if (textBlazeSnippets(json).some((f) => typeof f.snippet.name === 'string' || typeof f.snippet.text === 'string')) {
    // Briskine's items have a title and a body; Text Blaze's a name and a text.
    if (!briskineTemplates(json)) return 'textblaze';
  }
  if (briskineTemplates(json)) return 'briskine';
  return undefined;
}

function read(format: ImportFormat, text: string): { items: RawTemplate[]; skipped: SkippedItem[] } {
  if (format === 'csv') return readCsv(text);
  if (format === 'espanso') return readEspanso(text);
  const json = parseJson(text);
  if (json === undefined) throw brokenJson(text, `a ${format} export is a .json file`);
  if (format === 'zendesk') return readZendesk(json);
  if (format === 'freshdesk') return readFreshdesk(json);
  if (format === 'textblaze') return readTextBlaze(json);
  return readBriskine(json);
}

/** A shortcut Odigos accepts (letters, digits, '-'): ":sorry" → "sorry", "/thx you" → "thx-you". */
export function cleanShortcut(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const TONE_WORDS: Array<[Tone, RegExp]> = [
  ['apology', /\b(sorry|apolog\w*)|συγγν[ωώ]μη|λυπ[οό]ύ?μαστε|λυπ[αά]μαι/iu],
  ['de-escalation', /\b(calm|understand your frustration)|ηρεμ|κατανοώ την αναστάτωση/iu],
  ['empathy', /\b(i understand|i can imagine|frustrat\w*)|καταλαβα[ιί]νω|κατανο[ωώ]/iu],
  ['reassurance', /\b(rest assured|don'?t worry|no need to worry)|μην ανησυχε[ιί]τε|σας διαβεβαι/iu],
  ['follow-up', /\b(follow(ing)?[ -]up|checking in|update on)|επανέρχομαι|ενημέρωση για/iu],
  ['closing', /\b(thank(s| you) for (contacting|reaching)|have a (nice|great) day|goodbye)|καλή συνέχεια|ευχαριστούμε για την επικοινωνία/iu],
  ['greeting', /^(hi|hello|good (morning|afternoon|evening)|welcome)\b|^(καλημέρα|καλησπέρα|γεια)/iu],
];

/** From the title first; from the body only a tone other than greeting (most replies open with «Καλημέρα»). */
function guessTone(title: string, body: string): Tone | undefined {
  for (const [tone, words] of TONE_WORDS) if (words.test(title)) return tone;
  for (const [tone, words] of TONE_WORDS) if (tone !== 'greeting' && words.test(body)) return tone;
  return body.length < 80 && TONE_WORDS.find(([tone]) => tone === 'greeting')![1].test(body) ? 'greeting' : undefined;
}

/** Greek «σου/σε» without «σας» reads informal; everything else stays formal (the safe default). */
function guessFormality(body: string): Formality {
  const informal = (body.match(/(^|[\s,])(σου|σε)([\s,.!;]|$)/giu) ?? []).length;
  const formal = (body.match(/(^|[\s,])σας([\s,.!;]|$)/giu) ?? []).length;
  return informal > formal ? 'informal' : 'formal';
}

function finish(raw: RawTemplate, packLang: Lang): ImportedTemplate {
  const notes: ImportNote[] = [...raw.notes];
  let shortcut: string | undefined;
  if (raw.shortcut) {
    shortcut = cleanShortcut(raw.shortcut) || undefined;
    if (!shortcut) notes.push({ code: 'shortcut-dropped', from: raw.shortcut });
    else if (shortcut !== raw.shortcut) notes.push({ code: 'shortcut-changed', from: raw.shortcut, to: shortcut });
  }
  let triggers = (raw.triggers ?? []).filter(Boolean);
  if (!triggers.length) {
    const fromTitle = raw.title.toLowerCase().replace(/[^\p{L}\p{N}\s']+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (fromTitle) {
      triggers = [fromTitle];
      notes.push({ code: 'triggers-from-title', to: fromTitle });
    }
  }
  const guessed = guessTone(raw.title, raw.body);
  if (guessed) notes.push({ code: 'tone-guessed', to: guessed });
  const detected = messageLang(`${raw.title}\n${raw.body.replace(/\{\{[^}]*\}\}/g, ' ')}`);
  if (detected && detected !== packLang) notes.push({ code: 'lang-detected', to: detected });
  return {
    source: raw.source,
    title: raw.title,
    ...(shortcut ? { shortcut } : {}),
    body: raw.body,
    tags: [...new Set((raw.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    triggers,
    tone: guessed ?? 'information',
    formality: guessFormality(raw.body),
    ...(detected && detected !== packLang ? { lang: detected } : {}),
    notes,
  };
}

/** Reads another tool's export; throws ImportError (saying what was expected) when it is not that format. */
/**
 * A JSON file that does not parse: an export cut short or edited by hand. Said so, with the line where reading
 * stopped, rather than read on as a CSV that it is not («not a CSV of templates» sent trainers to the wrong file).
 */
function brokenJson(text: string, expected?: string): ImportError {
  let why = '';
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    why = (e as Error).message;
  }
  const position = /at position (\d+)/.exec(why);
  const line = position ? text.replace(/^\uFEFF/, '').slice(0, Number(position[1])).split('\n').length : undefined;
  const where = line ? ` (line ${line})` : '';
  const message = `not valid JSON${where}: ${why.replace(/ in JSON at position \d+.*$/, '')}; ${expected ?? 'the export may be cut short or edited'}`;
  return new ImportError(message, { code: 'brokenJson', ...(line ? { line } : {}) });
}

const LOOKS_JSON = /^\uFEFF?\s*[[{]/;

/** Nothing recognised the file: JSON that does not parse is said as such; anything else must be a CSV. */
function readUndetected(text: string): { items: RawTemplate[]; skipped: SkippedItem[] } {
  if (LOOKS_JSON.test(text)) throw brokenJson(text);
  if (/^\s*(matches|global_vars)\s*:/m.test(text)) return readEspanso(text);
  try {
    return readCsv(text);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    throw new ImportError(`the format was not recognised (${e.message})`, { code: 'unknown' });
  }
}

export function importTemplates(text: string, options: ImportOptions): ImportResult {
  const detected = options.format ?? detectFormat(text);
  const format = detected ?? 'csv';
  const { items, skipped } = detected ? read(detected, text) : readUndetected(text);
  return { format, templates: items.map((r) => finish(r, options.packLang)), skipped };
}
