import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signPack } from '../../../knowledge/cli/commands/sign';
import { compileSource } from '../../../knowledge/node/compile';
import { canonicalJson, signedBytes } from '../../../knowledge/pack/canonical';
import { problemWords } from '../../../knowledge/pack/problem-words';
import { base64ToBytes, checkPackSignature } from '../../../knowledge/pack/signing';
import { runCli } from '../../../knowledge/cli/main';
import { GOOD } from '../pack/helpers';

/** The real CLI, in process: exit code and what it printed. */
async function odigos(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const NOW = new Date('2026-01-15T10:00:00Z');
const pack = compileSource(GOOD, { now: NOW }).pack!;
const keys = () => generateKeyPairSync('ed25519');
const spki = (k: ReturnType<typeof keys>) => k.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace, whatever the order they were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 'ζ', y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":"ζ"}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson(JSON.parse('{ "b": 2,\n "a": 1 }')));
  });

  it('leaves the signature out of the signed bytes', () => {
    const withSig = { ...pack, signature: { alg: 'Ed25519' as const, publicKey: 'x', value: 'y' } };
    expect(new TextDecoder().decode(signedBytes(withSig))).toBe(new TextDecoder().decode(signedBytes(pack)));
    expect(new TextDecoder().decode(signedBytes(pack))).not.toContain('"signature"');
  });
});

describe('pack signatures: Node crypto signs, WebCrypto verifies', () => {
  const signer = keys();
  const signed = signPack(pack, signer.privateKey);

  it('a signed pack verifies with Node\'s WebCrypto (crypto.webcrypto.subtle) directly', async () => {
    const key = await webcrypto.subtle.importKey('spki', base64ToBytes(spki(signer)), { name: 'Ed25519' }, false, ['verify']);
    expect(await webcrypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(signed.signature!.value), signedBytes(signed))).toBe(true);
  });

  it('a signed pack is valid, and pinned-valid when its key is pinned', async () => {
    expect(signed.signature?.publicKey).toBe(spki(signer));
    expect(await checkPackSignature(signed)).toEqual({ status: 'valid' });
    expect(await checkPackSignature(signed, [spki(signer)])).toEqual({ status: 'pinned-valid' });
    // A key pasted with line breaks (as from an e-mail) is the same key.
    expect(await checkPackSignature(signed, [spki(signer).replace(/(.{20})/g, '$1\n')])).toEqual({ status: 'pinned-valid' });
  });

  it('survives a JSON round trip with different layout and key order', async () => {
    const text = JSON.stringify({ signature: signed.signature, ...JSON.parse(JSON.stringify(signed)) }, null, 4);
    expect(text.indexOf('"signature"')).toBeLessThan(text.indexOf('"schema"'));
    expect((await checkPackSignature(JSON.parse(text))).status).toBe('valid');
  });

  it('a tampered pack fails and says the file was changed', async () => {
    const tampered = structuredClone(signed);
    tampered.entries[0].title = 'Αλλαγμένος τίτλος';
    const check = await checkPackSignature(tampered, [spki(signer)]);
    expect(check.status).toBe('invalid');
    expect(check.problem).toMatch(/does not match the pack's content.*changed after it was signed/);
    // Said by its code too, so odigos verify and validate say it in Greek to a Greek terminal.
    expect(problemWords(check.said!, 'el')).toMatch(/^Η υπογραφή δεν αντιστοιχεί στο περιεχόμενο του πακέτου \(κλειδί …\S+\): το αρχείο άλλαξε μετά την υπογραφή του\.$/);
    expect(problemWords(check.said!, 'en')).toBe(check.problem);
    const bumped = { ...structuredClone(signed), meta: { ...signed.meta, version: '9.9.9' } };
    expect((await checkPackSignature(bumped)).status).toBe('invalid');
  });

  it('a missing signature fails when a key is pinned, and passes as unsigned when none is', async () => {
    expect(await checkPackSignature(pack)).toEqual({ status: 'unsigned' });
    const check = await checkPackSignature(pack, [spki(signer)]);
    expect(check.status).toBe('unsigned');
    expect(check.problem).toMatch(/not signed, but a signing key is pinned/);
    expect(problemWords(check.said!, 'el')).toMatch(/^Το πακέτο δεν είναι υπογεγραμμένο, ενώ έχει οριστεί αξιόπιστο κλειδί υπογραφής \(…\S+\): ζητήστε/);
  });

  it('a pack signed by another key fails when a different key is pinned', async () => {
    const other = keys();
    const check = await checkPackSignature(signed, [spki(other)]);
    expect(check.status).toBe('invalid');
    expect(check.problem).toMatch(/signed by key …\S+, which is not a pinned key/);
    expect(problemWords(check.said!, 'el')).toMatch(/^Το πακέτο έχει υπογραφεί με το κλειδί …\S+, που δεν είναι ανάμεσα στα αξιόπιστα κλειδιά που έχουν οριστεί \(…\S+\)\.$/);
  });

  it('a signature claiming one key but made with another fails', async () => {
    const other = keys();
    const forged = { ...signed, signature: { ...signed.signature!, publicKey: spki(other) } };
    expect((await checkPackSignature(forged)).status).toBe('invalid');
  });
});

