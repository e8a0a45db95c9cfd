// @vitest-environment node
/**
 * The bundled packs state one policy: every number a company may change is a pack variable (pack.yaml), and the
 * Greek and English packs give customers the same numbers, so an agent never contradicts a colleague working in
 * the other language (the issue found refunds of 5–10 days in one pack and 3–5 in the other).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node';

const ROOT = join(import.meta.dirname, '../../../knowledge/packs');
const el = compilePack(join(ROOT, 'el-core'));
const en = compilePack(join(ROOT, 'en-core'));
/** Names and placeholders in each pack's own language; everything else must be equal. */
const WORDED = new Set(['company.name', 'company.phone', 'company.dpoEmail']);
/** «1.000» and "1,000" are the same number written in each language's way. */
const number = (value: string) => value.replace(/(\d)[.,](\d{3})\b/g, '$1$2');

/** en-core ids of the SOPs whose English id is not el-core's; every other SOP has the same id in both packs. */
const EN_SOP: Record<string, string> = {
  'courier-reschedule': 'courier-reschedule-redirect',
  'food-wrong-or-burnt': 'food-order-problem',
  'frontline-empowerment': 'on-the-spot-resolution',
  'high-bill': 'bill-too-high',
  'internet-outage': 'telecom-outage-slow-internet',
  'invoice-receipt': 'invoice-receipt-request',
  'number-portability': 'number-porting',
  'out-of-stock': 'out-of-stock-not-notified',
  'password-reset': 'account-password-reset',
  'product-return': 'return-request',
  roaming: 'roaming-issue',
  'supervisor-request': 'supervisor-escalation-request',
};

/**
 * Paired SOPs whose packs use different policy variables on purpose: the English step states a time that the Greek
 * SOP leaves to the template it links (info-refund-timeline) or to the supervisor-briefing SOP.
 */
const VARIABLE_DIFFERENCES: Record<string, string[]> = {
  'double-card-charge': ['en policy.refundCardDays'],
  'supervisor-request': ['en policy.approvalMinutes'],
};

/** Policy and law variables an SOP file names (body and front matter). */
function sopVariables(pack: string, id: string): Set<string> {
  const text = readFileSync(join(ROOT, pack, 'sops', `${id}.md`), 'utf8');
  return new Set([...text.matchAll(/\{\{((?:policy|law)\.[\w.]+)/g)].map((m) => m[1]));
}

function sourceTexts(pack: string): Array<[string, string]> {
  return ['sops', 'templates'].flatMap((dir) =>
    readdirSync(join(ROOT, pack, dir)).map((f) => [`${pack}/${dir}/${f}`, readFileSync(join(ROOT, pack, dir, f), 'utf8')] as [string, string]),
  );
}

describe('one policy in both bundled packs', () => {
  it('defines the same variables in el-core and en-core', () => {
    expect(Object.keys(el.meta.variables ?? {}).sort()).toEqual(Object.keys(en.meta.variables ?? {}).sort());
    expect(Object.keys(el.meta.variables ?? {}).length).toBeGreaterThan(40);
  });

  it('gives every limit, deadline and time the same value in both languages', () => {
    const differing = Object.entries(el.meta.variables ?? {})
      .filter(([name, value]) => !WORDED.has(name) && number(value) !== number(en.meta.variables?.[name] ?? ''))
      .map(([name, value]) => `${name}: el ${value}, en ${en.meta.variables?.[name]}`);
    expect(differing).toEqual([]);
  });

  it('gives each procedure the same first-response and completion targets in both languages', () => {
    const sops = (pack: typeof el) => new Map(pack.entries.flatMap((e) => (e.type === 'sop' ? [[e.id, e] as const] : [])));
    const elSops = sops(el);
    const enSops = sops(en);
    const differing = [...elSops].flatMap(([id, sop]) => {
      const other = enSops.get(EN_SOP[id] ?? id);
      if (!other) return [`${id}: no en-core counterpart`];
      const a = JSON.stringify(sop.metrics);
      const b = JSON.stringify(other.metrics);
      return a === b ? [] : [`${id}: el ${a}, en ${b}`];
    });
    expect(differing).toEqual([]);
    expect(elSops.size).toBeGreaterThan(40);
  });

  it('states the same limits and times in each pair of SOPs', () => {
    const elIds = readdirSync(join(ROOT, 'el-core', 'sops')).map((f) => f.replace(/\.md$/, ''));
    const differing = elIds.flatMap((id) => {
      const a = sopVariables('el-core', id);
      const b = sopVariables('en-core', EN_SOP[id] ?? id);
      const only = [...[...a].filter((v) => !b.has(v)).map((v) => `el ${v}`), ...[...b].filter((v) => !a.has(v)).map((v) => `en ${v}`)];
      const unexplained = only.filter((d) => !VARIABLE_DIFFERENCES[id]?.includes(d));
      return unexplained.length ? [`${id}: ${unexplained.join(', ')}`] : [];
    });
    expect(differing).toEqual([]);
    expect(elIds.length).toBeGreaterThan(40);
  });

  it('writes no refund time or authority limit by hand in an entry: they come from pack.yaml', () => {
    const handWritten = /\b\d+(?:[–-]\d+)?\s?(?:εργάσιμ\S*|working days?)|(?:έως|up to|over|πάνω από|ξεπερνά τα)\s€?\s?\d{2,}\s?€?/gi;
    const found = [...sourceTexts('el-core'), ...sourceTexts('en-core')].flatMap(([file, text]) =>
      [...text.matchAll(handWritten)].map((m) => `${file}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('fills the values into what agents read', () => {
    const refund = (pack: typeof el, id: string) => pack.entries.find((e) => e.id === id)?.body ?? '';
    expect(refund(el, 'info-refund-timeline')).toContain(`κάρτα: ${el.meta.variables?.['policy.refundCardDays']} εργάσιμες`);
    expect(refund(en, 'refund-timeline')).toContain(`cards: ${en.meta.variables?.['policy.refundCardDays']} working days`);
    expect(refund(en, 'refund-timeline')).not.toContain('{{policy.');
  });

  it('leaves no pack variable unfilled anywhere an agent reads, the escalation contact included', () => {
    // odigos build once filled body, purpose, terms, steps and the escalation condition, not the escalation's "to":
    // «Προϊστάμενος βάρδιας (απαντά μέσα σε {{policy.approvalMinutes}} λεπτά)» reached the panel as written. It fills
    // every shown text now, and frontline-empowerment's "to" uses the variable again (who answers when the
    // supervisor has not within the minutes).
    const unfilled = [el, en].flatMap((pack) =>
      pack.entries.flatMap((e) => [...JSON.stringify(e).matchAll(/\{\{(?:policy|law|company)\.[^}]*\}\}/g)].map((m) => `${pack.meta.id}/${e.id}: ${m[0]}`)),
    );
    expect(unfilled).toEqual([]);
  });
});
