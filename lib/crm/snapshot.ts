/**
 * The reading contract's last step, shared by every reader (helpdesk adapters, pointed layouts, the generic
 * reader): from the thread's messages with their roles to what suggestions use — the customer's latest words,
 * their earlier ones, and the conversation's language.
 */
import { MAX_CUSTOMER_MESSAGES } from './messages';
import type { ConversationSnapshot, ThreadMessage } from './types';

/** Long threads stay cheap: the last messages are what an answer needs. */
const MAX_MESSAGES = 20;
const MAX_TEXT = 4000;

export interface ThreadReading {
  latestCustomerMessage?: string;
  customerMessages: string[];
  messages: ThreadMessage[];
  lang?: 'el' | 'en';
}

/**
 * The customer's messages are those marked theirs; when no message is, the unattributed ones stand in (on an
 * unknown page the message the agent answers is the last one that is not the agent's or a note).
 */
export function threadReading(all: readonly ThreadMessage[], subject?: string): ThreadReading {
  const messages = all.slice(-MAX_MESSAGES).map((m) => ({ ...m, text: m.text.slice(0, MAX_TEXT) }));
  const marked = messages.filter((m) => m.role === 'customer');
  const theirs = (marked.length ? marked : messages.filter((m) => !m.role)).map((m) => m.text).filter(Boolean);
  const latest = theirs.at(-1);
  const earlier = theirs.slice(0, -1).slice(-(MAX_CUSTOMER_MESSAGES - 1));
  return { latestCustomerMessage: latest, customerMessages: earlier, messages, lang: conversationLang(theirs, subject, messages) };
}

/** The language of the customer's words (latest first), else of the subject, else of the whole thread. */
export function conversationLang(customer: readonly string[], subject: string | undefined, messages: readonly ThreadMessage[] = []): 'el' | 'en' | undefined {
  for (const text of [customer.at(-1), customer.join('\n'), subject, messages.map((m) => m.text).join('\n')]) {
    const lang = text ? textLang(text.slice(0, 2000)) : undefined;
    if (lang) return lang;
  }
  return undefined;
}

// Split from one string for reading's sake; @__PURE__ lets the content script, which imports this file for other
// exports and never reads the language, leave the lists out (a bundler cannot tell that a split has no side effect).
/** Function words of Greek written in Latin letters (Greeklish), as customers type them. */
const GREEKLISH = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('kai na ta tin tis tou ton tous den gia apo pou tha einai eimai mou sou sas mas sto stin ston sta ena mia ' +
    'oti alla giati otan akoma kalispera kalimera geia eyxaristo euxaristo efxaristo parakalo parakalw thelo thelw ' +
    'exw exo exei pws poso pote mexri tora simera xthes')
    .split(' '),
);
const ENGLISH = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('the and to of a in is it you that for on was with my i have this be are not but your at we can will please ' +
    'from hi hello thanks thank would could there been has had do does did an or if so').split(' '),
);

/**
 * The conversation's language, light enough for every page: Greek letters mean Greek; Latin letters mean English
 * unless Greeklish function words outnumber English ones. The background's matcher judges finer (keyboard layouts).
 */
export function textLang(text: string): 'el' | 'en' | undefined {
  const greek = text.match(/[\u0370-\u03ff\u1f00-\u1fff]/g)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (!greek && !latin) return undefined;
  if (greek >= latin) return 'el';
  let el = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (GREEKLISH.has(w)) el++;
    else if (ENGLISH.has(w)) en++;
  }
  return el > en ? 'el' : en > el ? 'en' : undefined;
}

/** Fill the derived fields of a snapshot from its messages. */
export function withThread(base: Omit<ConversationSnapshot, 'customerMessages'>, messages: readonly ThreadMessage[]): ConversationSnapshot {
  const thread = threadReading(messages, base.subject);
  return { ...base, ...thread };
}
