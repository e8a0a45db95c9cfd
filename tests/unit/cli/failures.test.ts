// @vitest-environment node
/**
 * One voice for errors: every kind of bad input gets one short message on stderr naming the file and the fix,
 * and the exit code of its kind as `odigos --help` documents it.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../knowledge/cli/commands';
import { EXIT } from '../../../knowledge/cli/failures';
import { rng } from '../../../bench/corpus';
import { GOOD, odigos, odigosWith, ROOT, type Run } from './run';

let tmp: string;
let built: string;
let bin: string;
let cases: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'odigos-fail-'));
  built = join(tmp, 'good.json');
  expect((await odigos('build', GOOD, '-o', built)).code).toBe(0);
  const r = rng(7);
  bin = join(tmp, 'noise.bin');
  writeFileSync(bin, Buffer.from(Array.from({ length: 83_000 }, () => Math.floor(r() * 256))));
  expect((await odigos('keygen', '-o', join(tmp, 'keys', 'trainer'))).code).toBe(0);
  cases = join(tmp, 'cases.jsonl');
  writeFileSync(cases, '{"text": "διπλη χρεωση", "expect": "double-card-charge"}\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The private key odigos keygen wrote in beforeAll. */
const privateKey = () => join(tmp, 'keys', 'trainer.key');

/** The built pack written on one line (valid JSON Lines, but no line is a case). */
function oneLinePack(): string {
  const file = join(tmp, 'one-line.json');
  writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(built, 'utf8'))));
  return file;
}

/** One message: a single line on stderr, starting "odigos <command>: ", nothing on stdout. */
function oneMessage(r: Run, command: string): string {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`odigos ${command}: `), r.stderr).toBe(true);
  expect(lines[0]!.length, 'short').toBeLessThan(400);
  expect(r.stdout).toBe('');
  return lines[0]!;
}

