// @vitest-environment node
/** `odigos greet`: what a trainer sees when checking how Odigos addresses a name. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../knowledge/cli/failures';
import { runCli } from '../../../knowledge/cli/main';
import { expandTemplate } from '../../../knowledge/template';
import { odigos } from '../cli/run';

async function greet(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['greet', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const field = (out: string, label: string) => new RegExp(`^\\s+${label}:\\s+(.+)$`, 'm').exec(out)?.[1];

describe('odigos greet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-greet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ', [], 'Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο Παπαδόπουλε', 'male'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ', ['--informal'], 'Γεια σου, Γιώργο', 'Γιώργο Παπαδόπουλε', 'male'],
    ['Άννα-Μαρία Παπαδοπούλου', [], 'Αγαπητή κυρία Παπαδοπούλου', 'Άννα-Μαρία Παπαδοπούλου', 'female'],
    ['Άννα-Μαρία Παπαδοπούλου', ['--informal'], 'Γεια σου, Άννα-Μαρία', 'Άννα-Μαρία Παπαδοπούλου', 'female'],
    ['ΠAΠAΔOΠOYΛOΣ', [], 'Αγαπητέ κύριε Παπαδόπουλε', 'Παπαδόπουλε', 'male'],
    ['Αλέκος Σαραντάκος', ['--formal'], 'Αγαπητέ κύριε Σαραντάκο', 'Αλέκο Σαραντάκο', 'male'],
    ['Άλεξ Γεωργίου', [], 'Αγαπητέ/ή πελάτη', 'Άλεξ Γεωργίου', 'unknown (so the salutation is neutral)'],
    ['Άλεξ Γεωργίου', ['--gender', 'f'], 'Αγαπητή κυρία Γεωργίου', 'Άλεξ Γεωργίου', 'female'],
    ['Ιησούς', [], 'Αγαπητέ πελάτη', 'Ιησού', 'male'],
    // Surnames that are words take the word's accent in capitals (word-stress-data.ts).
    ['ΤΕΡΖΗΣ ΓΙΩΡΓΟΣ', [], 'Αγαπητέ κύριε Τερζή', 'Γιώργο Τερζή', 'male'],
    ['ΓΙΩΡΓΟΣ ΔΑΣΚΑΛΟΣ', [], 'Αγαπητέ κύριε Δάσκαλε', 'Γιώργο Δάσκαλε', 'male'],
    ['ΓΑΛΑΝΟΥ ΜΑΡΙΑ', [], 'Αγαπητή κυρία Γαλανού', 'Μαρία Γαλανού', 'female'],
    // Ξάνθος is a (rare) first name too; the word ξανθός tells the surname, listed first.
    ['ΞΑΝΘΟΣ ΓΙΩΡΓΟΣ', [], 'Αγαπητέ κύριε Ξανθέ', 'Γιώργο Ξανθέ', 'male'],
    ['ΞΑΝΘΟΣ ΓΙΩΡΓΟΣ', ['--informal'], 'Γεια σου, Γιώργο', 'Γιώργο Ξανθέ', 'male'],
    // After a title in the accusative or genitive, the name back in the nominative; where the lists cannot tell it
    // (Καραμήτσου: Καραμήτσος's genitive, or a surname in -ου), kept and not addressed by.
    ['κον Γιώργο Παπαδόπουλο', [], 'Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο Παπαδόπουλε', 'male'],
    ['ΚΟΝ ΓΙΩΡΓΟ ΠΑΠΑΔΟΠΟΥΛΟ', [], 'Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο Παπαδόπουλε', 'male'],
    ['του κου Γιώργου Παπαδοπούλου', ['--informal'], 'Γεια σου, Γιώργο', 'Γιώργο Παπαδόπουλε', 'male'],
    ['της κας Μαρίας Παπαδοπούλου', ['--informal'], 'Γεια σου, Μαρία', 'Μαρία Παπαδοπούλου', 'female'],
    ['κου Γιώργου Καραμήτσου', [], 'Αγαπητέ πελάτη', 'Γιώργο', 'male'],
  ])('%s %j', async (name, flags, salutation, voc, gender) => {
    const r = await greet(name, ...flags);
    expect(r.code).toBe(0);
    expect(field(r.out, 'salutation')).toBe(salutation);
    expect(field(r.out, 'vocative')).toBe(voc);
    expect(field(r.out, 'gender')).toBe(gender);
  });

  it('greets by the name the person goes by, given in brackets, and shows no brackets', async () => {
    for (const name of ['Στυλιανός (Στέλιος) Παπαδόπουλος', 'Στέλιος (Στυλιανός) Παπαδόπουλος', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΣΤΥΛΙΑΝΟΣ (ΣΤΕΛΙΟΣ)']) {
      const informal = await greet(name, '--informal');
      expect(field(informal.out, 'salutation')).toBe('Γεια σου, Στέλιο');
      expect(field(informal.out, 'understood')).toMatch(/goes by Στέλιος \(beside Στυλιανός/);
      expect(field((await greet(name)).out, 'salutation')).toBe('Αγαπητέ κύριε Παπαδόπουλε');
    }
    const maiden = await greet('Μαρία Παπαδοπούλου (Γεωργίου)', '--informal');
    expect(field(maiden.out, 'salutation')).toBe('Γεια σου, Μαρία');
    const name = expandTemplate('{{customer.name}}: {{customer.firstName}}', { customer: { name: 'Στυλιανός (Στέλιος) Παπαδόπουλος' } }, { lang: 'el' });
    expect(name.text).toBe('Στέλιος Παπαδόπουλος: Στέλιο');
  });

  it('reads the name from an e-mail address alone where its Greek spelling is certain, and says so', async () => {
    const named = await greet('maria.konstantinou@gmail.com', '--informal');
    expect(field(named.out, 'salutation')).toBe('Γεια σου, Μαρία');
    expect(field(named.out, 'understood')).toMatch(/read from the address maria\.konstantinou@…: Μαρία Κωνσταντίνου/);
    const byFlag = await greet('--email', 'g.papadopoulos@example.gr', '--json');
    expect(JSON.parse(byFlag.out)).toMatchObject({ salutation: 'Αγαπητέ κύριε Παπαδόπουλε', last: 'Παπαδόπουλος', gender: 'm' });
    const unsure = await greet('papas.kostas@gmail.com');
    expect(field(unsure.out, 'salutation')).toBe('Αγαπητέ/ή πελάτη');
    expect(field(unsure.out, 'understood')).toMatch(/«papas» of the address may be spelt several ways/);
  });

  it('shows how the name was understood: first name, surname and why', async () => {
    const r = await greet('ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ');
    expect(field(r.out, 'first name')).toBe('Γιώργος → Γιώργο');
    expect(field(r.out, 'surname')).toBe('Παπαδόπουλος → Παπαδόπουλε');
    expect(field(r.out, 'understood')).toMatch(/^surname first.*gender from the first name Γιώργος/);
  });

  it('takes the order from an e-mail address and the parts from --first/--last', async () => {
    const byEmail = await greet('Θεοχάρης Σαράντης', '--email', 'sarantis.theocharis@example.gr', '--json');
    expect(JSON.parse(byEmail.out)).toMatchObject({ first: 'Σαράντης', last: 'Θεοχάρης', salutation: 'Αγαπητέ κύριε Θεοχάρη' });
    const labelled = await greet('--first', 'ΣΤΥΛΙΑΝΟΣ', '--last', 'ΚΑΡΑΓΙΑΝΝΗΣ', '--json');
    expect(JSON.parse(labelled.out)).toMatchObject({ firstVocative: 'Στυλιανέ', lastVocative: 'Καραγιάννη', gender: 'm' });
  });

  it('checks a list of names, one JSON line each, with --file', async () => {
    const file = join(dir, 'names.txt');
    writeFileSync(file, '# a trainer\'s list\nΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ\n\nΜενεξές Σοφία\n');
    const r = await greet('--file', file, '--json');
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.salutation, l.vocative])).toEqual([
      ['ΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ', 'Αγαπητέ κύριε Μητσοτάκη', 'Κυριάκο Μητσοτάκη'],
      ['Μενεξές Σοφία', 'Αγαπητή κυρία Μενεξές', 'Σοφία Μενεξές'],
    ]);
  });

  it('uses the names a pack teaches (names.yaml) over its own rules', async () => {
    const src = join(dir, 'pack');
    mkdirSync(src);
    writeFileSync(join(src, 'pack.yaml'), 'id: names-demo\nname: Names\nversion: 1.0.0\nlang: el\n');
    writeFileSync(
      join(src, 'hello.md'),
      '---\nid: hello\ntype: template\ntitle: Χαιρετισμός\ntone: greeting\ntriggers: [γεια]\n---\n{{customer.salutation}},\n',
    );
    writeFileSync(join(src, 'names.yaml'), 'names:\n  - name: Κατσίμπαλης\n    kind: last\n  - name: Νικολέτος\n    vocative: Νικολέτο\n    gender: m\n');
    const without = await greet('ΝΙΚΟΛΕΤΟΣ ΚΑΤΣΙΜΠΑΛΗΣ', '--json');
    const withPack = await greet('ΝΙΚΟΛΕΤΟΣ ΚΑΤΣΙΜΠΑΛΗΣ', '--pack', src, '--json');
    // Κατσίμπαλης is a word of the dictionary too (word-stress-data.ts); Νικολέτο only the pack knows.
    expect(JSON.parse(without.out)).toMatchObject({ vocative: 'Νικολέτε Κατσίμπαλη' });
    expect(JSON.parse(withPack.out)).toMatchObject({ vocative: 'Νικολέτο Κατσίμπαλη', salutation: 'Αγαπητέ κύριε Κατσίμπαλη', gender: 'm' });
  });

  it('takes the stress of a name in capitals from the page text --text gives (repeatable)', async () => {
    expect(field((await greet('ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ')).out, 'salutation')).toBe('Αγαπητέ κύριε Μάχλα');
    const r = await greet('ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', '--text', 'Καλημέρα, το δέμα δεν ήρθε.', '--text', 'Με εκτίμηση,\nΓιώργος Μαχλάς');
    expect(field(r.out, 'salutation')).toBe('Αγαπητέ κύριε Μαχλά');
    expect(field(r.out, 'surname')).toBe('Μαχλάς → Μαχλά');
    expect(field(r.out, 'understood')).toContain('stress of Μαχλάς from the page («Μαχλάς»)');
  });

  it('answers in English templates with the Greek name in Latin letters, in the nominative', async () => {
    const r = await greet('ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ', '--lang', 'en');
    expect(field(r.out, 'salutation')).toBe('Dear Ms Papadopoulou');
    expect(field(r.out, 'first name')).toBe('Μαρία → Maria');
  });

  it('says what is wrong with the arguments (exit 2), and that a names file is missing (exit 3)', async () => {
    expect((await greet()).code).toBe(2);
    const both = await greet('Νίκος', '--formal', '--informal');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--formal and --informal/);
    const gender = await greet('Νίκος', '--gender', 'x');
    expect(gender.err).toMatch(/--gender must be m or f, not "x"/);
    const missing = await greet('--file', join(dir, 'nope.txt'));
    expect(missing.code).toBe(EXIT.missing);
    expect(missing.err).toMatch(/nope\.txt: no such file/);
  });

  it('runs as the installed command', async () => {
    const r = await odigos('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('salutation:  Αγαπητέ κύριε Παπαδόπουλε');
  });
});
