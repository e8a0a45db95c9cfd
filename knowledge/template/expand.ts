/**
 * Fills a template body for one conversation: customer and agent names (Greek first names in the
 * vocative), the formal salutation, the ticket id, today's date, fill-in fields and the caret position.
 * Pure: the overlay and the shortcut expander call it with what the CRM adapter read.
 */
import type { Formality, Lang } from '../types';
import { nameLexicon, type NameLexicon } from '../names/lexicon';
import type { UnderstoodName } from '../names/understand';
import { formatLongDate } from './dates';
import { parsePlaceholders, type Placeholder } from './placeholders';
import { formalName, nameInLanguage, nameInVocative, partAddressed, readCustomer, salutationFor, type CustomerName } from './salutation';
import { withoutOpeningGreeting } from './greeting';
import { dropEmptyVocative } from './punctuation';
import { agreeUnitsAfter } from './unit-agreement';
import type { PackVariables } from './variables';

export interface ExpansionContext {
  customer?: CustomerName;
  ticket?: { id?: string };
  agent?: {
    name?: string;
    firstName?: string;
    /** The agent's name as English replies write it (Options: "Helen" for Ελένη); else the name in ELOT's letters. */
    latinName?: string;
  };
}

export interface ExpandOptions {
  /** The pack's (or entry's) language: decides vocative, salutation and date format. */
  lang: Lang;
  /** Values of `{{field:Label}}` placeholders, by label. */
  fields?: Record<string, string>;
  /** The template's register: an informal template's salutation is by first name («Γεια σου, Γιώργο»). */
  formality?: Formality;
  /** The names the active packs teach (names.yaml) over the built-in ones. */
  names?: NameLexicon;
  /**
   * The pack's variables (pack.yaml `variables`), for a body that still has them: a compiled pack's bodies are
   * already filled in by odigos build.
   */
  variables?: PackVariables;
  /** Today, for `{{date.today}}` (injectable for tests). */
  now?: Date;
  /**
   * Where a value is missing and there is no `|fallback`: leave nothing (default), or show it for a preview (a
   * fill-in field as `[Label]`, as the agent will be asked for it; another placeholder as written).
   */
  onMissing?: 'empty' | 'keep';
  /**
   * The reply already has the agent's words before the caret (their «Hello Nick,», an earlier template): a template
   * that opens with a line of its own holding only the salutation goes in without that line, not as a second
   * greeting under the first; one that opens with a greeting clause («Γεια σου, {{customer.firstName}}, …», "Hi
   * {{customer.firstName|there}}, thanks…") goes in from what follows it, capitalised («Ευχαριστώ…», "Thanks…").
   */
  greeted?: boolean;
}