describe('odigos keygen / sign / verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-sign-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'pack.json');

  it('keygen writes a private key only its owner can read and a one-line public key', async () => {
    const r = await odigos('keygen', '-o', join(dir, 'acme'));
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'acme.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'acme.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const pub = readFileSync(join(dir, 'acme.pub'), 'utf8');
    expect(pub).toMatch(/^[A-Za-z0-9+/=]{44,}\n$/);
    expect(r.stdout).toContain(pub.trim());
    // A second keygen does not silently replace the key packs were signed with.
    const again = await odigos('keygen', '-o', join(dir, 'acme'));
    expect(again.code).toBe(6); // cannot write: the output is refused
    expect(again.stderr).toMatch(/already exist/);
  });

  it('sign writes the signature into the pack; verify --pub accepts it', async () => {
    expect((await odigos('build', GOOD, '-o', file)).code).toBe(0);
    const unsigned = await odigos('verify', file, '--pub', join(dir, 'acme.pub'));
    expect(unsigned.code).toBe(1);
    expect(unsigned.stderr).toMatch(/not signed/);

    const s = await odigos('sign', file, '--key', join(dir, 'acme.key'));
    expect(s.code, s.stderr).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.signature.publicKey).toBe(readFileSync(join(dir, 'acme.pub'), 'utf8').trim());
    const v = await odigos('verify', file, '--pub', join(dir, 'acme.pub'));
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/good signature/);
  });

  it('verify refuses a tampered pack and a pack signed by a different key', async () => {
    expect((await odigos('keygen', '-o', join(dir, 'other'))).code).toBe(0);
    const wrong = await odigos('verify', file, '--pub', join(dir, 'other.pub'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not a pinned key/);
    const greek = await odigos('verify', file, '--pub', join(dir, 'other.pub'), '--lang', 'el');
    expect(greek.code).toBe(1);
    expect(greek.stderr).toMatch(/που δεν είναι ανάμεσα στα αξιόπιστα κλειδιά που έχουν οριστεί/);
    expect(greek.stderr).not.toMatch(/pinned/);

    writeFileSync(file, readFileSync(file, 'utf8').replace('Επίσημος χαιρετισμός', 'Αλλαγμένος'));
    const bad = await odigos('verify', file, '--pub', join(dir, 'acme.pub'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/does not match the pack's content/);
  });

  it('sign refuses a key file that is not a private key, and leaves the pack as it was', async () => {
    const before = readFileSync(file, 'utf8');
    const r = await odigos('sign', file, '--key', join(dir, 'acme.pub'));
    expect(r.code).toBe(5); // not the input expected
    expect(r.stderr).toMatch(/: not a private key; give the <name>\.key file that odigos keygen writes/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
