// @vitest-environment node
/**
 * Salutations for names as CRM pages show them (data/salutation-cases.tsv), through both public ways: `odigos
 * greet` (formal and informal) and a template's {{customer.salutation}} in a formal and an informal template.
 * Prints the figure; fails below 99 %.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../knowledge/cli/main';
import { expandTemplate } from '../../../knowledge/template';

const rows = readFileSync(fileURLToPath(new URL('./data/salutation-cases.tsv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, formal, informal] = line.split('\t');
    return { name, formal, informal };
  });

async function greet(name: string, formality: 'formal' | 'informal'): Promise<string> {
  const out: string[] = [];
  await runCli(['greet', name, `--${formality}`, '--json'], { out: (t) => out.push(t), err: () => undefined });
  return (JSON.parse(out.join('\n')) as { salutation: string }).salutation;
}

const expanded = (name: string, formality: 'formal' | 'informal') =>
  expandTemplate('{{customer.salutation}}', { customer: { name } }, { lang: 'el', formality }).text;

describe('salutations for names as pages show them', () => {
  it('has a list of every shape a page gives names in', () => {
    expect(rows.length).toBeGreaterThanOrEqual(75);
  });

  it('gets at least 99 % right through odigos greet and through a template', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const row of rows) {
      for (const formality of ['formal', 'informal'] as const) {
        const want = row[formality];
        for (const [how, got] of [['greet', await greet(row.name, formality)], ['template', expanded(row.name, formality)]]) {
          checked++;
          if (got !== want) wrong.push(`${how} ${formality}: ${row.name} → ${got} (expected ${want})`);
        }
      }
    }
    const right = checked - wrong.length;
    console.log([`Salutations: ${right}/${checked} right (${((100 * right) / checked).toFixed(2)} %)`, ...wrong.map((w) => `  wrong: ${w}`)].join('\n'));
    expect(right / checked).toBeGreaterThanOrEqual(0.99);
  });
});
