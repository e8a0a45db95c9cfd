// @vitest-environment node
// Hundreds of hostile packs through the CLI's own path (loadPack, then `odigos validate` / `odigos build` in
// process, a sample as real subprocesses): none may crash, hang or be accepted; each gets a message.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../knowledge/cli/main';
import { compilePack, loadPack, serializePack } from '../../../knowledge/node';
import { MAX_PACK_BYTES } from '../../../knowledge/pack/rules';
import { compiledMutants, sourceMutants, validControls, writeSourceMutant } from '../../support/hostile-packs';
import { odigos } from '../cli/run';
import { GOOD, NOW, tempDir } from './helpers';

/**
 * A mutant that makes the check loop (or go quadratic) burns CPU: the limit is on this process's CPU time, which a
 * loaded machine does not inflate (wall time did: the million-{{ body took 13 s of wall for ~2 s of CPU under load
 * 6). A check that waits forever without CPU is caught by the test's own timeout.
 */
const HANG_CPU_MS = 10_000;
const counts = { compiled: 0, source: 0, refused: 0, crashed: 0, hung: 0, accepted: 0 };
afterAll(() => console.log(`hostile packs through the CLI: ${JSON.stringify(counts)}`));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (out += `${t}\n`) };
  return { code: await runCli(args, io), out };
}

/** Runs `check` on one mutant, counting what happened; returns the failure to report, if any. */
async function judge(name: string, check: () => Promise<{ accepted: boolean; message: string }>): Promise<string | undefined> {
  const started = process.cpuUsage();
  let result: { accepted: boolean; message: string };
  try {
    result = await check();
  } catch (e) {
    counts.crashed++;
    return `${name}: crashed: ${(e as Error).stack ?? String(e)}`;
  }
  const used = process.cpuUsage(started);
  const ms = Math.round((used.user + used.system) / 1000);
  if (ms > HANG_CPU_MS) {
    counts.hung++;
    return `${name}: took ${ms} ms of CPU`;
  }
  if (result.accepted) {
    counts.accepted++;
    return `${name}: accepted`;
  }
  if (!result.message.trim()) return `${name}: refused without a message`;
  counts.refused++;
  return undefined;
}

describe('hostile compiled packs through odigos validate', () => {
  const valid = compilePack(GOOD, { now: NOW });
  const mutants = compiledMutants(valid, { maxBytes: MAX_PACK_BYTES });

  it('derives hundreds of them from one valid pack', () => {
    expect(mutants.length).toBeGreaterThan(500);
  });

  it('refuses every one with a message: no crash, no hang, none accepted', async () => {
    const dir = tempDir();
    const failures: string[] = [];
    for (const [i, m] of mutants.entries()) {
      const file = join(dir, `m${i}.json`);
      writeFileSync(file, m.bytes);
      counts.compiled++;
      // Every whole-file mutant and a fifth of the field mutants also through the command (which checks signatures
      // too); loadPack, which the commands share, sees them all.
      const viaCommand = !m.name.startsWith('.') || i % 5 === 0;
      const failure = await judge(m.name, async () => {
        const loaded = loadPack(file, { now: NOW });
        const run = viaCommand ? await cli('validate', file) : { code: loaded.pack ? 0 : 1, out: loaded.problems.map((p) => p.message).join('\n') };
        return { accepted: loaded.pack !== undefined && run.code === 0, message: run.code === 0 ? '' : run.out };
      });
      rmSync(file);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('accepts the valid variations, storing what was checked', () => {
    const dir = tempDir();
    for (const [i, m] of validControls(valid).entries()) {
      const file = join(dir, `ok${i}.json`);
      writeFileSync(file, m.bytes);
      const { pack, problems } = loadPack(file, { now: NOW });
      expect(problems.filter((p) => p.severity === 'error'), m.name).toEqual([]);
      expect(pack, m.name).toBeDefined();
      expect(Object.keys(pack!).sort(), m.name).toEqual(Object.keys(JSON.parse(serializePack(valid))).sort());
    }
  });

  it('a sample: a broken pack exits 1 with its problems on stdout, what is no pack at all exits 5 with one message', async () => {
    const dir = tempDir();
    for (const m of mutants.filter((_, i) => i % Math.ceil(mutants.length / 6) === 0)) {
      const file = join(dir, 'sample.json');
      writeFileSync(file, m.bytes);
      const r = await odigos('validate', file);
      if (r.code === 5) {
        expect(r.stderr, m.name).toMatch(new RegExp(`^odigos validate: ${file}: [^\n]+; give the pack\.json that odigos build writes, or a pack source folder\n$`));
        expect(r.stdout, m.name).toBe('');
        continue;
      }
      expect(r.code, m.name).toBe(1);
      expect(r.stdout, m.name).toMatch(/error: /);
      expect(r.stderr, m.name).toBe('');
    }
  }, 120_000);
});

describe('hostile source folders through odigos build', () => {
  const mutants = sourceMutants(GOOD);

  it('refuses every one, writes no pack, and names the file', async () => {
    expect(mutants.length).toBeGreaterThan(100);
    const root = tempDir();
    const failures: string[] = [];
    for (const [i, m] of mutants.entries()) {
      const dir = join(root, `s${i}`);
      writeSourceMutant(GOOD, dir, m);
      const out = join(root, `out${i}`);
      mkdirSync(out);
      counts.source++;
      const failure = await judge(m.name, async () => {
        const loaded = loadPack(dir, { now: NOW });
        const run = await cli('build', dir, '-o', join(out, 'pack.json'));
        return { accepted: loaded.pack !== undefined || run.code === 0 || readdirSync(out).length > 0, message: run.out };
      });
      if (failure) failures.push(failure);
      rmSync(dir, { recursive: true });
      rmSync(out, { recursive: true });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
