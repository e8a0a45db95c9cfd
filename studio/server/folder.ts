/**
 * The pack folder on disk, which stays the source of truth: what each file holds now (bytes, text, a content hash),
 * noticed again when anything changes it (an editor, git, another studio), and written only against the hash the
 * trainer's edit started from. A write whose base no longer matches is refused with what the file holds now, so
 * nobody's change is overwritten blindly; writes are atomic (temporary file, then rename) under a lock shared
 * with every studio on the folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText } from '@/knowledge/pack/text-file';
import { writeFileAtomic } from '@/knowledge/node/write';
import { withLock } from './lock';

/** The studio's own folder inside the pack folder: drafts and locks. The pack reader skips dot-folders. */
export const STUDIO_DIR = '.odigos-studio';

export interface FileRecord {
  /** Path inside the pack folder, '/'-separated. */
  rel: string;
  hash: string;
  mtimeMs: number;
  size: number;
  /** The text with line endings made '\n' and no BOM; undefined when the file is no UTF-8 text. */
  text?: string;
  /** Why the file cannot be read as text. */
  decodeError?: string;
  /** Written with CRLF line endings / a BOM: kept that way when the studio writes the file. */
  crlf: boolean;
  bom: boolean;
}

export type WriteOutcome = { ok: true; record: FileRecord } | { ok: false; current?: FileRecord };

const PACK_FILES = /\.(md|ya?ml)$/i;
/** Bigger than any pack file a person writes: read no further (the validator reports it). */
const MAX_FILE = 5 * 1024 * 1024;

export const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

function readRecord(dir: string, rel: string): FileRecord | undefined {
  const path = join(dir, ...rel.split('/'));
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  if (!st.isFile()) return undefined;
  if (st.size > MAX_FILE) {
    return { rel, hash: `size:${st.size}:${st.mtimeMs}`, mtimeMs: st.mtimeMs, size: st.size, decodeError: 'file too large', crlf: false, bom: false };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { rel, hash: `unreadable:${st.mtimeMs}`, mtimeMs: st.mtimeMs, size: st.size, decodeError: `cannot read: ${(e as NodeJS.ErrnoException).code}`, crlf: false, bom: false };
  }
  const decoded = decodeText(bytes);
  const base = { rel, hash: hashOf(bytes), mtimeMs: st.mtimeMs, size: st.size, crlf: bytes.includes(13), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  return decoded.ok ? { ...base, text: decoded.text } : { ...base, decodeError: decoded.message };
}

/** The bytes to write for `text`, in the line endings and BOM the file had. */
export function encodeLike(text: string, like?: Pick<FileRecord, 'crlf' | 'bom'>): string {
  const body = like?.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return like?.bom ? `\uFEFF${body}` : body;
}

export class PackFolder {
  readonly files = new Map<string, FileRecord>();
  /** Goes up whenever what is on disk changes (read by the studio's long poll). */
  revision = 0;
  /** Told after every change, ours or another program's. */
  onChange: () => void = () => undefined;

  private changed(): void {
    this.revision++;
    this.onChange();
  }

  constructor(readonly dir: string) {}

  /** Every .md and .yaml file below the folder (dot-folders and node_modules skipped), '/'-separated. */
  private list(sub = '', out: string[] = []): string[] {
    let entries;
    try {
      entries = readdirSync(join(this.dir, sub), { withFileTypes: true });
    } catch {
      return out;
    }
    for (const d of entries) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory()) this.list(rel, out);
      else if (d.isFile() && PACK_FILES.test(d.name)) out.push(rel);
    }
    return out;
  }

  /** Reads what changed since the last scan (by size and mtime, then by content); returns the changed paths. */
  scan(): string[] {
    const changed: string[] = [];
    const seen = new Set(this.list());
    for (const rel of seen) {
      const known = this.files.get(rel);
      let st;
      try {
        st = statSync(join(this.dir, ...rel.split('/')));
      } catch {
        continue;
      }
      if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) continue;
      const record = readRecord(this.dir, rel);
      if (!record) continue;
      if (known?.hash !== record.hash) changed.push(rel);
      this.files.set(rel, record);
    }
    for (const rel of [...this.files.keys()]) {
      if (!seen.has(rel)) {
        this.files.delete(rel);
        changed.push(rel);
      }
    }
    if (changed.length) this.changed();
    return changed;
  }

  get(rel: string): FileRecord | undefined {
    return this.files.get(rel);
  }

  private lockDir(): string {
    return join(this.dir, STUDIO_DIR, 'locks');
  }

  /**
   * Writes `text` to `rel` if the file is still what `baseHash` says (null: the file must not exist yet).
   * Checked and written under the folder's lock, so two studios cannot interleave between check and write.
   */
  async write(rel: string, text: string, baseHash: string | null): Promise<WriteOutcome> {
    assertInside(rel);
    return withLock(this.lockDir(), async () => {
      const current = readRecord(this.dir, rel);
      if ((current?.hash ?? null) !== baseHash) return { ok: false, current };
      writeFileAtomic(join(this.dir, ...rel.split('/')), encodeLike(text, current));
      const record = readRecord(this.dir, rel)!;
      this.files.set(rel, record);
      this.changed();
      return { ok: true, record };
    });
  }

  /** Deletes `rel` if it is still what `baseHash` says. */
  async remove(rel: string, baseHash: string): Promise<WriteOutcome> {
    assertInside(rel);
    return withLock(this.lockDir(), async () => {
      const current = readRecord(this.dir, rel);
      if (!current || current.hash !== baseHash) return { ok: false, current };
      rmSync(join(this.dir, ...rel.split('/')));
      this.files.delete(rel);
      this.changed();
      return { ok: true, record: current };
    });
  }

  /**
   * Moves `from` to a free name `<folder>/<id>.md` (…-2.md when taken) with `text`, if `from` is still what
   * `baseHash` says: the name picked, the new file written and the old one deleted under the folder's lock, so no
   * other writer takes the name in between or sees both files.
   */
  async move(from: string, folder: string, id: string, text: string, baseHash: string): Promise<WriteOutcome> {
    assertInside(from);
    return withLock(this.lockDir(), async () => {
      const current = readRecord(this.dir, from);
      if (!current || current.hash !== baseHash) return { ok: false, current };
      const to = this.freePath(folder, id);
      assertInside(to);
      writeFileAtomic(join(this.dir, ...to.split('/')), encodeLike(text, current));
      rmSync(join(this.dir, ...from.split('/')));
      this.files.delete(from);
      const record = readRecord(this.dir, to)!;
      this.files.set(to, record);
      this.changed();
      return { ok: true, record };
    });
  }

  /** A path for a new file that does not exist yet: `templates/<id>.md`, else `templates/<id>-2.md` … */
  freePath(folder: string, id: string): string {
    for (let n = 1; ; n++) {
      const rel = `${folder}/${id}${n === 1 ? '' : `-${n}`}.md`;
      if (!this.files.has(rel) && !existsSync(join(this.dir, ...rel.split('/')))) return rel;
    }
  }
}

export class NotPackPath extends Error {
  constructor(readonly path: string) {
    super(`not a pack file path: ${JSON.stringify(path)}`);
  }
}

/** A relative path the client sends must stay inside the pack folder and out of the studio's own folder. */
export function assertInside(rel: string): void {
  const parts = rel.split('/');
  if (!rel || rel.startsWith('/') || rel.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.')) || !PACK_FILES.test(rel)) {
    throw new NotPackPath(rel);
  }
}

export function relPath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
