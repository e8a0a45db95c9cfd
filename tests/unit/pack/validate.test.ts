// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, countProblems, failsValidation, validateSource } from '../../../knowledge/node';
import { BAD, copyFixture, FIXTURES, GOOD, lines, NOW } from './helpers';
import { problemWords } from '../../../knowledge/pack/problem-words';

const f = (rel: string) => join(BAD, rel);

describe('validateSource on a folder full of mistakes', () => {
  const found = lines(validateSource(BAD, { now: NOW }));

  it.each([
    // pack.yaml
    [`${f('pack.yaml')}:1: error: id "Bad Pack" is not a valid pack id`],
    [`${f('pack.yaml')}:1: error: missing required field "name"`],
    [`${f('pack.yaml')}:2: error: version "1.0" is not a semver version`],
    [`${f('pack.yaml')}:3: error: unknown lang "fr"`],
    // SOP fields and body
    [`${f('sops/broken-sop.md')}:1: error: missing required field "department"`],
    [`${f('sops/broken-sop.md')}:6: error: "metrics.firstResponse" "15 minutes" is not a duration`],
    [`${f('sops/broken-sop.md')}:10: error: link [[missing-template]] points to no template`],
    [`${f('sops/broken-sop.md')}:11: error: step 1 branches to step 9, which does not exist`],
    [`${f('sops/broken-sop.md')}:12: error: link "[[" is not closed`],
    [`${f('sops/broken-sop.md')}:13: error: branch target "πουθενά" is not "step N" or "escalate"`],
    [`${f('sops/past-review.md')}:10: error: link [[past-review]] points to an SOP`],
    // template fields
    [`${f('templates/bad-fields.md')}:5: error: shortcut "dip lh" may only contain letters, digits and "-"`],
    [`${f('templates/bad-fields.md')}:6: error: unknown tone "sad"`],
    [`${f('templates/bad-fields.md')}:7: error: unknown channel "fax"`],
    [`${f('templates/bad-fields.md')}:8: error: unknown formality "casual"`],
    [`${f('templates/bad-fields.md')}:9: error: unknown lang "fr"`],
    [`${f('templates/bad-fields.md')}:12: error: placeholder "{{customer.firstName,`],
    [`${f('templates/wrong-types.md')}:3: error: unknown type "faq"`],
    [`${f('templates/wrong-types.md')}:4: error: "title" must be text, not a list`],
    [`${f('templates/wrong-types.md')}:5: error: "triggers" must be a list`],
    [`${f('templates/no-version-field.md')}:1: error: missing required field "title"`],
    [`${f('templates/no-version-field.md')}:2: error: id "Not_A_Slug" is not a valid id`],
    // files and whole-pack rules
    [`${f('templates/bad-yaml.md')}:4: error: invalid YAML`],
    [`${f('templates/no-front-matter.md')}:1: error: no front matter`],
    [`${f('templates/dup-two.md')}:2: error: duplicate id "same-id" (also used by ${f('templates/dup-one.md')}:2)`],
    [`${f('templates/shortcut-b.md')}:5: error: shortcut "EFX" (formal) is also used by "shortcut-a"`],
    // warnings
    [`${f('sops/past-review.md')}:7: warning: review date 2020-01-01 has passed`],
    [`${f('templates/bad-fields.md')}:3: warning: template has no triggers`],
    [`${f('templates/bad-fields.md')}:10: warning: unknown field "trigers"`],
    [`${f('templates/bad-fields.md')}:12: warning: unknown placeholder {{agent.nickname}}`],
  ])('reports %s', (expected) => {
    expect(found.some((l) => l.startsWith(expected))).toBe(true);
  });

  it('reports everything at once, each problem once, sorted by file and line', () => {
    expect(found.length).toBe(new Set(found).size);
    expect(countProblems(validateSource(BAD, { now: NOW }))).toEqual({ errors: 26, warnings: 5 });
    const files = found.map((l) => l.split(':')[0]);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });

  it('builds nothing from it', () => {
    expect(compileSource(BAD, { now: NOW }).pack).toBeUndefined();
  });
});

