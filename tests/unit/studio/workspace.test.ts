// @vitest-environment node
import { problemWords } from '../../../knowledge/pack/problem-words';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileSource } from '../../../knowledge/node/compile';
import { emptySop, emptyTemplate, type SopForm, type TemplateForm } from '../../../studio/model/entry-form';
import { previewPublish, publish, typedPath } from '../../../studio/server/publish';
import { Workspace } from '../../../studio/server/workspace';

const made: string[] = [];
const opened: Workspace[] = [];
afterEach(() => {
  for (const ws of opened.splice(0)) ws.close();
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-ws-'));
  made.push(dir);
  return dir;
}

function put(dir: string, rel: string, text: string) {
  const path = join(dir, ...rel.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function openWs(dir: string): Workspace {
  const ws = new Workspace(dir, false);
  ws.open();
  opened.push(ws);
  return ws;
}

const PACK = 'id: acme-support\nname: Acme support\nversion: 1.0.0\nlang: el\n';

const sop = (): SopForm => ({
  ...emptySop(),
  id: 'lost-parcel',
  title: 'Χαμένο δέμα',
  department: 'Εξυπηρέτηση',
  purpose: 'Να βρεθεί το δέμα ή να γίνει επιστροφή χρημάτων.',
  triggers: ['δεν ήρθε το δέμα', 'xathike to dema'],
  steps: [
    { text: 'Ζητήστε τον αριθμό παραγγελίας. [[parcel-sorry]]', branches: [{ otherwise: false, condition: 'το δέμα παραδόθηκε', goto: '3' }] },
    { text: 'Ανοίξτε έρευνα στη μεταφορική.', branches: [] },
    { text: 'Ενημερώστε τον πελάτη.', branches: [] },
  ],
});

const template = (): TemplateForm => ({
  ...emptyTemplate(),
  id: 'parcel-sorry',
  title: 'Συγγνώμη για το δέμα',
  shortcut: 'dema',
  tone: 'apology',
  triggers: ['πού είναι το δέμα μου'],
  body: '{{customer.salutation}},\n\nλυπούμαστε που το δέμα σας καθυστερεί.',
});

describe('the studio workspace (a pack folder with drafts over it)', () => {
  it('writes forms as clean Markdown the CLI compiles, with the SOP’s steps, branches and links', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    expect((await ws.save('new:t', undefined, null, template())).ok).toBe(true);
    const saved = await ws.save('new:s', undefined, null, sop());
    expect(saved).toMatchObject({ ok: true, file: 'sops/lost-parcel.md' });
    const md = readFileSync(join(dir, 'sops/lost-parcel.md'), 'utf8');
    expect(md).toMatch(/^---\n/);
    expect(md).toContain('1. Ζητήστε τον αριθμό παραγγελίας. [[parcel-sorry]]');
    expect(md).toMatch(/Αν: το δέμα παραδόθηκε → βήμα 3/);
    const { pack, problems } = compileSource(dir);
    expect(problems).toEqual([]);
    expect(pack?.entries.map((e) => e.id).sort()).toEqual(['lost-parcel', 'parcel-sorry']);
  });

  it('an empty folder (odigos studio --new) has no pack yet, not an error: the home page says so with the way to create it', () => {
    const ws = openWs(tempDir());
    const state = ws.state();
    expect(state.pack.hash).toBeNull();
    expect(state.counts).toEqual({ errors: 0, warnings: 0 });
    expect(state.packProblems).toEqual([]);
  });

  it('puts each problem at its form field, with the validator’s own words', () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    const bad = { ...sop(), purpose: '', firstResponse: '15 λεπτά', steps: [{ text: 'Ένα', branches: [{ otherwise: false, condition: 'x', goto: '9' }] }] };
    const { problems } = ws.check('new:x', undefined, null, bad);
    const at = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
    expect(at('purpose').join()).toMatch(/purpose/);
    expect(at('firstResponse').join()).toMatch(/15 λεπτά/);
    expect(problems.some((p) => p.field?.startsWith('steps.0') && /step 9/.test(p.message))).toBe(true);
  });

  it('refuses an over-long template text, purpose, step or term meaning at its own form field', () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    const long = (n: number) => 'Λυπούμαστε. '.repeat(Math.ceil(n / 12));
    const body = ws.check('new:t', undefined, null, { ...template(), body: long(20_001) }).problems;
    expect(body.filter((p) => p.field === 'body').map((p) => p.message)).toEqual([
      expect.stringMatching(/^"body" is 20,0\d\d characters long, more than the 20,000 it may hold/),
    ]);
    const terms = [{ term: 'Δέμα', meaning: long(5_001) }];
    const { problems } = ws.check('new:s', undefined, null, { ...sop(), purpose: long(5_001), terms, steps: [{ text: long(5_001), branches: [] }] });
    const at = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message.replace(/ is .*/, ''));
    expect([at('purpose'), at('terms'), at('steps.0')]).toEqual([['"purpose"'], ['"terms["Δέμα"]"'], ['"steps[0].text"']]);
    expect(problems).toHaveLength(3);
  });

  it('a shortcut clash is told from the entry being edited, naming the other entry by its title', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, { ...template(), id: 'zz-late' });
    // The new entry sorts first, so the validator reports the clash at the other file; the form still shows it.
    const { problems } = ws.check('new:a', undefined, null, { ...template(), id: 'aa-first', title: 'Άλλο πρότυπο' });
    const clash = problems.filter((p) => p.field === 'shortcut');
    expect(clash.map((p) => p.message)).toEqual([
      'shortcut "dema" (formal) is also used by "Συγγνώμη για το δέμα" (templates/zz-late.md); two templates may share a shortcut only when their formality differs',
    ]);
    // Said from its code, as the Greek page shows it: the other entry by its title.
    expect(problemWords(clash[0]!, 'el')).toBe(
      'Η συντόμευση «dema» (επίσημο) υπάρχει ήδη στο «Συγγνώμη για το δέμα» (templates/zz-late.md): δύο πρότυπα μοιράζονται συντόμευση μόνο αν διαφέρει το ύφος.',
    );
  });

  it('a new draft given a saved template’s shortcut is the one marked red, not the older saved template', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, { ...template(), id: 'zz-late' });
    // The draft's file sorts first, so the validator blames the saved one; the studio moves it to the draft.
    ws.check('new:a', undefined, null, { ...template(), id: 'aa-first', title: 'Άλλο πρότυπο' });
    const state = ws.state();
    const errors = Object.fromEntries(state.entries.map((e) => [e.file, e.errors]));
    expect(errors).toEqual({ 'templates/zz-late.md': 0 });
    expect(state.newDrafts.map((d) => [d.checkedAt, d.errors])).toEqual([['templates/aa-first.md', 1]]);
    expect(state.counts.errors).toBe(1);
    const { problems } = ws.checked();
    const clash = problems.filter((p) => p.code === 'shortcut.duplicate');
    expect(clash.map((p) => [p.file, p.params?.other, p.params?.where])).toEqual([
      ['templates/aa-first.md', 'Συγγνώμη για το δέμα', 'templates/zz-late.md'],
    ]);
    expect(clash[0]!.line).toBeGreaterThan(1);
    // The saved template's own form still tells of the clash, naming the draft by its title.
    const fromSaved = ws.check('templates/zz-late.md', 'templates/zz-late.md', state.entries[0]!.hash, { ...template(), id: 'zz-late' });
    expect(fromSaved.problems.filter((p) => p.field === 'shortcut').map((p) => p.params?.other)).toEqual(['Άλλο πρότυπο']);
  });

  it('of two saved templates with one shortcut, the one changed last carries the clash', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:z', undefined, null, { ...template(), id: 'zz-old', title: 'Παλιό' });
    await ws.save('new:a', undefined, null, { ...template(), id: 'aa-new', title: 'Νέο' });
    utimesSync(join(dir, 'templates/zz-old.md'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    ws.folder.scan();
    const errors = Object.fromEntries(ws.state().entries.map((e) => [e.file, e.errors]));
    expect(errors).toEqual({ 'templates/aa-new.md': 1, 'templates/zz-old.md': 0 });
  });

  it('never overwrites a file that changed on disk since the edit began: it hands back what the file holds now', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    const first = await ws.save('new:t', undefined, null, template());
    if (!first.ok) throw new Error('not saved');
    put(dir, first.file, readFileSync(join(dir, first.file), 'utf8').replace('λυπούμαστε', 'ζητούμε συγγνώμη'));
    ws.folder.scan();
    const mine = { ...template(), title: 'Το δικό μου' };
    const reply = await ws.save(first.file, first.file, first.hash, mine);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.conflict.markdown).toContain('ζητούμε συγγνώμη');
    expect(readFileSync(join(dir, first.file), 'utf8')).toContain('ζητούμε συγγνώμη');
  });

  it('a file changed on disk while the check of its untouched form was on the way gets no draft of the old text', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    const first = await ws.save('new:t', undefined, null, template());
    if (!first.ok) throw new Error('not saved');
    // The editor loaded the file and asked for its problems; git pulled a new title before the check arrived.
    put(dir, first.file, readFileSync(join(dir, first.file), 'utf8').replace(/^title: .*$/m, 'title: Αλλαγή από το git'));
    ws.folder.scan();
    ws.check(first.file, first.file, first.hash, template(), false);
    expect(ws.state().entries.map((e) => [e.title, e.draft])).toEqual([['Αλλαγή από το git', false]]);
    // Typed by the trainer, the same check keeps it: their edit is compared with the file's change, never lost.
    ws.check(first.file, first.file, first.hash, { ...template(), title: 'Το δικό μου' }, true);
    expect(ws.state().entries.map((e) => [e.title, e.draft])).toEqual([['Το δικό μου', true]]);
  });

  it('a template saved before its title leaves new-entry.md for the name its id gives once it has a title, a free one', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    put(dir, 'templates/parcel-sorry.md', '---\nid: parcel-sorry\ntype: template\ntitle: Υπάρχον\n---\nΚείμενο που μένει.\n');
    const ws = openWs(dir);
    const untitled = await ws.save('new:t', undefined, null, { ...template(), id: '', title: '' });
    expect(untitled).toMatchObject({ ok: true, file: 'templates/new-entry.md' });
    if (!untitled.ok) return;
    // A draft typed after that first save, then saved with its title and the id the title gave.
    ws.check(untitled.file, untitled.file, untitled.hash, template());
    const titled = await ws.save(untitled.file, untitled.file, untitled.hash, template());
    // parcel-sorry.md is another file's: never overwritten, the next free name is taken.
    expect(titled).toMatchObject({ ok: true, file: 'templates/parcel-sorry-2.md' });
    expect(existsSync(join(dir, 'templates/new-entry.md'))).toBe(false);
    expect(readFileSync(join(dir, 'templates/parcel-sorry.md'), 'utf8')).toContain('Κείμενο που μένει.');
    expect(readFileSync(join(dir, 'templates/parcel-sorry-2.md'), 'utf8')).toContain('title: Συγγνώμη για το δέμα');
    // Nothing left under the old name: no draft, no entry in the list.
    expect(ws.drafts.list()).toEqual([]);
    expect(ws.state().entries.map((e) => e.file)).toEqual(['templates/parcel-sorry-2.md', 'templates/parcel-sorry.md']);
    // Saved with a title once, the file is the trainer's: a new title or id later does not move it.
    if (!titled.ok) return;
    const again = await ws.save(titled.file, titled.file, titled.hash, { ...template(), id: 'other-id', title: 'Άλλος τίτλος' });
    expect(again).toMatchObject({ ok: true, file: 'templates/parcel-sorry-2.md' });
  });

  it('a file the trainer named new-entry.md with a title, or named otherwise with none, keeps its name', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    put(dir, 'templates/new-entry.md', '---\nid: welcome\ntype: template\ntitle: Καλωσόρισμα\n---\nΚαλώς ήρθατε.\n');
    put(dir, 'templates/draft-one.md', '---\nid: ""\ntype: template\ntitle: ""\n---\nΚείμενο.\n');
    const ws = openWs(dir);
    for (const file of ['templates/new-entry.md', 'templates/draft-one.md']) {
      const reply = await ws.save(file, file, ws.folder.get(file)!.hash, template());
      expect(reply).toMatchObject({ ok: true, file });
    }
    // An untitled new-entry.md titled «New entry» keeps its name (it would only have moved to new-entry-2.md).
    put(dir, 'templates/new-entry-3.md', '---\nid: ""\ntype: template\ntitle: ""\n---\nΚείμενο.\n');
    ws.folder.scan();
    const same = await ws.save('templates/new-entry-3.md', 'templates/new-entry-3.md', ws.folder.get('templates/new-entry-3.md')!.hash, { ...template(), id: 'new-entry', title: 'New entry' });
    expect(same).toMatchObject({ ok: true, file: 'templates/new-entry-3.md' });
  });

  it('an untitled file changed on disk is neither moved nor overwritten: the save hands back what it holds', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    const untitled = await ws.save('new:t', undefined, null, { ...template(), id: '', title: '' });
    if (!untitled.ok) throw new Error('not saved');
    put(dir, untitled.file, readFileSync(join(dir, untitled.file), 'utf8').replace('λυπούμαστε', 'ζητούμε συγγνώμη'));
    ws.folder.scan();
    const reply = await ws.save(untitled.file, untitled.file, untitled.hash, template());
    expect(reply.ok).toBe(false);
    expect(readFileSync(join(dir, 'templates/new-entry.md'), 'utf8')).toContain('ζητούμε συγγνώμη');
    expect(existsSync(join(dir, 'templates/parcel-sorry.md'))).toBe(false);
  });

  it('keeps an unsaved edit as a draft that a new studio on the folder restores after a crash', () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = new Workspace(dir, false);
    ws.open();
    ws.check('new:abc', undefined, null, { ...template(), title: 'Μισοτελειωμένο' });
    // No close(): the process died. Its session's owner is this process, still alive here, so mark it gone.
    const sessions = join(dir, '.odigos-studio', 'drafts');
    for (const s of readdirSync(sessions)) writeFileSync(join(sessions, s, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 7 /* above Linux's pid_max: no such process */, host: hostname(), started: 0 }));
    const later = openWs(dir);
    expect(later.state().newDrafts.map((d) => (d.form as TemplateForm).title)).toContain('Μισοτελειωμένο');
  });

  it('shows a malformed file with its line and leaves it byte for byte', () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const broken = '---\nid: broken\ntitle: [unclosed\n---\nbody\n';
    put(dir, 'templates/broken.md', broken);
    const ws = openWs(dir);
    const state = ws.state();
    expect(state.broken).toEqual([expect.objectContaining({ file: 'templates/broken.md', line: expect.any(Number) })]);
    expect(ws.entry('templates/broken.md').form).toBeUndefined();
    expect(readFileSync(join(dir, 'templates/broken.md'), 'utf8')).toBe(broken);
  });

  it('publishes: bumps the version, writes the changelog, and a signed pack that verifies', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, template());
    await ws.save('new:s', undefined, null, sop());
    const out = join(tempDir(), 'out');
    const keyFile = join(tempDir(), 'keys', 'acme.key');
    const reply = await publish(ws, { version: '1.1.0', changelog: 'Χαμένα δέματα', outDir: out, keyFile, createKey: true, url: 'https://intranet.example/acme.json' });
    expect(reply).toMatchObject({ ok: true });
    expect(readFileSync(join(dir, 'pack.yaml'), 'utf8')).toContain('version: 1.1.0');
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(/## 1\.1\.0 — \d{4}-\d\d-\d\d\n\nΧαμένα δέματα/);
    const signed = JSON.parse(readFileSync(join(out, 'acme-support.json'), 'utf8'));
    expect(signed.signature.publicKey).toBe(reply.publicKey);
    expect(JSON.parse(readFileSync(join(out, 'policy-chromium.json'), 'utf8'))['3rdparty'].extensions['<extension id>'].packKeys).toEqual([reply.publicKey]);
    // The same version cannot be published twice.
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile, createKey: false, url: '' })).toMatchObject({ ok: false });
    expect(existsSync(keyFile)).toBe(true);
  });

  it('a refused publish sends a code and its data (the key’s path, the versions), for the page to say in the trainer’s language', async () => {
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, template());
    const out = join(tempDir(), 'out');
    const keyFile = join(tempDir(), 'keys', 'acme.key');
    // The key was there when the page asked (so none is made) and is gone now.
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile, createKey: false, url: '' })).toMatchObject({
      ok: false,
      refusal: { code: 'publish.noKey', params: { path: keyFile, base: keyFile.replace(/\.key$/, '') } },
    });
    // Refused before anything is written: publishing again once the key is back does not skip a version.
    expect(readFileSync(join(dir, 'pack.yaml'), 'utf8')).toContain('version: 1.0.0');
    const notKey = join(tempDir(), 'acme.key');
    writeFileSync(notKey, 'not a key\n');
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile: notKey, createKey: false, url: '' })).toMatchObject({
      ok: false,
      refusal: { code: 'publish.keyUnreadable', params: { path: notKey } },
    });
    // A .pub left without its .key: keygen will not overwrite it, and the page says so (it was a 500 with the CLI's words).
    const orphan = join(tempDir(), 'orphan.key');
    writeFileSync(orphan.replace(/\.key$/, '.pub'), 'AAAA\n');
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile: orphan, createKey: true, url: '' })).toMatchObject({
      ok: false,
      refusal: { code: 'publish.keyNotMade', params: { path: orphan } },
    });
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile, createKey: true, url: '' })).toMatchObject({ ok: true });
    expect(await publish(ws, { version: '1.1.0', changelog: '', outDir: out, keyFile, createKey: false, url: '' })).toMatchObject({
      ok: false,
      refusal: { code: 'publish.notAbove', params: { version: '1.1.0', published: '1.1.0' } },
    });
  });

  it('a pack.yaml with an invalid version: publishing offers a first valid one, or counts on from the last published, and is not blocked by it', async () => {
    // «version: v2» offered «Διόρθωση (1.0.0)», «Προσθήκες (1.0.0)», «Μεγάλη αλλαγή (1.0.0)», and its own error then
    // blocked publishing the valid version that would have replaced it.
    const dir = tempDir();
    put(dir, 'pack.yaml', PACK.replace('1.0.0', 'v2'));
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, template());
    const out = join(tempDir(), 'out');
    const keyFile = join(tempDir(), 'keys', 'acme.key');
    const first = previewPublish(ws, 'minor', out, keyFile);
    expect(first).toMatchObject({ current: 'v2', next: '1.0.0' });
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await publish(ws, { version: first.next, changelog: '', outDir: out, keyFile, createKey: true, url: '' })).toMatchObject({ ok: true, version: '1.0.0' });
    // Broken again after a publication: the next versions count from the one agents have.
    put(dir, 'pack.yaml', PACK.replace('1.0.0', 'v1'));
    ws.folder.scan();
    const again = previewPublish(ws, 'minor', out, keyFile);
    expect(again).toMatchObject({ current: 'v1', lastPublished: '1.0.0', next: '1.1.0' });
    expect(previewPublish(ws, 'patch', out, keyFile).next).toBe('1.0.1');
    // Put back below what agents have (a copy of an older folder): the next version is still above theirs.
    put(dir, 'pack.yaml', PACK.replace('1.0.0', '0.9.0'));
    ws.folder.scan();
    const below = previewPublish(ws, 'minor', out, keyFile);
    expect(below).toMatchObject({ current: '0.9.0', lastPublished: '1.0.0', next: '1.1.0' });
    expect(await publish(ws, { version: below.next, changelog: '', outDir: out, keyFile, createKey: false, url: '' })).toMatchObject({ ok: true, version: '1.1.0' });
  });

  it('publishes a relative output folder and key beside the pack folder, and «~» in the home folder, not where the studio started', async () => {
    const parent = tempDir();
    const dir = join(parent, 'acme');
    put(dir, 'pack.yaml', PACK);
    const ws = openWs(dir);
    await ws.save('new:t', undefined, null, template());
    const name = `published-${process.pid}`;
    try {
      const reply = await publish(ws, { version: '1.1.0', changelog: '', outDir: name, keyFile: 'keys/acme.key', createKey: true, url: '' });
      expect(reply).toMatchObject({ ok: true });
      // The page said «Δημοσιεύτηκε» and named the files where the studio process happened to be started.
      expect(reply.written).toContain(join(parent, name, 'acme-support.json'));
      expect(existsSync(join(parent, name, 'acme-support.json'))).toBe(true);
      expect(existsSync(join(parent, 'keys', 'acme.key'))).toBe(true);
      expect(typedPath('~/Desktop/out', dir)).toBe(join(homedir(), 'Desktop', 'out'));
      expect(typedPath('/srv/odigos', dir)).toBe('/srv/odigos');
    } finally {
      rmSync(join(process.cwd(), name), { recursive: true, force: true });
      // Where the files went before: the working folder (nothing is there once they go beside the pack).
      for (const f of ['acme.key', 'acme.pub']) rmSync(join(process.cwd(), 'keys', f), { force: true });
      if (existsSync(join(process.cwd(), 'keys')) && !readdirSync(join(process.cwd(), 'keys')).length) rmSync(join(process.cwd(), 'keys'), { recursive: true });
    }
  });
});
