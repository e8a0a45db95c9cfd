// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledPack, compileSource } from '../../../knowledge/node';
import { copyFixture, lines, NOW } from './helpers';

const GOOD_SITES = `sites:
  - name: Acme desk
    match: https://desk.acme.example
    message: ".conversation .bubble"
    reply: "#composer"
    ticketId: "/case\\\\/(\\\\d+)/"
`;

describe('site profiles shipped in a pack (sites.yaml)', () => {
  it('compiles valid profiles into the pack, and a compiled pack with them checks clean', () => {
    const dir = copyFixture('good');
    writeFileSync(join(dir, 'sites.yaml'), GOOD_SITES);
    const { pack, problems } = compileSource(dir, { now: NOW });
    expect(lines(problems.filter((p) => p.severity === 'error'))).toEqual([]);
    expect(pack?.sites).toEqual([
      { name: 'Acme desk', match: 'https://desk.acme.example', message: '.conversation .bubble', reply: '#composer', ticketId: '/case\\/(\\d+)/' },
    ]);
    const again = checkCompiledPack(JSON.parse(JSON.stringify(pack)), 'pack.json', { today: '2026-01-15' });
    expect(lines(again.problems.filter((p) => p.severity === 'error'))).toEqual([]);
  });

  it('names the file, the line and what is wrong with each bad profile, and builds nothing', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'sites.yaml');
    writeFileSync(
      file,
      `sites:
  - match: https://desk.acme.example
    message: ".thread"
  - match: "not a site"
    message: ".thread {color: red}"
    reply: "#r"
`,
    );
    const { pack, problems } = compileSource(dir, { now: NOW });
    expect(pack).toBeUndefined();
    expect(lines(problems.filter((p) => p.file === file))).toEqual([
      `${file}:2: error: site profile 1: "reply" is required (text)`,
      `${file}:4: error: site profile 2: "match" must be an origin (https://desk.example.com), a host glob (*.example.com) or a match pattern, not "not a site"`,
      `${file}:4: error: site profile 2: "message" selector contains { } or ; (a selector, not CSS rules)`,
    ]);
  });

  it('refuses a sites.yaml that is not a list of profiles, and a compiled pack with a broken profile', () => {
    const dir = copyFixture('good');
    const file = join(dir, 'sites.yaml');
    writeFileSync(file, 'match: https://desk.acme.example\n');
    expect(lines(compileSource(dir, { now: NOW }).problems)).toContain(
      `${file}:1: error: sites.yaml must hold "sites:" followed by a list of site profiles`,
    );
    writeFileSync(join(dir, 'sites.yaml'), GOOD_SITES);
    const pack = compileSource(dir, { now: NOW }).pack!;
    const broken = { ...pack, sites: [{ match: 'https://desk.acme.example' }] };
    expect(lines(checkCompiledPack(broken, 'pack.json', { today: '2026-01-15' }).problems)).toContain(
      'pack.json: error: missing required field "sites[0].message"',
    );
  });
});
