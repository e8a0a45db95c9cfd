import type { Author } from './heuristics';

/** Suggestions need the latest message and a few before it; older ones are never read (long threads stay cheap). */
export const MAX_CUSTOMER_MESSAGES = 8;

export interface CustomerMessages {
  latestCustomerMessage?: string;
  /** Earlier customer messages, oldest first. */
  customerMessages: string[];
  /** The newest customer-authored item, for reading its author's name. */
  latestItem?: Element;
}

/**
 * Walk message items from the newest back and keep the customer's. When no item is known to be the customer's,
 * unattributed items count (on an unknown page the message the agent answers is the last one that is not theirs).
 */
export function collectCustomerMessages(
  items: readonly Element[],
  authorOf: (item: Element) => Author | undefined,
  textOf: (item: Element) => string,
): CustomerMessages {
  const ordered = newestLast(items);
  const pick = (wanted: Author | undefined): CustomerMessages => {
    const picked: string[] = [];
    let latestItem: Element | undefined;
    for (let i = ordered.length - 1; i >= 0 && picked.length < MAX_CUSTOMER_MESSAGES; i--) {
      if (authorOf(ordered[i]) !== wanted) continue;
      const text = textOf(ordered[i]);
      if (!text) continue;
      latestItem ??= ordered[i];
      picked.push(text);
    }
    const [latest, ...earlier] = picked;
    return { latestCustomerMessage: latest, customerMessages: earlier.reverse(), latestItem };
  };
  const found = pick('customer');
  return found.latestItem ? found : pick(undefined);
}

/** Some helpdesks (Help Scout) list the newest first: put items oldest → newest when their times say so. */
function newestLast(items: readonly Element[]): readonly Element[] {
  if (items.length < 2) return items;
  const t = (el: Element) =>
    Date.parse(
      el.querySelector('time[datetime],[datetime]')?.getAttribute('datetime') ??
        el.querySelector('[class*="date" i],[class*="time" i]')?.textContent?.trim().replace(' ', 'T') ??
        '',
    );
  const first = t(items[0]);
  const last = t(items[items.length - 1]);
  return first > last ? [...items].reverse() : items;
}

/** Messages read from items, put oldest first when the items' times say the page lists them newest first. */
export function orderedOldestFirst<T>(items: readonly Element[], messages: T[]): T[] {
  return newestLast(items) === items ? messages : [...messages].reverse();
}
