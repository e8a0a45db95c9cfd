/**
 * What the English meaning stage puts on the panel that the words did not find, for short messages: the --cv and
 * held-out figures (bench/intents.ts) only say where the right entry ranks, not what else the meaning brings in.
 * For 60 short customer messages and 20 without a topic («ok thanks», «yes», «My name is John»), each with the
 * topics (entry id patterns) that answer it, the panel's list (suggestReply, 8 suggestions, en-core beside el-core as
 * the extension has them) is read and every entry found by meaning alone (similarTo set) is counted as on topic,
 * generic (an apology, a recap, a goodwill gesture: fits most messages) or of another topic.
 *
 *   node --import tsx bench/meaning-precision.ts [-v]
 *
 * -v prints every message's list: w = found by words (the words matched), M = by meaning alone (the phrase it is
 * closest to), with its semantic score and z. The messages and their topics were written for issue 14 by the
 * project, judged by entry id before the rule they measure was chosen (SEMANTIC_STANDOUT in knowledge/engine/semantic.ts).
 * Entries of another topic added by meaning, customer messages / without a topic: floor 0.3 alone 15 / 20; crowd
 * 10 + 1.25 spreads 0 / 0.
 */
import { join } from 'node:path';
import { compilePack } from '../knowledge/node';
import { readEnglishVectors } from '../knowledge/node/vectors';
import { createMatcher } from '../knowledge/engine';
import { suggestReply } from '../knowledge/engine/suggest-reply';
import { fitSemantic, queryVector, semanticRanking } from '../knowledge/engine/semantic';

const G = {
  internet: /^(telecom-outage|router-|apology-outage)/,
  delivery: /^(delivery-|apology-late-delivery|tracking-info|courier-|missing-item|apology-missing-item)/,
  refund: /^(refund-|return-)/,
  billing: /^(bill-|invoice-|card-billing-dispute|billing-dispute|double-card-charge|apology-double-charge|refund-double-charge|preauth-)/,
  card: /^(lost-stolen-card|card-blocked)/,
  payment: /^(payment-failed|preauth-|coupon-)/,
  password: /^(account-password-reset|password-reset|verify-identity|identity-verification)/,
  subcancel: /^subscription-cancellation/,
  ordercancel: /^(order-cancellation|cancellation-confirmation)/,
  address: /^(address-change|recipient-change|courier-)/,
  damaged: /^(wrong-or-damaged-item|apology-wrong-damaged-item|warranty-|return-)/,
  food: /^(food-order-problem|apology-food-order)/,
  coupon: /^coupon-/,
  roaming: /^roaming-/,
  porting: /^(number-porting|porting-info)/,
  gdpr: /^gdpr-/,
  complaint: /^(complaint-|angry-customer|deescalation-|supervisor-|qc-feedback)/,
  angry: /^(angry-customer|deescalation-|abusive-language|complaint-|supervisor-|empathy-repeat)/,
  hardship: /^(financial-hardship|hardship-options|empathy-hardship)/,
  death: /^(bereavement|empathy-bereavement)/,
  callback: /^(callback-|missed-contact|dropped-call|phone-call-handling|transfer-|voicemail)/,
  recording: /^(call-recording|recording-request)/,
  language: /^(language-|plain-language)/,
  access: /^(accessibility-|plain-language)/,
  praise: /^(compliment|thanks|social-positive)/,
  stock: /^(out-of-stock|apology-out-of-stock)/,
  hours: /^(out-of-hours|holiday-hours|high-volume)/,
  greeting: /^(greeting-|counter-greeting)/,
  closing: /^(closing-|thanks|follow-up-resolved)/,
  social: /^social-/,
};
const GENERIC = /^(apology-general|empathy-general|reassurance-ownership|active-listening|follow-up-update|contact-protocol|on-the-spot|goodwill-gesture|awaiting-info)/;
type T = [string, RegExp[]];
const CUSTOMER: T[] = [
  ['My broadband is sluggish', [G.internet]],
  ['wifi keeps dropping', [G.internet]],
  ['the connection is down again', [G.internet]],
  ['no signal at home since yesterday', [G.internet]],
  ['my modem lights are blinking red', [G.internet]],
  ['where is my parcel', [G.delivery]],
  ['package never arrived', [G.delivery]],
  ['the courier did not come today', [G.delivery, G.address]],
  ['still waiting for my order', [G.delivery]],
  ['can I change the delivery day', [G.delivery, G.address]],
  ['please send it to my office instead', [G.address, G.delivery]],
  ['I want my money back', [G.refund, G.billing]],
  ['when will I get reimbursed', [G.refund, G.billing]],
  ['refund still not in my account', [G.refund, G.billing]],
  ['I would like to send this back', [G.refund, G.damaged]],
  ['my bill is way too expensive this month', [G.billing]],
  ['why was I charged so much', [G.billing, G.refund]],
  ['I was billed twice', [G.billing, G.refund]],
  ['need a receipt for my purchase', [G.billing]],
  ['there is a transaction I do not recognise', [G.billing, G.card]],
  ['I lost my wallet with my card', [G.card]],
  ['someone stole my credit card', [G.card, G.billing]],
  ['my card was declined', [G.payment]],
  ['the payment will not go through', [G.payment]],
  ['promo code is invalid', [G.coupon, G.payment]],
  ['forgot my password', [G.password]],
  ['I am locked out of my account', [G.password]],
  ['cannot sign in', [G.password]],
  ['I want to end my contract', [G.subcancel]],
  ['please stop my membership', [G.subcancel]],
  ['cancel my order please', [G.ordercancel, G.subcancel]],
  ['I moved house, new address', [G.address]],
  ['the screen arrived cracked', [G.damaged]],
  ['you sent me the wrong size', [G.damaged]],
  ['my kettle stopped working after a month', [G.damaged]],
  ['my pizza was cold', [G.food]],
  ['the burger was burnt', [G.food]],
  ['a drink was missing from my meal', [G.food, G.delivery]],
  ['my phone does not work in Spain', [G.roaming]],
  ['huge charges after my holiday abroad', [G.roaming, G.billing]],
  ['I want to keep my phone number when I switch', [G.porting, G.subcancel]],
  ['delete all my data', [G.gdpr]],
  ['what information do you hold about me', [G.gdpr]],
  ['stop sending me marketing emails', [G.gdpr]],
  ['I want to make a formal complaint', [G.complaint]],
  ['this is the worst service ever', [G.angry, G.complaint]],
  ['let me speak to your boss', [G.complaint]],
  ['I cannot afford to pay this month', [G.hardship, G.billing]],
  ['I lost my job and cannot pay', [G.hardship, G.billing]],
  ['my husband passed away', [G.death]],
  ['nobody called me back', [G.callback, G.angry]],
  ['the call got cut off', [G.callback]],
  ['can I have a copy of the call recording', [G.recording]],
  ['do you have anyone who speaks Spanish', [G.language]],
  ['I am hard of hearing', [G.access, G.language]],
  ['your agent was brilliant', [G.praise]],
  ['the item was out of stock and nobody told me', [G.stock]],
  ['are you open on Christmas day', [G.hours]],
  ['what time do you close', [G.hours]],
  ['I posted about this on twitter', [G.social, G.complaint]],
];
const OFF_TOPIC: T[] = [
  ['ok thanks', [G.closing, G.praise]],
  ['hello', [G.greeting]],
  ['hi there', [G.greeting]],
  ['My name is John', [G.greeting, G.password]],
  ['yes', []],
  ['no', []],
  ['one moment please', [G.callback]],
  ['sure', []],
  ['good morning', [G.greeting]],
  ['thanks bye', [G.closing, G.praise]],
  ['that is fine', [G.closing]],
  ['I see', []],
  ['can you repeat that', [G.language, G.access]],
  ['what is the weather like today', []],
  ['my cat is asleep', []],
  ['I like your logo', [G.praise]],
  ['is this a robot', []],
  ['my email is john at example dot com', [G.password, G.gdpr]],
  ['it is what it is', []],
  ['lol', []],
];

