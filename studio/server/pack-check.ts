/**
 * The one place the studio asks the pack validator and compiler (knowledge/pack) for their verdict, so a change
 * there (new checks, a schema library underneath) is one edit here. What is checked is the folder as the trainer
 * will save it: the files on disk with the unsaved drafts in their place. The compiler reads a folder, so that
 * snapshot is mirrored into a private temporary folder (only changed files are rewritten) and compiled exactly as
 * `odigos validate` and `odigos build` do: every problem they know, nothing the studio guesses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileSource } from '@/knowledge/node/compile';
import { withoutPrefix } from '@/knowledge/pack/problem-words';
import type { CompiledPack } from '@/knowledge/types';
import type { StudioProblem } from '../model/api';

export interface Checked {
  problems: StudioProblem[];
  /** The compiled pack, when there are no errors. */
  pack?: CompiledPack;
}

export class PackChecker {
  private readonly root = mkdtempSync(join(tmpdir(), 'odigos-studio-'));
  private readonly mirrored = new Map<string, string>();
  private last?: { key: string; result: Checked };

  /** Problems (and the pack) of a folder holding exactly `files` (path → text, or bytes that are not text). */
  check(files: ReadonlyMap<string, string | Uint8Array>, now = new Date()): Checked {
    const digest = createHash('sha256');
    const hashes = new Map<string, string>();
    for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const h = createHash('sha256').update(content).digest('hex');
      hashes.set(rel, h);
      digest.update(`${rel}\u0000${h}\u0000`);
    }
    const key = `${digest.digest('hex')}@${now.toDateString()}`;
    if (this.last?.key === key) return this.last.result;
    this.mirror(files, hashes);
    const { pack, problems } = compileSource(this.root, { now });
    const prefix = `${this.root}/`;
    const result: Checked = {
      ...(pack ? { pack } : {}),
      problems: problems.map((p) => ({
        file: p.file === this.root ? '' : p.file.startsWith(prefix) ? p.file.slice(prefix.length) : p.file,
        ...(p.line ? { line: p.line } : {}),
        severity: p.severity,
        code: p.code,
        ...(p.params ? { params: withoutPrefix(p.params, prefix) } : {}),
        message: p.message.split(prefix).join(''),
      })),
    };
    this.last = { key, result };
    return result;
  }

  private mirror(files: ReadonlyMap<string, string | Uint8Array>, hashes: Map<string, string>): void {
    for (const [rel, content] of files) {
      if (this.mirrored.get(rel) === hashes.get(rel)) continue;
      const path = join(this.root, ...rel.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      this.mirrored.set(rel, hashes.get(rel)!);
    }
    for (const rel of [...this.mirrored.keys()]) {
      if (files.has(rel)) continue;
      rmSync(join(this.root, ...rel.split('/')), { force: true });
      this.mirrored.delete(rel);
    }
  }

  close(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
