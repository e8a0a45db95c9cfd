/**
 * One open pack folder as the studio serves it: the files on disk, the trainer's drafts over them, and what the
 * validator says about the result, each problem placed at the form field it is about.
 */
import { problemWords } from '@/knowledge/pack/problem-words';
import type { Lang } from '@/knowledge/types';
import type { BrokenFile, CheckReply, Draft, EntryDoc, EntrySummary, SaveReply, StudioProblem, StudioState } from '../model/api';
import { slugify, type EntryForm, type PackForm } from '../model/entry-form';
import { readEntryMarkdown, writeEntryMarkdown, type ReadResult } from '../model/entry-markdown';
import { readPackYaml, writePackYaml } from '../model/pack-yaml';
import { DraftStore } from './drafts';
import { PackFolder, assertInside, type FileRecord } from './folder';
import { fieldOfProblem } from './problem-fields';
import { PackChecker, type Checked } from './pack-check';

export const PACK_FILE = 'pack.yaml';
const isEntryFile = (rel: string) => /\.md$/i.test(rel) && !/(^|\/)(readme|changelog)\.md$/i.test(rel);
const NEW = 'new:';

export class Workspace {
  readonly folder: PackFolder;
  readonly drafts: DraftStore;
  private readonly checker = new PackChecker();
  private readonly parsed = new Map<string, ReadResult>();

  constructor(readonly dir: string, readonly bundled: boolean) {
    this.folder = new PackFolder(dir);
    this.drafts = new DraftStore(dir);
  }

  open(): void {
    this.folder.scan();
    this.drafts.open();
  }

  close(): void {
    this.drafts.close();
    this.checker.close();
  }

  private read(record: FileRecord): ReadResult {
    if (record.text === undefined) return { ok: false, line: 1, message: record.decodeError ?? 'not text' };
    let r = this.parsed.get(record.hash);
    if (!r) {
      r = readEntryMarkdown(record.text);
      this.parsed.set(record.hash, r);
    }
    return r;
  }

  private packForm(): PackForm | undefined {
    const draft = this.drafts.get(PACK_FILE);
    if (draft) return draft.form as PackForm;
    const text = this.folder.get(PACK_FILE)?.text;
    const r = text === undefined ? undefined : readPackYaml(text);
    return r?.ok ? r.form : undefined;
  }

  packLang(): Lang {
    const lang = this.packForm()?.lang;
    return lang === 'en' ? 'en' : 'el';
  }

  /** Where a new entry's draft is checked (and first saved): sops/<id>.md or templates/<id>.md. */
  private newPath(draft: Pick<Draft, 'key' | 'form'>): string {
    const form = draft.form as EntryForm;
    const id = slugify(form.id || form.title) || 'new-entry';
    return this.folder.freePath(form.type === 'sop' ? 'sops' : 'templates', id);
  }

  /** The entry's Markdown as it would be written now: the form over the file as it is on disk. */
  private markdownOf(form: EntryForm, file: string | undefined) {
    const current = file ? this.folder.get(file)?.text : undefined;
    return writeEntryMarkdown(form, this.packLang(), current);
  }

  /** The folder as it would be with every draft written. */
  private snapshot(): { files: Map<string, string | Uint8Array>; drafted: Map<string, Draft> } {
    const files = new Map<string, string | Uint8Array>();
    const drafted = new Map<string, Draft>();
    for (const r of this.folder.files.values()) files.set(r.rel, r.text ?? new TextEncoder().encode(`\u0000${r.decodeError}`));
    for (const d of this.drafts.list()) {
      if (d.kind === 'pack') {
        files.set(PACK_FILE, writePackYaml(d.form as PackForm, this.folder.get(PACK_FILE)?.text).yaml);
        continue;
      }
      const file = d.file ?? this.newPath(d);
      files.set(file, this.markdownOf(d.form as EntryForm, d.file).markdown);
      drafted.set(file, d);
    }
    return { files, drafted };
  }

  checked(): Checked & { drafted: Map<string, Draft> } {
    const { files, drafted } = this.snapshot();
    const checked = this.checker.check(files);
    return { ...checked, problems: checked.problems.map((p) => this.atEditedSide(p, drafted)), drafted };
  }

  /**
   * The validator blames a shortcut clash on whichever file sorts second, so a new draft given a saved template's
   * shortcut marked the older, saved template red. The entry being edited carries it: a draft over a saved file,
   * the newer draft of two, or (neither a draft) the file changed last; said from its side, naming the other.
   */
  private atEditedSide(p: StudioProblem, drafted: Map<string, Draft>): StudioProblem {
    const where = p.code === 'shortcut.duplicate' ? p.params?.where : undefined;
    const at = typeof where === 'string' ? /^(.*?)(?::(\d+))?$/.exec(where) : null;
    const other = at?.[1];
    if (!at || !other || other === p.file) return p;
    // Drafts first, the newest of them; then the file written last.
    const rank = (file: string) => {
      const draft = drafted.get(file);
      return draft ? [1, draft.savedAt] : [0, this.folder.get(file)?.mtimeMs ?? 0];
    };
    const [blamed, named] = [rank(p.file), rank(other)];
    if (named[0]! < blamed[0]! || (named[0] === blamed[0] && named[1]! <= blamed[1]!)) return p;
    const { line: _line, ...rest } = p;
    const moved = { ...rest, file: other, ...(at[2] ? { line: Number(at[2]) } : {}) };
    return this.seenFromHere(moved, p.file, drafted.get(p.file)?.form as EntryForm | undefined);
  }

