// @vitest-environment node
/**
 * Pack variables (pack.yaml `variables`): defined once, checked by the validator at the line where each is used or
 * defined, and filled into every text of the compiled pack by odigos build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledPack, compileSource, failsValidation } from '../../../knowledge/node';
import type { SopEntry, TemplateEntry } from '../../../knowledge/types';
import { lines, NOW, tempDir } from './helpers';

const PACK_YAML = `id: vars
name: Μεταβλητές
version: 1.0.0
lang: el
variables:
  policy.refundCardDays: 5–10
  policy.frontlineRefundLimit: 100
  company.name: Οδηγός Α.Ε.
`;

const SOP = `---
id: refund
type: sop
title: Επιστροφή χρημάτων
department: Λογιστήριο
purpose: Επιστροφή έως {{policy.frontlineRefundLimit}} € χωρίς έγκριση.
terms:
  Χρόνος τράπεζας: Κάρτα {{policy.refundCardDays}} εργάσιμες.
escalation:
  when: Το ποσό ξεπερνά τα {{policy.frontlineRefundLimit}} €.
  to: Προϊστάμενος
---
1. Δώστε εντολή επιστροφής (έως {{policy.frontlineRefundLimit}} €). [[refund-timeline]]
   - Αν: το ποσό ξεπερνά τα {{policy.frontlineRefundLimit}} € → κλιμάκωση
   - Αλλιώς → βήμα 2
2. Πείτε ότι σε κάρτα φαίνεται σε {{policy.refundCardDays}} εργάσιμες.
`;

const TEMPLATE = `---
id: refund-timeline
type: template
title: Πότε θα δείτε τα χρήματα
tone: information
triggers: [ποτε θα παρω τα λεφτα]
---
{{company.name}}: σε κάρτα η επιστροφή φαίνεται σε {{policy.refundCardDays}} εργάσιμες. {{cursor}}
`;

function pack(files: Record<string, string>): string {
  const dir = join(tempDir(), 'vars');
  for (const [rel, text] of Object.entries({ 'pack.yaml': PACK_YAML, 'sops/refund.md': SOP, 'templates/refund-timeline.md': TEMPLATE, ...files })) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('pack variables in a source folder', () => {
  it('fills every text of the compiled pack: body, steps, branches, purpose, glossary, escalation', () => {
    const { pack, problems } = compileSource(pack0(), { now: NOW });
    expect(lines(problems)).toEqual([]);
    const sop = pack!.entries.find((e) => e.id === 'refund') as SopEntry;
    const template = pack!.entries.find((e) => e.id === 'refund-timeline') as TemplateEntry;
    expect(pack!.meta.variables).toEqual({ 'policy.refundCardDays': '5–10', 'policy.frontlineRefundLimit': '100', 'company.name': 'Οδηγός Α.Ε.' });
    expect(template.body).toBe('Οδηγός Α.Ε.: σε κάρτα η επιστροφή φαίνεται σε 5–10 εργάσιμες. {{cursor}}');
    expect(sop.purpose).toBe('Επιστροφή έως 100 € χωρίς έγκριση.');
    expect(sop.terms).toEqual({ 'Χρόνος τράπεζας': 'Κάρτα 5–10 εργάσιμες.' });
    expect(sop.escalation?.when).toBe('Το ποσό ξεπερνά τα 100 €.');
    expect(sop.steps.map((s) => s.text)).toEqual(['Δώστε εντολή επιστροφής (έως 100 €). [[refund-timeline]]', 'Πείτε ότι σε κάρτα φαίνεται σε 5–10 εργάσιμες.']);
    expect(sop.steps[0]!.branches[0]!.condition).toBe('το ποσό ξεπερνά τα 100 €');
    expect(sop.body).not.toContain('{{policy.');
    // A compiled pack is taken in as it is: nothing left to fill, nothing reported.
    expect(lines(checkCompiledPack(JSON.parse(JSON.stringify(pack)), 'pack.json', { today: '2026-01-15' }).problems)).toEqual([]);
  });

  it('reports a variable a body uses but pack.yaml does not define, naming the entry file and line', () => {
    const dir = pack({ 'templates/refund-timeline.md': TEMPLATE.replace('{{cursor}}', '\nΈως {{policy.refundLimit}} €. {{cursor}}') });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    expect(built).toBeUndefined();
    expect(lines(problems)).toEqual([
      `${join(dir, 'templates/refund-timeline.md')}:9: error: variable {{policy.refundLimit}} is not defined: add it under "variables" in pack.yaml (defined: company.name, policy.frontlineRefundLimit, policy.refundCardDays)`,
    ]);
  });

  it('reports an undefined variable in an SOP step, purpose and glossary at their lines', () => {
    const sop = SOP.replace('Κάρτα {{policy.refundCardDays}}', 'Κάρτα {{policy.cardDays}}')
      .replace('χωρίς έγκριση.', 'χωρίς έγκριση ({{policy.limit}}).')
      .replace('σε {{policy.refundCardDays}} εργάσιμες.', 'σε {{policy.bankDays}} εργάσιμες.');
    const dir = pack({ 'sops/refund.md': sop });
    const found = lines(compileSource(dir, { now: NOW }).problems);
    const file = join(dir, 'sops/refund.md');
    expect(found.filter((l) => l.includes('error'))).toEqual([
      expect.stringMatching(new RegExp(`^${file}:6: error: variable \\{\\{policy\\.limit\\}\\} is not defined`)),
      expect.stringMatching(new RegExp(`^${file}:8: error: variable \\{\\{policy\\.cardDays\\}\\} is not defined`)),
      expect.stringMatching(new RegExp(`^${file}:16: error: variable \\{\\{policy\\.bankDays\\}\\} is not defined`)),
    ]);
  });

  /** The SOP with a variable in every other text an agent is shown: title, department, a term's name, the escalation contact. */
  const everywhere = (sop: string) =>
    sop
      .replace('title: Επιστροφή χρημάτων', 'title: Επιστροφή έως {{policy.frontlineRefundLimit}} €')
      .replace('department: Λογιστήριο', 'department: Λογιστήριο {{company.name}}')
      .replace('  Χρόνος τράπεζας:', '  Χρόνος τράπεζας ({{company.name}}):')
      .replace('to: Προϊστάμενος', 'to: Προϊστάμενος βάρδιας (απαντά μέσα σε {{policy.approvalMinutes}} λεπτά)');

  it('fills the title, the department, a term\'s name and the escalation contact too', () => {
    const dir = pack({ 'pack.yaml': `${PACK_YAML}  policy.approvalMinutes: 1\n`, 'sops/refund.md': everywhere(SOP) });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    // policy.approvalMinutes is used in `to` only: it counts as used, so no warning.
    expect(lines(problems)).toEqual([]);
    const sop = built!.entries.find((e) => e.id === 'refund') as SopEntry;
    expect(sop.title).toBe('Επιστροφή έως 100 €');
    expect(sop.department).toBe('Λογιστήριο Οδηγός Α.Ε.');
    expect(sop.terms).toEqual({ 'Χρόνος τράπεζας (Οδηγός Α.Ε.)': 'Κάρτα 5–10 εργάσιμες.' });
    // The unit agrees with the value, as in every other filled text.
    expect(sop.escalation).toEqual({ when: 'Το ποσό ξεπερνά τα 100 €.', to: 'Προϊστάμενος βάρδιας (απαντά μέσα σε 1 λεπτό)' });
    expect(lines(checkCompiledPack(JSON.parse(JSON.stringify(built)), 'pack.json', { today: '2026-01-15' }).problems)).toEqual([]);
  });

  it('refuses two glossary terms that read the same once filled in, naming both at the second one\'s line (the build kept one and lost the other)', () => {
    const sop = SOP.replace('  Χρόνος τράπεζας:', '  Χρόνος τράπεζας ({{company.name}}): Πρώτη σημασία.\n  Χρόνος τράπεζας (Οδηγός Α.Ε.):');
    const dir = pack({ 'sops/refund.md': sop });
    const file = join(dir, 'sops/refund.md');
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    expect(built).toBeUndefined();
    expect(lines(problems)).toEqual([
      `${file}:9: error: glossary terms "Χρόνος τράπεζας ({{company.name}})" and "Χρόνος τράπεζας (Οδηγός Α.Ε.)" both read "Χρόνος τράπεζας (Οδηγός Α.Ε.)" once the pack's variables are filled in: the built glossary would keep only one; rename or merge them`,
    ]);
    // Two terms that stay apart once filled in are fine.
    expect(lines(compileSource(pack({ 'sops/refund.md': sop.replace('(Οδηγός Α.Ε.):', '(άλλη εταιρεία):') }), { now: NOW }).problems)).toEqual([]);
  });

  it('reports an undefined variable in the title, department, a term\'s name and the escalation contact at their lines', () => {
    const dir = pack({ 'sops/refund.md': everywhere(SOP).replaceAll('{{company.name}}', '{{company.brand}}').replace('{{policy.frontlineRefundLimit}} €\ndepartment', '{{policy.limit}} €\ndepartment') });
    const file = join(dir, 'sops/refund.md');
    const found = lines(compileSource(dir, { now: NOW }).problems).filter((l) => l.includes('error'));
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${file}:4: error: variable \\{\\{policy\\.limit\\}\\} is not defined`)),
      expect.stringMatching(new RegExp(`^${file}:5: error: variable \\{\\{company\\.brand\\}\\} is not defined`)),
      expect.stringMatching(new RegExp(`^${file}:8: error: variable \\{\\{company\\.brand\\}\\} is not defined`)),
      expect.stringMatching(new RegExp(`^${file}:11: error: variable \\{\\{policy\\.approvalMinutes\\}\\} is not defined`)),
    ]);
  });

  it('pack.yaml refused for another field (its version): that one error, not every variable the entries use as undefined', () => {
    // A version «one» made the whole of pack.yaml unread, and with it the variables: el-core showed 162 errors, 161 of
    // them «not defined: add it under variables» in entries that were right, sending the trainer to fix them.
    const dir = pack({ 'pack.yaml': PACK_YAML.replace('version: 1.0.0', 'version: one') });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    expect(built).toBeUndefined();
    expect(lines(problems)).toEqual([`${join(dir, 'pack.yaml')}:3: error: version "one" is not a semver version (expected e.g. 1.0.0)`]);
  });

  it('pack.yaml that is no YAML (a quote left open): its one error, not every variable the entries use as undefined', () => {
    const dir = pack({ 'pack.yaml': PACK_YAML.replace('name: Μεταβλητές', 'name: "Μεταβλητές') });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    expect(built).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['yaml.invalid']);
    expect(problems[0]!.file).toBe(join(dir, 'pack.yaml'));
  });

  it('warns at its own line in pack.yaml about a variable no entry uses', () => {
    const dir = pack({ 'pack.yaml': `${PACK_YAML}  policy.goodwillLimit: 15\n` });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    expect(lines(problems)).toEqual([
      `${join(dir, 'pack.yaml')}:9: warning: variable "policy.goodwillLimit" is defined but no entry uses it: use it as {{policy.goodwillLimit}} or remove it`,
    ]);
    expect(built).toBeDefined();
    expect(failsValidation(problems, true)).toBe(true);
  });

  it('refuses names that are not group.name or belong to a built-in placeholder, and values that are no one-line text', () => {
    const yaml = `${PACK_YAML}  refundDays: 3\n  customer.phone: 210\n  policy.note: |\n    δύο\n    γραμμές\n  policy.list: [1, 2]\n`;
    const dir = pack({ 'pack.yaml': yaml });
    const found = lines(compileSource(dir, { now: NOW }).problems);
    const file = join(dir, 'pack.yaml');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}:9: error: variable name "refundDays" is not group\\.name`)),
        expect.stringMatching(new RegExp(`^${file}:10: error: variable name "customer\\.phone" is not group\\.name`)),
        `${file}:11: error: variable "policy.note" must be one line: it is filled into sentences`,
        `${file}:14: error: variable "policy.list" must be text or a number, not a list`,
      ]),
    );
  });

  it('refuses a value that uses itself, another variable, a stray {{ or a [[link]], at its line, and builds nothing', () => {
    // Filled in as written, each left markup in the built text: validate said OK and build failed "a fault in odigos".
    const yaml = `${PACK_YAML}  policy.self: "{{policy.self}} days"\n  policy.chain: "{{policy.refundCardDays}}"\n  policy.open: "{{5"\n  policy.link: "see [[refund]]"\n`;
    const uses = '\nΣε {{policy.self}}, {{policy.chain}}, {{policy.open}}, {{policy.link}}. {{cursor}}';
    const dir = pack({ 'pack.yaml': yaml, 'templates/refund-timeline.md': TEMPLATE.replace('{{cursor}}', uses) });
    const { pack: built, problems } = compileSource(dir, { now: NOW });
    const file = join(dir, 'pack.yaml');
    const plain = 'a value is plain text, filled in as written; it cannot use a placeholder, another variable or a [[link]] (write the value itself, e.g. 30)';
    expect(lines(problems)).toEqual([
      `${file}:9: error: variable "policy.self" holds "{{": ${plain}`,
      `${file}:10: error: variable "policy.chain" holds "{{": ${plain}`,
      `${file}:11: error: variable "policy.open" holds "{{": ${plain}`,
      `${file}:12: error: variable "policy.link" holds "[[": ${plain}`,
    ]);
    expect(built).toBeUndefined();
  });

  it('keeps {{customer.…}} and other built-in groups out of variables: an unknown one is still only a warning', () => {
    const dir = pack({ 'templates/refund-timeline.md': TEMPLATE.replace('{{cursor}}', '{{customer.phone}} {{cursor}}') });
    const found = lines(compileSource(dir, { now: NOW }).problems);
    expect(found).toEqual([expect.stringContaining('warning: unknown placeholder {{customer.phone}}')]);
  });
});