export interface Expansion {
  text: string;
  /** Where the caret goes: the first `{{cursor}}`, else the end of the text. */
  cursorOffset: number;
  /** Placeholder keys that had no value and no fallback (`customer.firstName`, `field:Αριθμός`), once each. */
  missing: string[];
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const inLanguage = (name: string | undefined, lang: Lang) => name && nameInLanguage(name, lang);

/**
 * The customer's full name as a message writes it: as the page shows it, unless in capitals, surname first or with
 * something in brackets or quotes (the name they go by, «(VIP)», "Bob": no message shows the CRM's brackets). An
 * English message writes a Greek name as understood, in Latin letters: the page's «κα», «κ.», «Καθ.» would come out as
 * "ka", "k.", "Kath.".
 */
function fullName(who: UnderstoodName, lang: Lang): string | undefined {
  const shown = present([who.first, who.last].filter(Boolean).join(' '));
  // Without the page's «κα», «κ.», "Mrs": the reading took them for the gender (salutation, formalName).
  const asShown = present(who.written);
  if (!asShown || !shown) return asShown ?? shown;
  if (lang !== 'el' && /\p{Script=Greek}/u.test(asShown)) return shown;
  const rewritten = who.surnameFirst || asShown === asShown.toLocaleUpperCase('el') || /[()[\]"“”«»]/.test(asShown) || /\p{Script=Greek}\p{Script=Latin}|\p{Script=Latin}\p{Script=Greek}/u.test(asShown);
  return rewritten ? shown : asShown;
}

/** The agent's own Latin spelling of their name, for a message not in Greek. */
const latinAgent = (context: ExpansionContext, lang: Lang) => (lang === 'el' ? undefined : present(context.agent?.latinName));

/** The value of one placeholder, or undefined when the context does not have it. */
function valueOf(p: Placeholder, context: ExpansionContext, options: ExpandOptions, who: () => UnderstoodName): string | undefined {
  const { lang } = options;
  const lexicon = options.names;
  switch (p.kind) {
    case 'customer.firstName':
      return partAddressed(who(), 'first', lang, lexicon);
    case 'customer.lastName':
      return inLanguage(who().last, lang);
    case 'customer.name':
      return inLanguage(fullName(who(), lang), lang);
    case 'customer.vocative':
      return nameInVocative(who(), lang, lexicon);
    case 'customer.formalName':
      return formalName(who(), lang, lexicon);
    case 'customer.salutation': {
      const s = salutationFor(who(), lang, { formality: options.formality, lexicon });
      // A template's own fallback («Καλησπέρα σας») reads better than the generic neutral opening.
      return s.isNeutral && p.fallback !== undefined ? undefined : s.text;
    }
    case 'ticket.id':
      return present(context.ticket?.id);
    // The agent signs an English message in Latin letters too ("I am Eleni Georgiou", not «I am Ελένη Γεωργίου»), as
    // they spell their name there where they said so ("I am Helen").
    case 'agent.name':
      return latinAgent(context, lang) ?? inLanguage(present(context.agent?.name), lang);
    case 'agent.firstName':
      return latinAgent(context, lang)?.split(/\s+/)[0] ?? inLanguage(present(context.agent?.firstName) ?? present(context.agent?.name)?.split(/\s+/)[0], lang);
    case 'date.today':
      return formatLongDate(options.now ?? new Date(), options.lang);
    case 'field':
      return present(options.fields?.[p.label ?? '']);
    case 'variable':
      return options.variables && Object.hasOwn(options.variables, p.key) ? present(options.variables[p.key]) : undefined;
    case 'cursor':
      return '';
    case 'unknown':
      return undefined;
  }
}

/** Whether a filled value already ends a sentence (in Greek «;» is the question mark, U+037E its own code point). */
const endsSentence = (value: string, lang: ExpandOptions['lang']) =>
  /[.!?…\u037e]$/.test(value) || (lang === 'el' && value.endsWith(';'));

/** A line that is only the salutation (`{{customer.salutation}},`), with the blank lines after it. */
const SALUTATION_LINE = /^\s*\{\{\s*customer\.salutation\s*(?:\|[^}]*)?\}\}[ \t]*[,!.]?[ \t]*(?:\r?\n[ \t]*)+/;

/** `body` without its opening salutation line; a template that is nothing else stays whole (a personal «/hi»). */
function withoutOpeningSalutation(body: string): string {
  const rest = body.replace(SALUTATION_LINE, '');
  return rest.trim() ? rest : body;
}

/** Expands every placeholder of `template`; text outside placeholders is kept exactly as written. */
export function expandTemplate(template: string, context: ExpansionContext, options: ExpandOptions): Expansion {
  const body = options.greeted ? withoutOpeningGreeting(withoutOpeningSalutation(template)) : template;
  const { placeholders } = parsePlaceholders(body);
  const missing: string[] = [];
  let text = '';
  let cursorOffset: number | undefined;
  let from = 0;
  let who: UnderstoodName | undefined;
  const understood = () => (who ??= readCustomer(context.customer ?? {}, options.names ?? nameLexicon()));
  // The value of the pack variable or fill-in field just filled: the unit words after it agree with it («1 εργάσιμη»,
  // «2 εργάσιμες»; an agent who types 1 into «{{field:Λεπτά}} λεπτά» reads «1 λεπτό», not «1 λεπτά»).
  let count: string | undefined;
  const between = (segment: string) => (count === undefined ? segment : agreeUnitsAfter(count, segment));
  for (const p of placeholders) {
    text += between(body.slice(from, p.start));
    from = p.end;
    if (p.kind === 'cursor') {
      cursorOffset ??= text.length;
      continue;
    }
    const value = valueOf(p, context, options, understood);
    count = p.kind === 'variable' || p.kind === 'field' ? value : undefined;
    let filled = value ?? p.fallback;
    if (filled === undefined) {
      if (!missing.includes(p.key)) missing.push(p.key);
      if (options.onMissing === 'keep') filled = p.kind === 'field' && p.label ? `[${p.label}]` : p.raw;
    }
    if (filled) {
      text += filled;
      // A sentence the agent ended in the field ends once: «…πέρασα την έκπτωση χειροκίνητα.}}.» reads «…χειροκίνητα.»,
      // not «χειροκίνητα..» (the same after «!», «?», «…», an abbreviation's stop, «κ.λπ.», and Greek's «;»).
      if (endsSentence(filled, options.lang) && body.startsWith('.', from) && !body.startsWith('..', from)) from += 1;
    } else {
      const kept = dropEmptyVocative(text, body.slice(from));
      text = kept.text;
      from += kept.skip;
    }
  }
  text += between(body.slice(from));
  return { text, cursorOffset: cursorOffset ?? text.length, missing };
}
