// @vitest-environment node
/**
 * Surnames the rules were not written for (data/held-out-surnames.tsv), in capitals without accents as registry-fed
 * CRMs hold them: the vocative and the formal salutation through a template's placeholders. Prints the figure and
 * the misses; the floor is what the rules reach on names they have not seen (the file says how it was measured).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';

const rows = readFileSync(fileURLToPath(new URL('./data/held-out-surnames.tsv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [batch, name, gender, accepted] = line.split('\t');
    return { batch, name: name!, gender: gender as 'm' | 'f', accepted: accepted!.split('|') };
  });

/** As a registry writes it: capitals, no accents. */
const registry = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLocaleUpperCase('el');

function misses(check: (row: (typeof rows)[number]) => string | undefined): string[] {
  return rows.map(check).filter((m): m is string => m !== undefined);
}

describe('held-out surnames in capitals', () => {
  it('covers every ending, men and women', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const end of [/όπουλος$/, /άκης$/, /ίδης$/, /άδης$/, /άτος$/, /ιώτης$/, /ίτης$/, /ινός$/, /ας$/, /άς$/, /ης$/, /ος$/, /έας$/, /ου$/, /άκη$/, /ίδου$/]) {
      expect(rows.some((r) => end.test(r.name)), String(end)).toBe(true);
    }
    expect(rows.filter((r) => r.gender === 'f').length).toBeGreaterThanOrEqual(40);
  });

  it('gets the vocative and the formal salutation right for at least 97 %', () => {
    const vocative = misses((r) => {
      const got = expandTemplate('{{customer.vocative}}', { customer: { lastName: registry(r.name), gender: r.gender } }, { lang: 'el' }).text;
      return r.accepted.includes(got) ? undefined : `${registry(r.name)} → ${got} (expected ${r.accepted.join(' or ')})`;
    });
    const salutation = misses((r) => {
      const first = r.gender === 'm' ? 'ΓΙΩΡΓΟΣ' : 'ΜΑΡΙΑ';
      const got = expandTemplate('{{customer.salutation}}', { customer: { name: `${registry(r.name)} ${first}` } }, { lang: 'el', formality: 'formal' }).text;
      const want = r.accepted.map((v) => `${r.gender === 'm' ? 'Αγαπητέ κύριε' : 'Αγαπητή κυρία'} ${v}`);
      return want.includes(got) ? undefined : `${registry(r.name)} ${first} → ${got}`;
    });
    const pct = (wrong: string[]) => ((100 * (rows.length - wrong.length)) / rows.length).toFixed(1);
    console.log(
      [
        `Held-out surnames in capitals: vocative ${rows.length - vocative.length}/${rows.length} (${pct(vocative)} %), salutation ${rows.length - salutation.length}/${rows.length} (${pct(salutation)} %)`,
        ...[...vocative, ...salutation].map((w) => `  wrong: ${w}`),
      ].join('\n'),
    );
    expect((rows.length - vocative.length) / rows.length).toBeGreaterThanOrEqual(0.97);
    expect((rows.length - salutation.length) / rows.length).toBeGreaterThanOrEqual(0.97);
  });
});