describe('a path that does not exist', () => {
  const nope = () => join(tmp, 'no-such-pack.json');
  it.each([
    ['validate', () => ['validate', nope()]],
    ['build', () => ['build', join(tmp, 'no-such-folder'), '-o', join(tmp, 'x.json')]],
    ['list', () => ['list', nope()]],
    ['suggest', () => ['suggest', '--pack', nope(), 'hello']],
    ['suggest', () => ['suggest', '--pack', built, '--batch', nope()]],
    ['eval', () => ['eval', '--pack', nope(), '--cases', cases]],
    ['eval', () => ['eval', '--pack', built, '--cases', nope()]],
    ['diff', () => ['diff', built, nope()]],
    ['sign', () => ['sign', built, '--key', nope()]],
    ['verify', () => ['verify', nope()]],
    ['verify', () => ['verify', built, '--pub', nope()]],
  ])('%s: says "no such …" naming it, exit 3', async (command, args) => {
    const r = await odigos(...args());
    expect(r.code).toBe(EXIT.missing);
    const message = oneMessage(r, command);
    expect(message).toMatch(/no such (file|folder)/);
    expect(message).toContain(join(tmp, 'no-such-'));
    expect(message).toMatch(/\(give /);
    expect(message).not.toContain('run odigos validate');
  });
});

describe('binary input', () => {
  it.each([
    ['validate', () => ['validate', bin]],
    ['list', () => ['list', bin]],
    ['suggest', () => ['suggest', '--pack', built, '--batch', bin]],
    ['eval', () => ['eval', '--pack', built, '--cases', bin]],
    ['sign', () => ['sign', built, '--key', bin]],
  ])('%s: "binary file" with a short escaped excerpt, never the bytes, exit 5', async (command, args) => {
    const r = await odigos(...args());
    expect(r.code).toBe(EXIT.wrongInput);
    const message = oneMessage(r, command);
    expect(message).toMatch(/binary file, not text \(it starts "[^"]{1,80}…"\); give /);
    expect(message).toMatch(/^[\x20-\x7e\u0370-\u03ff…—]*$/u);
  });

  it('cues refuses bytes that are not UTF-8 on standard input, and finds nothing in noise given as words', async () => {
    const r = rng(3);
    const bytes = Buffer.from(Array.from({ length: 20_000 }, () => 1 + Math.floor(r() * 255)));
    const refused = await odigosWithStdin(bytes, 'cues', '--stdin');
    expect(refused.code).toBe(EXIT.wrongInput);
    expect(oneMessage(refused, 'cues')).toMatch(/^odigos cues: standard input: not UTF-8 text: line 1 has the byte \\x[0-9a-f]{2}/);
    // What a shell makes of the same bytes as an argument: replacement characters, controls, "!!" and capitals.
    const out = await odigos('cues', '--lang', 'en', bytes.toString('utf8'));
    expect(out.code).toBe(0);
    expect(out.stdout.trim()).toBe('No cues: the message is not text (mostly symbols or unreadable bytes).');
  });
});

describe('huge input', () => {
  it('eval shows a missed 5 MB case as a short excerpt with its line, in text and in JSON', async () => {
    const huge = join(tmp, 'huge.jsonl');
    const text = `καλημέρα ${'λόγια '.repeat(900_000)}`;
    writeFileSync(huge, `${JSON.stringify({ text: 'διπλη χρεωση κάρτας', expect: ['double-card-charge', 'apology-formal', 'apology-informal'] })}\n${JSON.stringify({ text, expect: 'double-card-charge' })}\n`);
    const r = await odigos('eval', '--pack', built, '--cases', huge);
    expect(r.stdout.length).toBeLessThan(2_000);
    expect(r.stdout).toMatch(/line 2: "καλημέρα λόγια .*…" \(5,400,009 characters\)/);
    const json = JSON.parse((await odigos('eval', '--pack', built, '--cases', huge, '--json')).stdout);
    expect(json.misses[0].line).toBe(2);
    expect(json.misses[0].text.length).toBeLessThanOrEqual(201);
  });

  it('a file too large is refused before it is read: a pack beyond 20 MB, cases beyond 256 MB', async () => {
    const file = join(tmp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 300 * 1024 * 1024); // sparse: takes no disk, but stat says 300 MB
    const pack = await odigos('list', file);
    expect(pack.code).toBe(EXIT.wrongInput);
    expect(oneMessage(pack, 'list')).toBe(`odigos list: ${file}: the file is 300.0 MB, more than the 20 MB a pack may be`);
    const cases = await odigos('eval', '--pack', built, '--cases', file);
    expect(cases.code).toBe(EXIT.wrongInput);
    expect(oneMessage(cases, 'eval')).toBe(`odigos eval: ${file}: the file is 300.0 MB, more than the 256 MB odigos reads`);
  });

  it('build writes no pack larger than a pack may be (nothing could load it), and says to split it', async () => {
    const dir = join(tmp, 'too-big');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'pack.yaml'), 'id: too-big\nname: Too big\nversion: 1.0.0\nlang: el\n');
    // 34 KB of UTF-8 per entry, under a template text's length limit (format.ts: MAX_TEXT): 700 of them pass 20 MB.
    const body = 'Λυπούμαστε για την ταλαιπωρία σας. '.repeat(540);
    for (const id of Array.from({ length: 700 }, (_, i) => `t-${i}`)) {
      writeFileSync(join(dir, 'templates', `${id}.md`), `---\nid: ${id}\ntype: template\ntitle: ${id}\ntone: apology\ntriggers: [sorry]\n---\n${body}\n`);
    }
    const out = join(tmp, 'too-big.json');
    const r = await odigos('build', dir, '-o', out);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toMatch(new RegExp(`^odigos build: ${dir}: the compiled pack would be 2\\d\\.\\d MB, more than the 20\\.0 MB a pack may be; split it into several packs; nothing written\n$`));
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('JSON Lines with some bad lines: ten quoted lines at most, short excerpts, then one message, exit 1', async () => {
    const file = join(tmp, 'mixed.jsonl');
    const good = '{"id": 1, "text": "διπλη χρεωση"}';
    const long = 'Αυτό δεν είναι JSON αλλά ένα μεγάλο κείμενο χωρίς τέλος. '.repeat(5_000);
    writeFileSync(file, [...Array.from({ length: 20 }, () => good), ...Array.from({ length: 15 }, () => long)].join('\n'));
    const r = await odigos('suggest', '--pack', built, '--batch', file);
    expect(r.code).toBe(EXIT.failed);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatch(/:21: not a JSON line: ".{50}…" \(\d[\d,]* characters\)$/u);
    expect(lines[10]).toBe('… and 5 more');
    expect(lines[11]).toBe(`odigos suggest: ${file}: 15 lines are not JSON; fix them (one JSON object per line)`);
    expect(r.stdout).toBe('');
  });
});

describe('the wrong kind of input', () => {
  it.each([
    ['validate', 'a folder without pack.yaml', () => ['validate', join(GOOD, 'templates')], /not a pack source folder: it has no pack\.yaml/],
    ['validate', 'the folder above packs', () => ['validate', join(GOOD, '..')], /the packs inside it are .*good/],
    ['list', 'an entry file', () => ['list', join(GOOD, 'templates', 'greeting-formal.md')], /is one entry of a pack, not a pack; give its pack folder/],
    ['list', 'a JSON file that is no pack', () => ['list', join(GOOD, '..', '..', '..', '..', '..', 'package.json')], /is JSON but not an Odigos pack/],
    ['list', 'text that is no JSON', () => ['list', join(GOOD, 'pack.yaml').replace('pack.yaml', 'README.md')], /is one entry of a pack|is not JSON/],
    ['build', 'a compiled pack', () => ['build', built, '-o', join(tmp, 'y.json')], /is a compiled pack, not a source folder/],
    ['suggest', 'a folder as the batch file', () => ['suggest', '--pack', built, '--batch', tmp], /is a folder; give a JSON Lines file/],
    ['list', 'Markdown that is no entry', () => ['list', join(ROOT, 'README.md')], /README\.md: is a Markdown file, not a pack; give the pack\.json/],
    ['verify', 'a private key as the public one', () => ['verify', built, '--pub', privateKey()], /trainer\.key: is a private key, not a public one: keep it secret, and give the <name>\.pub/],
    ['list', 'JSON Lines', () => ['list', join(ROOT, 'docs/examples/queries.jsonl')], /holds one JSON value per line \(JSON Lines\), not a pack/],
    ['eval', 'prose as the cases', () => ['eval', '--pack', built, '--cases', join(ROOT, 'README.md')], /: not JSON Lines \(line 1 is "# Odigos — Οδηγός"\); give a JSON Lines file of/],
    ['eval', 'a pack.json as the cases', () => ['eval', '--pack', built, '--cases', built], /: not JSON Lines \(line 1 is "\{"\); give a JSON Lines file of \{"text"/],
    ['eval', 'a one-line pack.json as the cases', () => ['eval', '--pack', built, '--cases', oneLinePack()], /: no line is \{"text": "…", "expect"/],
    ['sign', 'a folder to sign', () => ['sign', GOOD, '--key', bin], /build it first/],
    ['sign', 'a pack as the key', () => ['sign', built, '--key', built], /not a private key; give the <name>\.key file/],
  ])('%s given %s: one message, exit 5', async (command, _what, args, expected) => {
    const r = await odigos(...args());
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, command)).toMatch(expected);
  });

  it('an empty file or an empty standard input is named as empty', async () => {
    const empty = join(tmp, 'empty.json');
    writeFileSync(empty, '');
    const r = await odigos('list', empty);
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, 'list')).toBe(`odigos list: ${empty}: is empty; give the pack.json that odigos build writes, or a pack source folder`);
    for (const command of [['suggest', '--pack', built, '--stdin'], ['cues', '-']]) {
      const none = await odigosWithStdin('  \n', ...command);
      expect(none.code).toBe(EXIT.usage);
      expect(none.stderr.split('\n')[0]).toBe(`odigos ${command[0]}: standard input is empty: pipe the customer message into it`);
    }
  });

  it('a number out of range says the range', async () => {
    const r = await odigos('eval', '--pack', built, '--cases', cases, '--min-top1', '80');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr.split('\n')[0]).toBe('odigos eval: --min-top1 must be a number from 0 to 1, not "80"');
  });

  it('-o given a folder says it needs a file name, before any work', async () => {
    const r = await odigos('build', GOOD, '-o', tmp);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(`odigos build: -o needs a file name, and ${tmp} is a folder (e.g. -o ${join(tmp, 'pack.json')})`);
    expect(r.stderr).not.toMatch(/EISDIR|rename/);
  });

  it('an output that cannot be written: exit 6 with the reason in words', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    const r = await odigos('build', GOOD, '-o', join(file, 'pack.json'));
    expect(r.code).toBe(EXIT.cannotWrite);
    expect(oneMessage(r, 'build')).toBe(`odigos build: ${join(file, 'pack.json')}: cannot write: ${file} is a file, not a folder`);
  });

  it('a file that exists but cannot be read: exit 4 with the reason in words', async () => {
    // Root reads files whatever their mode: /proc/self/mem fails to read (EIO) for everyone.
    const root = process.getuid?.() === 0;
    const file = root ? '/proc/self/mem' : join(tmp, 'locked.jsonl');
    if (!root) {
      writeFileSync(file, '{}');
      chmodSync(file, 0);
    }
    for (const args of [['eval', '--pack', built, '--cases', file], ['list', file]]) {
      const r = await odigos(...args);
      expect(r.code).toBe(EXIT.unreadable);
      expect(oneMessage(r, args[0]!)).toBe(`odigos ${args[0]}: ${file}: cannot read: ${root ? 'input/output error' : 'permission denied'}`);
    }
  });
});

