/**
 * Unsaved edits, kept on disk beside the pack until they are written or discarded, so a crash of the browser, of the
 * studio or of the machine loses nothing: `<pack>/.odigos-studio/drafts/<session>/`. On disk rather than in the
 * browser's storage because the studio's address changes with its port on every run (and storage is per address),
 * and because a draft belongs to the folder, not to one browser profile. Each studio has its own session folder, so
 * two studios on one folder never mix their drafts; a studio that starts adopts the drafts of sessions whose process
 * is gone. The pack reader skips dot-folders and the folder ignores itself in git, so nothing of this is published.
 */
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '@/knowledge/node/write';
import type { Draft } from '../model/api';
import { STUDIO_DIR } from './folder';

interface Owner {
  pid: number;
  host: string;
  started: number;
}

function alive(owner: Owner | undefined): boolean {
  if (!owner) return false;
  if (owner.host !== hostname()) return true; // another machine's studio: not ours to judge
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const fileOf = (key: string) => `${createHash('sha1').update(key).digest('hex').slice(0, 20)}.json`;

export class DraftStore {
  readonly session = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly root: string;
  private readonly dir: string;

  constructor(packDir: string) {
    this.root = join(packDir, STUDIO_DIR, 'drafts');
    this.dir = join(this.root, this.session);
  }

  /** Creates this session's folder and adopts drafts left by studios that are no longer running. */
  open(): void {
    mkdirSync(this.dir, { recursive: true });
    const ignore = join(this.root, '..', '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '# Odigos studio: drafts and locks, never part of the pack\n*\n');
    const owner: Owner = { pid: process.pid, host: hostname(), started: Date.now() };
    writeFileSync(join(this.dir, 'owner.json'), JSON.stringify(owner));
    for (const other of readdirSync(this.root)) {
      if (other === this.session) continue;
      const otherDir = join(this.root, other);
      let theirs: Owner | undefined;
      try {
        theirs = JSON.parse(readFileSync(join(otherDir, 'owner.json'), 'utf8')) as Owner;
      } catch {
        theirs = undefined;
      }
      if (alive(theirs)) continue;
      for (const f of readdirSync(otherDir)) {
        if (f === 'owner.json' || !f.endsWith('.json')) continue;
        // A draft this session already has for the same entry is newer: keep ours.
        if (!existsSync(join(this.dir, f))) renameSync(join(otherDir, f), join(this.dir, f));
      }
      rmSync(otherDir, { recursive: true, force: true });
    }
  }

  list(): Draft[] {
    const out: Draft[] = [];
    for (const f of readdirSync(this.dir)) {
      if (f === 'owner.json' || !f.endsWith('.json')) continue;
      try {
        out.push(JSON.parse(readFileSync(join(this.dir, f), 'utf8')) as Draft);
      } catch {
        // A draft cut off mid-write cannot be trusted; the atomic write makes this a foreign file.
      }
    }
    return out.sort((a, b) => a.savedAt - b.savedAt);
  }

  get(key: string): Draft | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, fileOf(key)), 'utf8')) as Draft;
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    writeFileAtomic(join(this.dir, fileOf(draft.key)), JSON.stringify(draft));
  }

  remove(key: string): void {
    rmSync(join(this.dir, fileOf(key)), { force: true });
  }

  /** On a clean stop: an empty session folder goes; one with drafts stays for the next studio to adopt. */
  close(): void {
    if (this.list().length === 0) rmSync(this.dir, { recursive: true, force: true });
    else rmSync(join(this.dir, 'owner.json'), { force: true });
  }
}
