// @vitest-environment node
/**
 * Salutation cases set 2 (data/salutation-cases-2.tsv, written before the code was run): names as Greek CRMs hold
 * customers — patronymics, initials, titles, double names, companies, e-mail only, empty fields, Greeklish,
 * foreign names, labelled «Επωνυμία», English templates. Each row goes through both public ways: `odigos greet`
 * (formal, informal, its vocative) and a template's {{customer.salutation}} / {{customer.vocative}}
 * (salutation-table.ts). Prints the figure and every miss; fails below 99 % of the checks.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, readCases } from './salutation-table';

const rows = readCases('salutation-cases-2.tsv');

describe('salutation cases set 2: names as Greek CRMs hold customers', () => {
  it('has at least 120 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
  });

  it('gets at least 99 % of the checks right through odigos greet and through a template', async () => {
    const { right, checked, report } = await checkCases('Salutation cases 2', rows);
    console.log(report);
    expect(right / checked).toBeGreaterThanOrEqual(0.99);
  });
});
