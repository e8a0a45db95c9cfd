import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { formatProblem, type Problem } from '../../../knowledge/pack';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');
/** A day after every review date in the good fixture, before the bad fixture's 2020 dates. */
export const NOW = new Date('2026-01-15T10:00:00Z');

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-pack-'));
  temps.push(dir);
  return dir;
}

/** A temporary copy of a fixture folder to modify. */
export function copyFixture(name: string): string {
  const dir = join(tempDir(), name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export const lines = (problems: Problem[]) => problems.map((p) => formatProblem(p));