describe('validateSource on files that cannot be read as entries', () => {
  it('reports a pack.yaml that is not a map', () => {
    expect(lines(validateSource(join(FIXTURES, 'not-a-map')))).toContain(
      `${join(FIXTURES, 'not-a-map', 'pack.yaml')}:1: error: pack.yaml must be a map of fields (key: value), found a list`,
    );
  });

  it('reports a missing pack.yaml and a missing folder', () => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'pack.yaml'), '');
    expect(lines(validateSource(dir)).some((l) => l.startsWith(`${join(dir, 'pack.yaml')}:1: error: pack.yaml must be a map`))).toBe(true);
    expect(lines(validateSource(join(dir, 'nope')))).toEqual([`${join(dir, 'nope')}: error: no such folder`]);
  });

  it('reports binary and non-UTF-8 files by name', () => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'templates', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'templates', 'latin1.md'), Buffer.from('---\nid: x\ntitle: Caf\xe9\n---\n', 'latin1'));
    const found = lines(validateSource(dir, { now: NOW }));
    expect(found).toContain(`${join(dir, 'templates', 'image.md')}: error: binary file, not text (it starts "\\x89PNG\\x00\\x01")`);
    expect(found).toContain(`${join(dir, 'templates', 'latin1.md')}: error: not UTF-8 text: line 3 has the byte \\xe9 after "title: Caf" (save the file as UTF-8)`);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'templates', 'crlf.md');
    writeFileSync(file, '\uFEFF---\r\nid: crlf\r\ntype: template\r\ntitle: CRLF\r\ntone: closing\r\ntriggers: [x]\r\n---\r\nΚείμενο.\r\n');
    const { pack, problems } = compileSource(dir, { now: NOW });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(pack?.entries.find((e) => e.id === 'crlf')?.body).toBe('Κείμενο.');
  });

  it('warns about triggers that can never match, naming the entry, and lets a greeting trigger be', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'templates', 'greeting-formal.md');
    writeFileSync(file, '---\nid: greeting-formal\ntype: template\ntitle: Χαιρετισμός\ntone: greeting\nchannel: email\nformality: formal\n' +
      'triggers:\n  - καλησπέρα\n  - γεια σας\n  - "!!! ???"\n  - "12345 678"\n  - "και να το για να με σε το τα που και να το για"\n---\nΚαλησπέρα σας,\n');
    const found = lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('can never match'));
    expect(found).toEqual([
      `${file}:8: warning: "greeting-formal": trigger "!!! ???" can never match: it has no words (only punctuation, symbols or long numbers); write the words a customer would use`,
      `${file}:8: warning: "greeting-formal": trigger "12345 678" can never match: it has no words (only punctuation, symbols or long numbers); write the words a customer would use`,
      `${file}:8: warning: "greeting-formal": trigger "και να το για να με σε το τα που και να το για" can never match: it has only function words and more than 12 of them; write the words a customer would use`,
    ]);
  });

  it('refuses a title or trigger of invisible characters only, and a direction control anywhere, at the line', () => {
    // A zero-width title passed as text and showed an empty card; U+202E turns "Refund window" into what it is not.
    const dir = copyFixture('good');
    const file = join(dir, 'templates', 'greeting-formal.md');
    writeFileSync(file, '---\nid: greeting-formal\ntype: template\ntitle: "\u200b\u2060"\ntone: greeting\nchannel: email\nformality: formal\n' +
      'triggers: ["\u200b \ufeff", "καλή \u202eσυνέχεια"]\n---\nΚαλησπέρα \u2067σας,\n');
    const found = lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('error'));
    expect(found).toEqual([
      `${file}:4: error: "title" shows nothing: it holds only invisible characters (zero-width spaces, direction marks)`,
      `${file}:8: error: "triggers[0]" shows nothing: it holds only invisible characters (zero-width spaces, direction marks)`,
      `${file}:8: error: "triggers[1]" contains an invisible direction control (U+202E), which reorders the text as shown: remove it`,
      `${file}:10: error: "body" contains an invisible direction control (U+2067), which reorders the text as shown: remove it`,
    ]);
  });

  it('reads the stage an entry presupposes, and rejects an unknown one', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'templates', 'greeting-formal.md');
    writeFileSync(file, '---\nid: greeting-formal\ntype: template\nstage: resolved\ntitle: Χ\ntone: closing\nchannel: email\ntriggers: [ευχαριστώ]\n---\nΚαλή συνέχεια.\n');
    const { pack } = compileSource(dir, { now: NOW });
    expect(pack?.entries.find((e) => e.id === 'greeting-formal')?.stage).toBe('resolved');
    writeFileSync(file, '---\nid: greeting-formal\ntype: template\nstage: later\ntitle: Χ\ntone: closing\nchannel: email\ntriggers: [ευχαριστώ]\n---\nΚαλή συνέχεια.\n');
    const found = lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('stage'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: error: .*stage.*later.*new, working, resolved`));
  });

  it('reports a refused template once, at its own error, naming the SOPs that link it (no echo at every link)', () => {
    // The SOP used to say «link [[apology-formal]] points to no template in this pack» too: two errors for one mistake.
    const dir = copyFixture('good');
    const sop = join(dir, 'sops', 'double-card-charge.md');
    const file = join(dir, 'templates', 'apology', 'apology-formal.md');
    const text = readFileSync(file, 'utf8');
    for (const [broken, line, error] of [
      [text.replace('id: apology-formal', 'id: Apology Formal'), 2, 'id "Apology Formal" is not a valid id: use a-z, 0-9 and "-" (e.g. double-card-charge)'],
      [text.replace(/^---\n/, ''), 1, "no front matter: an entry must start with a line '---', its fields (id, type, title …), and another '---'"],
      [text.replace('type: template', 'type: faq'), 3, 'unknown type "faq" (expected one of: sop, template)'],
    ] as const) {
      writeFileSync(file, broken);
      const found = lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('error'));
      expect(found).toEqual([`${file}:${line}: error: ${error} — [[apology-formal]] is linked from "double-card-charge": that link works once this is fixed`]);
      expect(found.join('\n')).not.toContain(sop);
    }
    // A link to an id no file has is still its own error.
    writeFileSync(file, text);
    writeFileSync(sop, readFileSync(sop, 'utf8').replace('[[apology-formal]]', '[[apology-formall]]'));
    expect(lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('error'))).toEqual([`${sop}:27: error: link [[apology-formall]] points to no template in this pack`]);
  });

  it('refuses over-long texts at the field\'s own line: a template\'s text, an SOP\'s purpose, term, escalation, step and condition', () => {
    // A 19 MB template text passed and would have been sent whole to the tab on preview.
    const dir = copyFixture('good');
    const template = join(dir, 'templates', 'greeting-formal.md');
    writeFileSync(template, readFileSync(template, 'utf8').trimEnd() + ' ' + 'Σας ευχαριστούμε. '.repeat(1_200) + '\n');
    const sop = join(dir, 'sops', 'double-card-charge.md');
    const long = (n: number) => 'α'.repeat(n);
    writeFileSync(sop, readFileSync(sop, 'utf8')
      .replace('purpose: Να', `purpose: ${long(5_000)} Να`)
      .replace('Προέγκριση: Δέσμευση', `Προέγκριση: ${long(5_000)} Δέσμευση`)
      .replace('when: Το ποσό', `when: ${long(5_000)} Το ποσό`)
      .replace('2. Ελέγξτε', `2. ${long(5_000)} Ελέγξτε`)
      .replace('Αν: φαίνονται', `Αν: ${long(2_000)} φαίνονται`));
    const found = lines(validateSource(dir, { now: NOW })).filter((l) => l.includes('error'));
    expect(found).toEqual([
      `${sop}:6: error: "purpose" is 5,054 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `${sop}:8: error: "terms["Προέγκριση"]" is 5,040 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `${sop}:13: error: "escalation.when" is 5,026 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `${sop}:21: error: "steps[1].text" is 5,024 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `${sop}:22: error: "steps[1].branches[0].condition" is 2,023 characters long, more than the 2,000 it may hold: shorten it or split it`,
      `${template}:10: error: "body" is 21,686 characters long, more than the 20,000 it may hold: shorten it or split it`,
    ]);
    // An SOP whose text is too long is one mistake, not one more for the step that holds the same text.
    writeFileSync(sop, readFileSync(join(GOOD, 'sops', 'double-card-charge.md'), 'utf8').replace('2. Ελέγξτε', `2. ${long(50_000)} Ελέγξτε`));
    expect(lines(validateSource(dir, { now: NOW })).filter((l) => l.includes(sop))).toEqual([
      `${sop}:18: error: "body" is 50,339 characters long, more than the 50,000 it may hold: shorten it or split it`,
    ]);
  });

  it('warns once at pack.yaml when the default review date has passed', () => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'pack.yaml'), 'id: fixture-good\nname: X\nversion: 1.0.0\nlang: el\nreviewBy: 2025-01-01\n');
    const found = lines(validateSource(dir, { now: NOW }));
    expect(found).toContain(
      `${join(dir, 'pack.yaml')}:5: warning: default review date 2025-01-01 has passed (it applies to 3 entries without their own reviewBy)`,
    );
  });
});

describe('a good folder with a warning', () => {
  const problems = validateSource(GOOD, { now: NOW });
  it('passes, unless strict', () => {
    expect(lines(problems)).toEqual([
      `${join(GOOD, 'templates', 'greeting-formal.md')}:3: warning: template has no triggers: it can be found only by its title or shortcut`,
    ]);
    expect(failsValidation(problems)).toBe(false);
    expect(failsValidation(problems, true)).toBe(true);
  });
});

describe('what a trainer pastes or mistypes into a template’s text, which the agent would send as written', () => {
  const template = (body: string) => `---\nid: epanaklisi\ntype: template\ntitle: Επανάκληση\nshortcut: epanaklisi-ora\ntone: information\ntriggers: [θα με πάρετε τηλέφωνο]\n---\n${body}\n`;
  const problemsOf = (body: string) => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'templates/epanaklisi.md'), template(body));
    return validateSource(dir, { now: NOW }).filter((p) => p.file.endsWith('epanaklisi.md'));
  };

  it('HTML copied from a web page, Word or a macro is a warning at its line, in Greek and English', () => {
    const [p, ...rest] = problemsOf('Καλησπέρα σας,\n<p class="MsoNormal">σας καλούμε πίσω αύριο.<o:p></o:p></p><script>alert(1)</script>');
    expect(rest).toEqual([]);
    expect(lines([p!])[0]).toMatch(/epanaklisi\.md:10: warning: the text holds HTML \("<p class="MsoNormal">"\), likely pasted: the agent would send it/);
    expect(problemWords(p!, 'el')).toBe('Το κείμενο έχει κώδικα HTML («<p class="MsoNormal">»), μάλλον από επικόλληση: ο εκπρόσωπος θα τον έστελνε στον πελάτη όπως είναι. Τα πρότυπα είναι απλό κείμενο· κρατήστε μόνο τις λέξεις και αλλάξτε γραμμή με Enter.');
    expect(problemsOf('Σας ευχαριστούμε&nbsp;πολύ.').map((p) => p.code)).toEqual(['body.markup']);
  });

  it('plain text with «<» or «&» is not HTML', () => {
    expect(problemsOf('Η επιστροφή γίνεται σε <5 εργάσιμες, για ποσά < 50 € & άνω των 10 €.')).toEqual([]);
  });

  it('a placeholder one slip from a known one says which it is', () => {
    const problems = problemsOf('{{customer.salutaion}},\n\nσας καλούμε στις {{feild:Ώρα}}.\n\n{{agent.nickname}}');
    expect(problems.map((p) => problemWords(p, 'el'))).toEqual([
      'Άγνωστο σύμβολο {{customer.salutaion}}: μήπως εννοείτε {{customer.salutation}}; Όπως είναι γραμμένο, ο εκπρόσωπος θα το έστελνε στον πελάτη αυτούσιο.',
      'Άγνωστο σύμβολο {{feild:Ώρα}}: μήπως εννοείτε {{field:Ώρα}}; Όπως είναι γραμμένο, ο εκπρόσωπος θα το έστελνε στον πελάτη αυτούσιο.',
      expect.stringMatching(/^Άγνωστο σύμβολο \{\{agent\.nickname\}\}: χρησιμοποιήστε ένα από τα γνωστά/),
    ]);
  });
});
