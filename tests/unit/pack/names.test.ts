// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledPack, compileSource } from '../../../knowledge/node';
import { copyFixture, lines, NOW } from './helpers';

const GOOD_NAMES = `names:
  - name: Κατσίμπαλης
    kind: last
  - name: Μαρκάκος
    vocative: Μαρκάκο
  - name: Νικολέτος
    vocative: Νικολέτο
    gender: m
    kind: first
`;

describe('names taught in a pack (names.yaml)', () => {
  it('compiles the names into the pack, and a compiled pack with them checks clean', () => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'names.yaml'), GOOD_NAMES);
    const { pack, problems } = compileSource(dir, { now: NOW });
    expect(lines(problems.filter((p) => p.file.endsWith('names.yaml')))).toEqual([]);
    expect(pack?.names).toEqual([
      { name: 'Κατσίμπαλης', kind: 'last' },
      { name: 'Μαρκάκος', vocative: 'Μαρκάκο' },
      { name: 'Νικολέτος', vocative: 'Νικολέτο', gender: 'm', kind: 'first' },
    ]);
    const again = checkCompiledPack(JSON.parse(JSON.stringify(pack)), 'pack.json', { today: '2026-01-15' });
    expect(lines(again.problems.filter((p) => p.severity === 'error'))).toEqual([]);
  });

  it('names the file, the line and what is wrong with each bad name, and builds nothing', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'names.yaml');
    writeFileSync(
      file,
      `names:
  - name: Νικολός
    vocative: Νικολό
  - name: Άννα Μαρία
  - vocative: Γιώργο
  - name: Σπύρος
    gender: x
  - Τάκης
  - name: Παπαδοπουλος
    nickname: Πάπας
  - name: Νικολός
    vocative: Γιάννη
`,
    );
    const { pack, problems } = compileSource(dir, { now: NOW });
    expect(pack).toBeUndefined();
    expect(lines(problems.filter((p) => p.file === file))).toEqual([
      `${file}:4: error: name 2: "name" is "Άννα Μαρία", which is not one word of a name (letters only: no spaces, digits or symbols)`,
      `${file}:5: error: name 3: missing required field "name"`,
      `${file}:7: error: name 4: "gender" is "x", which is not one of: m, f`,
      `${file}:8: error: name 5: must be a map of fields (name, vocative, gender, kind), e.g. "- name: Νικολός"`,
      `${file}:9: warning: name 6: "name" Παπαδοπουλος has no accent: write it as it is spelt (names in capitals take their accent from here)`,
      `${file}:10: warning: name 6: unknown field "nickname" (ignored; known: name, vocative, gender, kind)`,
      `${file}:11: warning: name 7: "vocative" Γιάννη does not look like a form of Νικολός`,
      `${file}:11: warning: name 7: Νικολός is already named (name 1); the first one counts`,
    ]);
  });

  it('refuses a names.yaml that is no list of names, and a compiled pack with a broken name', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'names.yaml');
    writeFileSync(file, 'name: Νικολός\n');
    expect(lines(compileSource(dir, { now: NOW }).problems)).toContain(
      `${file}:1: error: names.yaml must hold "names:" followed by a list of names ("- name: Νικολός")`,
    );
    writeFileSync(file, GOOD_NAMES);
    const pack = compileSource(dir, { now: NOW }).pack!;
    const broken = { ...pack, names: [{ name: 42 }, { name: 'Νίκος', kind: 'middle' }] };
    const checked = checkCompiledPack(JSON.parse(JSON.stringify(broken)), 'pack.json', { today: '2026-01-15' });
    expect(checked.pack).toBeUndefined();
    expect(lines(checked.problems.filter((p) => p.severity === 'error'))).toEqual([
      'pack.json: error: "names[0].name" must be text, not the number 42',
      'pack.json: error: "names[1].kind" is "middle", which is not one of: first, last',
    ]);
  });
});