describe('pack variables in a compiled pack', () => {
  /** The compiled pack as plain JSON, to be broken on purpose. */
  type Mutable = { entries: Array<{ id: string; body: string }>; meta: { variables?: Record<string, unknown> } };
  const built = () => JSON.parse(JSON.stringify(compileSource(pack0(), { now: NOW }).pack)) as Mutable;

  it('refuses a variable left in the text, defined or not', () => {
    const value = built();
    const template = value.entries.find((e) => e.id === 'refund-timeline')!;
    template.body = 'Σε {{policy.refundCardDays}} εργάσιμες, έως {{policy.other}} €.';
    const found = lines(checkCompiledPack(value, 'pack.json', { today: '2026-01-15' }).problems);
    expect(found).toEqual([
      expect.stringContaining('pack.json: error: entry "refund-timeline": variable {{policy.other}} is not defined'),
      'pack.json: error: entry "refund-timeline": variable {{policy.refundCardDays}} was not filled in: build the pack with odigos build',
    ]);
  });

  it('refuses a variable left in the escalation contact or the title', () => {
    const value = built();
    const sop = value.entries.find((e) => e.id === 'refund') as unknown as { title: string; escalation: { to: string } };
    sop.escalation.to = 'Προϊστάμενος ({{policy.approvalMinutes}} λεπτά)';
    sop.title = 'Επιστροφή έως {{policy.frontlineRefundLimit}} €';
    const found = lines(checkCompiledPack(value, 'pack.json', { today: '2026-01-15' }).problems);
    expect(found).toEqual([
      expect.stringContaining('pack.json: error: entry "refund": variable {{policy.approvalMinutes}} is not defined'),
      'pack.json: error: entry "refund": variable {{policy.frontlineRefundLimit}} was not filled in: build the pack with odigos build',
    ]);
  });

  it('checks the variables map at every key', () => {
    const value = built();
    value.meta.variables = { 'policy.ok': '1', 'Bad name': '2', 'ticket.sla': '3', 'policy.multi': 'a\nb', __proto__x: 4 };
    const found = lines(checkCompiledPack(value, 'pack.json', { today: '2026-01-15' }).problems);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"variables\["Bad name"\]" is "Bad name", which is not a variable name/),
        expect.stringMatching(/"variables\.ticket\.sla"|"variables\["ticket\.sla"\]" is "ticket\.sla", which is not a variable name/),
        expect.stringMatching(/policy\.multi.* must be one line/),
      ]),
    );
  });
});