describe('an unquoted ": " in YAML', () => {
  it('gets the quoted line as the fix, and the rest of the file is still checked', async () => {
    const dir = join(tmp, 'colon-pack');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.yaml'), 'id: colon\nname: Colon\nversion: 1.0.0\nlang: en\n');
    writeFileSync(join(dir, 'refund.md'), '---\nid: refund\ntype: template\ntitle: Refund: how it works\ntone: sad\ntriggers: [refund]\n---\nText.\n');
    const r = await odigos('validate', dir);
    expect(r.code).toBe(EXIT.failed);
    const file = join(dir, 'refund.md');
    expect(r.stdout).toContain(`${file}:4: error: invalid YAML: a value with ": " in it must be in quotes: title: "Refund: how it works"`);
    expect(r.stdout).toContain(`${file}:5: error: unknown tone "sad"`);
    expect(r.stdout).not.toContain('Nested mappings');
  });
});

describe('--help documents every exit code and repeats nothing', () => {
  it('lists the codes once, with what each means', async () => {
    const r = await odigos('--help');
    for (const [code, word] of [[0, 'done'], [1, 'did not pass'], [2, 'wrong arguments'], [3, 'does not exist'], [4, 'cannot be read'], [5, 'not the kind of input'], [6, 'cannot be written'], [70, 'unexpected']] as const) {
      expect(r.stdout).toMatch(new RegExp(`^  ${code} +.*${word}`, 'm'));
    }
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help: usage, no phrase said twice, exit codes named', async (c) => {
    const r = await odigos(c, '--help');
    expect(r.stdout).toContain(`Usage: odigos ${c}`);
    for (const line of r.stdout.split('\n')) expect(line, line).not.toMatch(/(\([^)]+\)) \1/);
    expect(r.stdout).toMatch(/Exit codes: 0 done, 1 failed, 2 usage, 3 missing, 4 unreadable, 5 wrong input, 6 cannot write, 70 bug/);
  });
});

const odigosWithStdin = (stdin: string | Uint8Array, ...args: string[]) => odigosWith({ stdin }, ...args);
