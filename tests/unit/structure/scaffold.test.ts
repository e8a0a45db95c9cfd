import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run new:adapter` and `npm run new:inserter` (scripts/new.mjs), run into a temporary copy of the files
 * they read and write: they create the file, register it, and add a fixture and a test; they refuse a taken or
 * malformed id and then write nothing.
 */
const here = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'odigos-scaffold-'));
cpSync(join(here, 'lib/crm/adapter-list.ts'), join(copy, 'lib/crm/adapter-list.ts'));
cpSync(join(here, 'lib/crm/adapters/zendesk.ts'), join(copy, 'lib/crm/adapters/zendesk.ts'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [join(here, 'scripts/new.mjs'), ...args, '--root', copy], { encoding: 'utf8' });
const read = (path: string) => readFileSync(join(copy, path), 'utf8');

describe('scaffolds for the two things people add most', () => {
  it('new:adapter writes the declaration, registers it in order, and adds its fixture and test', () => {
    const r = run('adapter', 'deskpro');
    expect(r.status, r.stderr).toBe(0);
    expect(read('lib/crm/adapters/deskpro.ts')).toContain("id: 'deskpro'");
    expect(read('lib/crm/adapters/deskpro.ts').match(/registerAdapter\(/g)).toHaveLength(1);
    const imports = read('lib/crm/adapter-list.ts').split('\n').filter((l) => l.startsWith("import './adapters/"));
    expect(imports).toContain("import './adapters/deskpro';");
    expect(imports).toEqual([...imports].sort());
    expect(read('tests/fixtures/crm/deskpro.html')).toContain('class="deskpro-ticket"');
    expect(read('tests/unit/crm/adapters/deskpro.test.ts')).toContain("loadFixture('deskpro'");
  });

  it('new:inserter writes the family file (registered by being there), its fixture and test', () => {
    const r = run('inserter', 'froala');
    expect(r.status, r.stderr).toBe(0);
    expect(read('lib/editors/families/froala.ts')).toContain("id: 'froala'");
    expect(existsSync(join(copy, 'tests/fixtures/editors/froala.html'))).toBe(true);
    expect(read('tests/unit/editors/families/froala.test.ts')).toContain("@/lib/editors/families/froala");
  });

  it('refuses a taken id or a malformed one, writing nothing', () => {
    const list = read('lib/crm/adapter-list.ts');
    const taken = run('adapter', 'zendesk');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('lib/crm/adapters/zendesk.ts already exists');
    expect(existsSync(join(copy, 'tests/fixtures/crm/zendesk.html'))).toBe(false);
    expect(run('adapter', 'Desk Pro').stderr).toContain('is not an id');
    expect(run('widget', 'x').stderr).toContain('npm run new:adapter');
    expect(read('lib/crm/adapter-list.ts')).toBe(list);
  });
});
