/**
 * The reading contract's last step, shared by every reader (helpdesk adapters, pointed layouts, the generic
 * reader): from the thread's messages with their roles to what suggestions use — the customer's latest words,
 * their earlier ones, and the conversation's language.
 */
import { messageLang } from '../../knowledge/text/message-lang';
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
    const lang = text ? messageLang(text.slice(0, 2000)) : undefined;
    if (lang) return lang;
  }
  return undefined;
}

/** Fill the derived fields of a snapshot from its messages. */
export function withThread(base: Omit<ConversationSnapshot, 'customerMessages'>, messages: readonly ThreadMessage[]): ConversationSnapshot {
  const thread = threadReading(messages, base.subject);
  return { ...base, ...thread };
}