  state(): StudioState {
    const checked = this.checked();
    const { drafted } = checked;
    // A folder with no pack yet: the home page says so with the way to create it, so the validator's «not a pack
    // folder» is not also counted as the new pack's first error (a trainer who ran --new met «1 σφάλμα» in red).
    const problems = checked.problems.filter((p) => p.code !== 'load.noPackYaml');
    const byFile = new Map<string, StudioProblem[]>();
    for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    const count = (file: string, severity: 'error' | 'warning') => (byFile.get(file) ?? []).filter((p) => p.severity === severity).length;
    const entries: EntrySummary[] = [];
    const broken: BrokenFile[] = [];
    for (const record of [...this.folder.files.values()].sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
      if (!isEntryFile(record.rel)) continue;
      const draft = drafted.get(record.rel);
      const r = draft ? ({ ok: true, form: draft.form } as ReadResult) : this.read(record);
      if (!r.ok) {
        broken.push({ file: record.rel, hash: record.hash, line: r.line, message: r.message });
        continue;
      }
      const f = r.form;
      entries.push({
        file: record.rel, hash: record.hash, id: f.id, type: f.type, title: f.title,
        ...(f.type === 'template' && f.shortcut ? { shortcut: f.shortcut, formality: f.formality } : {}),
        errors: count(record.rel, 'error'), warnings: count(record.rel, 'warning'), draft: Boolean(draft),
      });
    }
    const packRecord = this.folder.get(PACK_FILE);
    const packRead = packRecord?.text !== undefined ? readPackYaml(packRecord.text) : undefined;
    const entryFiles = new Set([...entries.map((e) => e.file), ...broken.map((b) => b.file), ...drafted.keys()]);
    return {
      folder: this.dir,
      bundled: this.bundled,
      revision: this.folder.revision,
      packLang: this.packLang(),
      pack: {
        hash: packRecord?.hash ?? null,
        ...(this.packForm() ? { form: this.packForm() } : {}),
        ...(packRead && !packRead.ok ? { error: { line: packRead.line, message: packRead.message } } : {}),
        ...(this.drafts.get(PACK_FILE) ? { draft: this.drafts.get(PACK_FILE) } : {}),
      },
      entries,
      broken,
      newDrafts: this.drafts.list().filter((d) => d.key.startsWith(NEW)).map((d) => {
        const checkedAt = this.newPath(d);
        return { ...d, checkedAt, errors: count(checkedAt, 'error'), warnings: count(checkedAt, 'warning') };
      }),
      packProblems: problems.filter((p) => !entryFiles.has(p.file)).map((p) => (p.file === PACK_FILE ? { ...p, field: fieldOfProblem(p, []) } : p)),
      counts: { errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warning').length },
    };
  }

  entry(file: string): EntryDoc {
    assertInside(file);
    const record = this.folder.get(file);
    if (!record) throw new NotFound(file);
    const r = this.read(record);
    const draft = this.drafts.get(file);
    return {
      file, hash: record.hash, markdown: record.text ?? '',
      ...(r.ok ? { form: r.form } : { error: { line: r.line, message: r.message } }),
      ...(draft ? { draft } : {}),
    };
  }

  /** Keeps the draft and checks the pack with it: this entry's problems at their fields, and its file's text. */
  check(key: string, file: string | undefined, baseHash: string | null, form: EntryForm, edited = true): CheckReply {
    if (file) assertInside(file);
    const written = this.markdownOf(form, file);
    // An edit that reads exactly as the file (undone, or never made) is no draft. Nor is a form nobody touched whose
    // file changed on disk while its check was on the way (git pull just after opening it): kept as a draft, the old
    // text would come back as the trainer's edit and the file's change would wait behind a conflict.
    const record = file ? this.folder.get(file) : undefined;
    if (record && record.hash === baseHash && record.text === written.markdown) this.drafts.remove(key);
    else if (edited) this.drafts.save({ key, kind: 'entry', ...(file ? { file } : {}), baseHash, form, savedAt: Date.now() });
    const { problems, drafted } = this.checked();
    const at = file ?? this.newPath({ key, form });
    const mine = problems.filter((p) => p.file === at || (p.file !== at && p.message.includes(at)));
    return {
      markdown: written.markdown,
      problems: mine.map((p) =>
        p.file === at ? { ...p, field: fieldOfProblem(p, written.fields) } : { ...this.seenFromHere(p, p.file, drafted.get(p.file)?.form as EntryForm | undefined), file: at, field: fieldOfProblem({ ...p, line: undefined }, []) },
      ),
    };
  }

  /**
   * A problem the validator reported at another file that names this one (a shortcut both use), said from this
   * entry's side: the other entry is the one to name, by its title.
   */
  private seenFromHere(p: StudioProblem, otherFile = p.file, otherDraft?: EntryForm): StudioProblem {
    if (p.code !== 'shortcut.duplicate') return p;
    const record = this.folder.get(otherFile);
    const other = otherDraft ? ({ ok: true, form: otherDraft } as const) : record ? this.read(record) : undefined;
    const name = other?.ok ? other.form.title || other.form.id : otherFile;
    const params = { ...p.params, other: name, where: otherFile };
    return { ...p, params, message: problemWords({ code: p.code, params }, 'en') };
  }

  /**
   * Writes the entry if its file is still what the edit started from; otherwise hands back what the file holds now.
   * An entry saved before its title was written to `new-entry.md`; saved with a title, it moves to the name its id
   * gives (a free one), so the folder does not fill with new-entry-2, -3 … that say nothing of what they hold.
   */
  async save(key: string, file: string | undefined, baseHash: string | null, form: EntryForm): Promise<SaveReply> {
    const target = file ?? this.newPath({ key, form });
    assertInside(target);
    const markdown = this.markdownOf(form, file).markdown;
    const named = file && baseHash ? this.nameFromId(file, form) : undefined;
    const outcome = named && baseHash
      ? await this.folder.move(target, named.folder, named.id, markdown, baseHash)
      : await this.folder.write(target, markdown, file ? baseHash : null);
    if (!outcome.ok) return this.conflict(outcome.current);
    this.drafts.remove(key);
    return { ok: true, file: outcome.record.rel, hash: outcome.record.hash };
  }

  /**
   * Where an entry's file moves on this save: only a file the studio named `new-entry` because the entry had no
   * title and no id when it was first saved, now that the form has both. A name the trainer's title or id gave, or
   * one they chose themselves, is theirs and stays.
   */
  private nameFromId(file: string, form: EntryForm): { folder: string; id: string } | undefined {
    const placeholder = /^(.+)\/new-entry(?:-\d+)?\.md$/.exec(file);
    const id = slugify(form.id);
    const record = this.folder.get(file);
    // An id that is itself «new-entry» would only move the file to new-entry-2.md.
    if (!placeholder || !id || /^new-entry(?:-\d+)?$/.test(id) || !form.title.trim() || !record) return undefined;
    const before = this.read(record);
    if (!before.ok || before.form.title.trim() || before.form.id.trim()) return undefined;
    return { folder: placeholder[1]!, id };
  }

  private conflict(current: FileRecord | undefined): SaveReply {
    const r = current ? this.read(current) : undefined;
    return { ok: false, conflict: { hash: current?.hash ?? null, ...(current?.text !== undefined ? { markdown: current.text } : {}), ...(r?.ok ? { form: r.form } : {}) } };
  }

  discard(key: string): void {
    this.drafts.remove(key);
  }

  async remove(file: string, baseHash: string): Promise<SaveReply> {
    const outcome = await this.folder.remove(file, baseHash);
    if (!outcome.ok) return this.conflict(outcome.current);
    this.drafts.remove(file);
    return { ok: true, file, hash: '' };
  }

  packCheck(baseHash: string | null, form: PackForm): { yaml: string; problems: StudioProblem[] } {
    const record = this.folder.get(PACK_FILE);
    const written = writePackYaml(form, record?.text);
    if (record && record.hash === baseHash && record.text === written.yaml) this.drafts.remove(PACK_FILE);
    else this.drafts.save({ key: PACK_FILE, kind: 'pack', file: PACK_FILE, baseHash, form, savedAt: Date.now() });
    const { problems } = this.checked();
    return { yaml: written.yaml, problems: problems.filter((p) => p.file === PACK_FILE).map((p) => ({ ...p, field: fieldOfProblem(p, written.fields) })) };
  }

  async packSave(baseHash: string | null, form: PackForm): Promise<SaveReply> {
    const outcome = await this.folder.write(PACK_FILE, writePackYaml(form, this.folder.get(PACK_FILE)?.text).yaml, baseHash);
    if (!outcome.ok) {
      const text = outcome.current?.text;
      const r = text === undefined ? undefined : readPackYaml(text);
      return { ok: false, conflict: { hash: outcome.current?.hash ?? null, ...(text !== undefined ? { markdown: text } : {}), ...(r?.ok ? { form: r.form } : {}) } };
    }
    this.drafts.remove(PACK_FILE);
    return { ok: true, file: PACK_FILE, hash: outcome.record.hash };
  }
}

/** A file the page named is gone from the folder (deleted or renamed outside the studio). */
export class NotFound extends Error {
  constructor(readonly file: string) {
    super(`${file} is no longer in the folder`);
  }
}
