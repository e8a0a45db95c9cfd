/**
 * The salutation case tables (data/salutation-cases-2.tsv, -3.tsv): read, and every row checked through both public
 * ways: `odigos greet` (formal, informal, its vocative) and a template's {{customer.salutation}} /
 * {{customer.vocative}}. A field the page labels has no CLI flag: those rows go through the template only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../knowledge/cli/main';
import { expandTemplate } from '../../../knowledge/template';
import type { CustomerName } from '../../../knowledge/template/salutation';

export interface Row {
  name: string;
  gender?: 'm' | 'f';
  lang: 'el' | 'en';
  label?: string;
  formal: string[];
  informal: string[];
  vocative: string[];
}

const EMPTY = '∅';
const unescape = (s: string) => s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const choices = (cell: string) => cell.split(' | ').map((c) => (c.trim() === EMPTY ? '' : c.trim()));

/** The rows of one table in data/. */
export function readCases(file: string): Row[] {
  return readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('name\t'))
    .map((line) => {
      const [name, gender, lang, label, formal, informal, vocative] = line.split('\t');
      return {
        name: name === EMPTY ? '' : unescape(name),
        ...(gender === 'm' || gender === 'f' ? { gender } : {}),
        lang: lang as 'el' | 'en',
        ...(label !== '-' ? { label } : {}),
        formal: choices(formal),
        informal: choices(informal),
        vocative: choices(vocative),
      };
    });
}

async function greet(row: Row, formality: 'formal' | 'informal'): Promise<{ salutation: string; vocative: string }> {
  const out: string[] = [];
  const args = ['greet', row.name, `--${formality}`, '--lang', row.lang, '--json', ...(row.gender ? ['--gender', row.gender] : [])];
  await runCli(args, { out: (t) => out.push(t), err: () => undefined });
  const g = JSON.parse(out.join('\n')) as { salutation: string; vocative?: string };
  return { salutation: g.salutation, vocative: g.vocative ?? '' };
}

function customerOf(row: Row): CustomerName {
  const who: CustomerName = row.label ? { fields: [{ label: row.label, value: row.name }] } : { name: row.name };
  return row.gender ? { ...who, gender: row.gender } : who;
}

const expanded = (row: Row, body: string, formality: 'formal' | 'informal') =>
  expandTemplate(body, { customer: customerOf(row) }, { lang: row.lang, formality }).text;

/** Every check of every row: how many were right, and a line for each miss and the figure, to print. */
export async function checkCases(title: string, rows: readonly Row[]): Promise<{ right: number; checked: number; report: string }> {
  const wrong: string[] = [];
  const casesWrong = new Set<string>();
  let checked = 0;
  const check = (row: Row, what: string, got: string, accepted: string[]) => {
    checked++;
    if (accepted.includes(got)) return;
    casesWrong.add(`${row.name}\t${row.lang}\t${row.label ?? ''}`);
    wrong.push(`${what}: ${JSON.stringify(row.name)}${row.label ? ` [${row.label}]` : ''}${row.gender ? ` (${row.gender})` : ''} [${row.lang}] → ${JSON.stringify(got)} (expected ${accepted.map((a) => JSON.stringify(a)).join(' or ')})`);
  };
  for (const row of rows) {
    for (const formality of ['formal', 'informal'] as const) {
      check(row, `template ${formality}`, expanded(row, '{{customer.salutation}}', formality), row[formality]);
      if (row.name && !row.label) {
        const g = await greet(row, formality);
        check(row, `greet ${formality}`, g.salutation, row[formality]);
        if (formality === 'formal') check(row, 'greet vocative', g.vocative, row.vocative);
      }
    }
    check(row, 'template vocative', expanded(row, '{{customer.vocative}}', 'formal'), row.vocative);
  }
  const right = checked - wrong.length;
  const report = [
    `${title}: ${right}/${checked} checks right (${((100 * right) / checked).toFixed(2)} %); ` +
      `${rows.length - casesWrong.size}/${rows.length} cases wholly right`,
    ...wrong.map((w) => `  wrong: ${w}`),
  ].join('\n');
  return { right, checked, report };
}