interface Tally {
  other: number;
  generic: number;
  onTopic: number;
  textsWithOther: number;
  rightInTop3: number;
}

function main(): void {
  const verbose = process.argv.includes('-v');
  const en = compilePack(join(process.cwd(), 'knowledge/packs/en-core'));
  const el = compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
  const vectors = readEnglishVectors();
  const matcher = createMatcher([{ pack: el, priority: 0 }, { pack: en, priority: 1 }], { vectors });
  const entries = en.entries.filter((e) => e.lang === 'en');
  const model = fitSemantic(vectors, entries.map((e) => [e.title, ...(Array.isArray(e.triggers) ? e.triggers : [])]));
  for (const [label, set] of [['customer messages', CUSTOMER], ['without a topic', OFF_TOPIC]] as const) {
    const t: Tally = { other: 0, generic: 0, onTopic: 0, textsWithOther: 0, rightInTop3: 0 };
    for (const [text, topics] of set) {
      const { suggestions } = suggestReply(matcher, text, { limit: 8, formality: 'formal', lang: 'en' });
      const sr = semanticRanking(model, queryVector(vectors, model, text), []);
      const onTopic = (id: string) => topics.some((re) => re.test(id));
      let other = 0;
      const lines = suggestions.map((s) => {
        const kind = onTopic(s.entryId) ? 'on topic' : GENERIC.test(s.entryId) ? 'generic' : 'OTHER';
        if (s.similarTo !== undefined) {
          if (kind === 'OTHER') other++;
          else if (kind === 'generic') t.generic++;
          else t.onTopic++;
        }
        const z = sr.z.get(entries.findIndex((e) => e.id === s.entryId));
        const score = z === undefined ? '  -  ' : (sr.mean + z * sr.sd).toFixed(3);
        const why = s.similarTo !== undefined ? `M ~ "${s.similarTo}"` : `w [${s.matchedTerms.join(', ')}]`;
        return `  ${kind.padEnd(8)} ${s.entryId.padEnd(38)} ${score} z ${z?.toFixed(2) ?? ' -  '}  ${why}`;
      });
      t.other += other;
      if (other) t.textsWithOther++;
      if (suggestions.slice(0, 3).some((s) => onTopic(s.entryId))) t.rightInTop3++;
      if (verbose) console.log(`${text}\n${lines.join('\n')}`);
    }
    console.log(
      `${label} (${set.length}): added by meaning alone: other topic ${t.other} (in ${t.textsWithOther} messages), generic ${t.generic}, ` +
        `on topic ${t.onTopic}; an on-topic entry in the top 3: ${t.rightInTop3}`,
    );
  }
}

main();
