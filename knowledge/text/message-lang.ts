import type { Lang } from '../types';
import { messageTokens, type Token } from './fold';
import { type MessageProfile, profile } from './analyze';

/**
 * The language a customer writes in, for choosing between a template's Greek and English versions:
 * Greek script is Greek unless it is English typed on the Greek layout; Latin script is English unless its
 * function words are Greeklish. Undefined when the text gives no clear sign (no words, or as many English as
 * Greeklish function words).
 */
export function messageLang(text: string): Lang | undefined {
  const { tokens } = messageTokens(text, 200, 0);
  return tokensLang(tokens, profile(tokens));
}

/** messageLang for text already split into tokens and profiled (the matcher's language prior). */
export function tokensLang(tokens: readonly Token[], p: MessageProfile): Lang | undefined {
  let greek = 0;
  let latin = 0;
  for (const t of tokens) {
    if (t.script === 'greek') greek++;
    else if (t.script === 'latin') latin++;
  }
  if (!greek && !latin) return undefined;
  if (greek >= latin) return p.greekLayout ? 'en' : 'el';
  return p.english > 0.5 ? 'en' : p.english < 0.5 ? 'el' : undefined;
}
