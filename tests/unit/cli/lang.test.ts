// @vitest-environment node
/**
 * odigos speaks Greek to a Greek terminal (LC_ALL, LC_MESSAGES or LANG starting with el) or with --lang el, English
 * otherwise: the problems from their codes (knowledge/pack/problem-words.ts), the counts and its own words. --json
 * keeps the English words, with each problem's code and parameters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envLang } from '../../../knowledge/cli/cli-lang';
import { BAD, GOOD, odigosWith } from './run';

const GREEK = { LANG: 'el_GR.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'odigos-lang-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the language odigos speaks', () => {
  it('is Greek when the locale that decides is Greek, as POSIX reads them (LC_ALL, then LC_MESSAGES, then LANG)', () => {
    expect(envLang({ LANG: 'el_GR.UTF-8' })).toBe('el');
    expect(envLang({ LC_MESSAGES: 'el_GR', LANG: 'en_US.UTF-8' })).toBe('el');
    expect(envLang({ LC_ALL: 'C.UTF-8', LANG: 'el_GR.UTF-8' })).toBe('en');
    expect(envLang({ LC_ALL: '', LANG: 'el' })).toBe('el');
    expect(envLang({})).toBe('en');
    expect(envLang({ LANG: 'en_GB.UTF-8' })).toBe('en');
  });

  it('validate: every problem, its severity and the summary in Greek for a Greek terminal', async () => {
    const r = await odigosWith({ env: GREEK }, 'validate', BAD);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(BAD, 'pack.yaml')}:1: σφάλμα: Το αναγνωριστικό πακέτου «Bad Pack» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. el-core).`);
    expect(r.stdout).toContain(': προειδοποίηση: Άγνωστο πεδίο «trigers» στο αρχείο (αγνοείται) — ίσως ορθογραφικό λάθος.');
    expect(r.stdout).toContain(': σφάλμα: Η συντόμευση «EFX» (επίσημο) υπάρχει ήδη στο «shortcut-a»');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`ΑΠΕΤΥΧΕ: ${BAD} — 26 σφάλματα, 5 προειδοποιήσεις`);
    // No English sentence is left in the Greek output (what is quoted from the pack aside).
    const said = r.stdout.split('\n').map((l) => l.replace(/^.*?: (?:σφάλμα|προειδοποίηση): /, '').replace(/«[^»]*»|\{\{[^}]*\}\}|\[\[[^\]]*\]\]|\([^)]*\)/g, ''));
    const english = said.filter((l) => /\b(?:is|has|must|missing|unknown|error|warning|not)\b/.test(l));
    expect(english).toEqual([]);
    const good = await odigosWith({ env: GREEK }, 'validate', GOOD);
    expect(good.stdout.trimEnd().split('\n').at(-1)).toBe('ΕΝΤΑΞΕΙ: fixture-good 1.2.0, 4 καταχωρίσεις — 0 σφάλματα, 1 προειδοποίηση');
  });

  it('validate: English without a Greek locale, and --lang wins over the environment both ways', async () => {
    const plain = await odigosWith({}, 'validate', GOOD);
    expect(plain.stdout).toMatch(/: warning: template has no triggers: it can be found only by its title or shortcut\nOK: fixture-good 1\.2\.0, 4 entries — 0 errors, 1 warning\n$/);
    expect((await odigosWith({ env: GREEK }, 'validate', GOOD, '--lang', 'en')).stdout).toBe(plain.stdout);
    expect((await odigosWith({}, 'validate', GOOD, '--lang', 'el')).stdout).toContain('ΕΝΤΑΞΕΙ: fixture-good 1.2.0');
    const wrong = await odigosWith({}, 'validate', GOOD, '--lang', 'fr');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang must be el or en, not "fr"');
  });

  it('validate --json keeps the English words with each problem\'s code and parameters, whatever the terminal speaks', async () => {
    const report = JSON.parse((await odigosWith({ env: GREEK }, 'validate', BAD, '--json')).stdout);
    expect(report.problems[0]).toMatchObject({ code: 'packId.invalid', params: { value: 'Bad Pack' }, message: 'id "Bad Pack" is not a valid pack id: use a-z, 0-9 and "-" (e.g. el-core)' });
    for (const p of report.problems) expect(typeof p.code).toBe('string');
  });

  it('build: the problems, the refusal and what was built, in Greek', async () => {
    const bad = await odigosWith({ env: GREEK }, 'build', BAD, '-o', join(tmp, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(': σφάλμα: Λείπει το υποχρεωτικό πεδίο «τμήμα»: συμπληρώστε το.');
    expect(bad.stderr).toContain(`odigos build: ${BAD}: 26 σφάλματα, 5 προειδοποιήσεις· δεν γράφτηκε τίποτα`);
    const good = await odigosWith({ env: GREEK }, 'build', GOOD, '-o', join(tmp, 'good.json'));
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^Φτιάχτηκε το fixture-good 1\.2\.0: 4 καταχωρίσεις \(\d+ διαδικασ(?:ία|ίες), \d+ πρότυπ(?:ο|α)\) → .*good\.json — 1 προειδοποίηση\n$/);
  });

  it('says why an input is no pack, in Greek', async () => {
    const r = await odigosWith({ env: GREEK }, 'validate', join(tmp, 'nothing-here'));
    expect(r.stderr).toContain('Δεν υπάρχει τέτοιο αρχείο ή φάκελος');
  });
});
