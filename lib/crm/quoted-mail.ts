/**
 * The mail the agent answers, as the helpdesk quotes it in the reply box, for a page that shows no conversation of
 * its own. Znuny writes replies in a popup (AgentTicketCompose) with no thread: its CKEditor body holds the
 * salutation, the agent's signature and, under «06/12/2026 18:05 - Ευαγγελία Μαυρίδου έγραψε:», the answered mail
 * in a div[type=cite]. Opened where the ticket's page was not read first (a new browser session, a popup opened from
 * a queue), the panel had nothing to suggest for. Only the quote the desk wrote, with its attribution line just
 * before it, is read: never the agent's own words around it, and never when the page shows a conversation.
 */
import { personOf, tidy } from './dom';
import { readableText } from './heuristics';
import type { ThreadMessage } from './types';

const QUOTE = '[type=cite],blockquote';
/** «06/12/2026 18:05 - Ευαγγελία Μαυρίδου έγραψε:», "On Mon, 2 Dec 2026, Dana Reyes <dana@…> wrote:". */
const WROTE = /^(.{2,200}?)\s(?:wrote|έγραψε)\s*:?$/i;

/** The last line of text before the quote (its attribution), across empty lines and line breaks. */
function lineBefore(quote: Element): string | undefined {
  for (let n = quote.previousSibling; n; n = n.previousSibling) {
    const text = tidy(n.nodeType === 1 ? readableText(n as Element, false) : n.textContent);
    if (text) return text.split('\n').pop();
  }
  return undefined;
}

/** The writer an attribution names: after its date («… 18:05 - », «…, 11:20 π.μ., »), without the address. */
function writer(attribution: string): string | undefined {
  return personOf(attribution.split(/\s[-–—]\s|,\s/).pop()).name;
}

/**
 * The quoted mail in the reply box `box`, as a message of whoever the attribution names: the customer, unless it
 * names the agent (`agentName`). Its own quotes and their attribution lines (the agent's earlier reply) are left out.
 */
export function quotedMail(box: HTMLElement | undefined, agentName?: string): ThreadMessage | undefined {
  for (const quote of box?.querySelectorAll(QUOTE) ?? []) {
    if (quote.parentElement?.closest(QUOTE)) continue;
    const said = WROTE.exec(lineBefore(quote) ?? '');
    if (!said) continue;
    const text = tidy(readableText(quote).split('\n').filter((line) => !WROTE.test(line.trim())).join('\n'));
    if (!text) continue;
    const author = writer(said[1]);
    return { role: author && author === agentName ? 'agent' : 'customer', text, ...(author ? { author } : {}) };
  }
  return undefined;
}