function pack0(): string {
  return pack({});
}

describe('a number written out where the pack has a variable for it', () => {
  it('warns at the line, naming the variable, when a text writes the value with the unit the pack writes after it', () => {
    const sop = SOP.replace('2. Πείτε ότι σε κάρτα φαίνεται σε {{policy.refundCardDays}} εργάσιμες.', '2. Πείτε ότι σε κάρτα φαίνεται σε 5-10 εργάσιμες.');
    const template = TEMPLATE.replace('{{cursor}}', '\nΧωρίς έγκριση έως 100 €. {{cursor}}');
    const dir = pack({ 'sops/refund.md': sop, 'templates/refund-timeline.md': template });
    expect(lines(compileSource(dir, { now: NOW }).problems)).toEqual([
      `${join(dir, 'sops/refund.md')}:16: warning: "5-10 εργάσιμες" is written as a number, but the pack has {{policy.refundCardDays}} = 5–10 for it: write the variable, so a change in pack.yaml reaches this text too`,
      `${join(dir, 'templates/refund-timeline.md')}:9: warning: "100 €" is written as a number, but the pack has {{policy.frontlineRefundLimit}} = 100 for it: write the variable, so a change in pack.yaml reaches this text too`,
    ]);
  });

  it('leaves alone the same number with another unit, without a unit, in a fill-in field\'s example, or in a longer number', () => {
    const template = TEMPLATE.replace(
      '{{cursor}}',
      '\nΠεριμένετε 100 δευτερόλεπτα, πατήστε 100 φορές, {{field:Ποσό (π.χ. 100 €)}}, κωδικός 5–10 και 1100 €. {{cursor}}',
    );
    expect(lines(compileSource(pack({ 'templates/refund-timeline.md': template }), { now: NOW }).problems)).toEqual([]);
  });

  it('reads "€" before the number as the pack writes it in English, and the stem of a unit whatever its number', () => {
    const yaml = PACK_YAML.replace('lang: el', 'lang: en');
    const template = TEMPLATE.replace('{{cursor}}', 'Up to €{{policy.frontlineRefundLimit}}; cards take {{policy.refundCardDays}} working days.\nRefunds over €100 need approval; cards take 5–10 working days. {{cursor}}');
    const dir = pack({ 'pack.yaml': yaml, 'templates/refund-timeline.md': template });
    const found = lines(compileSource(dir, { now: NOW }).problems);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('"€100" is written as a number, but the pack has {{policy.frontlineRefundLimit}} = 100');
    expect(found[1]).toContain('"5–10 working" is written as a number, but the pack has {{policy.refundCardDays}} = 5–10');
  });
});
