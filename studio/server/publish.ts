/**
 * Publishing from the studio, as a trainer would with the CLI: bump the version in pack.yaml and add the changelog
 * entry (CHANGELOG.md beside it), build exactly as `odigos build`, sign with the trainer's key as `odigos sign`
 * (making one as `odigos keygen` when asked), and write what a web server or the enterprise policy serves into an
 * output folder on this machine. Nothing is uploaded anywhere.
 */
import { withoutPrefix } from '@/knowledge/pack/problem-words';
import type { Problem } from '@/knowledge/pack/problems';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { keygen } from '@/knowledge/cli/commands/keygen';
import { readPrivateKey, signPack } from '@/knowledge/cli/commands/sign';
import { compileSource } from '@/knowledge/node/compile';
import { diffPacks } from '@/knowledge/pack/diff';
import { loadPack } from '@/knowledge/node/load';
import { compareSemver } from '@/knowledge/pack/semver';
import { checkPackSignature } from '@/knowledge/pack/signing';
import { isoDay } from '@/knowledge/pack/rules';
import { makeFolders, writeFileAtomic } from '@/knowledge/node/write';
import { serializePack } from '@/knowledge/pack/serialize';
import type { CompiledPack } from '@/knowledge/types';
import type { Bump, PublishPreviewReply, PublishReply, PublishRequest, StudioProblem } from '../model/api';
import type { PackForm } from '../model/entry-form';
import { isVersion, nextVersion } from '../model/bump';
import { isRefusal, refusalOf, type Refusal } from '../model/refusal';
import type { Workspace } from './workspace';

export const CHANGELOG = 'CHANGELOG.md';

export const defaultOutDir = (folder: string) => join(dirname(resolve(folder)), `${basename(resolve(folder))}-published`);
export const defaultKeyFile = (packId: string) => join(homedir(), '.odigos', 'keys', `${packId || 'pack'}.key`);

/**
 * A folder or key file the trainer typed on the page, as a path on this machine. It was resolved against the studio
 * process's working folder, which the page never shows (wherever `odigos studio` was started, a desktop shortcut's
 * is often / or the home folder): «published» went there, not beside the pack, and «~/Desktop/out» made a folder
 * named «~» in it. «~» is the trainer's home; a relative path lies beside the pack folder, where the default output
 * folder lies too.
 */
export function typedPath(typed: string, folder: string): string {
  const home = /^~(?=$|[\\/])/.test(typed) ? homedir() + typed.slice(1) : typed;
  return resolve(dirname(resolve(folder)), home);
}

function publicKeyOf(keyFile: string): string | undefined {
  try {
    return createPublicKey(readPrivateKey(keyFile)).export({ type: 'spki', format: 'der' }).toString('base64');
  } catch {
    return undefined; // not a key the CLI could sign with either; the page says there is no usable key
  }
}

function asProblems(problems: readonly Problem[], dir: string): StudioProblem[] {
  const prefix = `${resolve(dir)}/`;
  return problems.map((p) => ({
    ...p,
    file: p.file.startsWith(prefix) ? p.file.slice(prefix.length) : p.file,
    ...(p.params ? { params: withoutPrefix(p.params, prefix) } : {}),
    message: p.message.split(prefix).join(''),
  }));
}

/** The last pack published into `outDir` (what agents have now), if there is one. */
function lastPublished(outDir: string, packId: string): CompiledPack | undefined {
  const file = join(outDir, `${packId}.json`);
  return existsSync(file) ? loadPack(file).pack : undefined;
}

/** Unsaved edits must be written (or dropped) first: a published pack is always what the folder says. */
function pendingDrafts(ws: Workspace): string | undefined {
  const drafts = ws.drafts.list();
  return drafts.length ? drafts.map((d) => d.file ?? (d.form as { title?: string }).title ?? d.key).join(', ') : undefined;
}

export function previewPublish(ws: Workspace, bump: Bump, outDir?: string, keyFile?: string): PublishPreviewReply {
  const form = ws.state().pack.form;
  const current = form?.version ?? '0.0.0';
  const out = typedPath(outDir || defaultOutDir(ws.dir), ws.dir);
  const key = typedPath(keyFile || defaultKeyFile(form?.id ?? ''), ws.dir);
  const { pack, problems } = compileSource(ws.dir);
  const id = pack?.meta.id ?? form?.id;
  const before = id ? lastPublished(out, id) : undefined;
  const next = nextVersion(current, bump, before?.meta.version);
  const publicKey = existsSync(key) ? publicKeyOf(key) : undefined;
  // Publishing writes the version chosen into pack.yaml first: its invalid one (which the page names) stops nothing.
  const replaced = (p: Problem) => !isVersion(current) && p.code === 'version.invalid' && basename(p.file) === 'pack.yaml';
  return {
    current,
    next,
    ...(pack && before ? { diff: diffPacks(before, { ...pack, meta: { ...pack.meta, version: next } }) } : {}),
    problems: asProblems(problems.filter((p) => !replaced(p)), ws.dir),
    outDir: out,
    keyFile: key,
    keyExists: existsSync(key),
    ...(publicKey ? { publicKey } : {}),
    ...(before ? { lastPublished: before.meta.version } : {}),
  };
}

function changelogText(existing: string | undefined, version: string, notes: string, day: string): string {
  const entry = `## ${version} — ${day}\n\n${notes.trim() || '-'}\n`;
  const head = '# Changelog\n';
  const rest = (existing ?? '').replace(/^# Changelog\s*\n/, '').trim();
  return `${head}\n${entry}${rest ? `\n${rest}\n` : ''}`;
}

/** The policy an IT department deploys so every agent gets this pack, signed by this key (docs/policies.md). */
function policyJson(url: string, publicKey: string): string {
  const values = { packUrls: [url || 'https://intranet.example.com/odigos/PACK.json'], packKeys: [publicKey] };
  return `${JSON.stringify({ '3rdparty': { extensions: { '<extension id>': values } } }, null, 2)}\n`;
}

/** A refusal's English words, as odigos prints them (logs, scripts); the page words the refusal itself. */
const ENGLISH: Record<string, (p: Record<string, string>) => string> = {
  'publish.unsaved': (p) => `unsaved changes: ${p.files}`,
  'publish.packUnreadable': () => 'pack.yaml cannot be read',
  'publish.notAbove': (p) => `version ${p.version} is not above the published ${p.published}`,
  'publish.packChanged': () => 'pack.yaml changed meanwhile: check it and publish again',
  'publish.packErrors': () => 'the pack has errors',
  'publish.keyName': (p) => `the key file's name must end in .key: ${p.path}`,
  'publish.noKey': (p) => `no key at ${p.path}`,
  'publish.keyNotMade': (p) => `no key could be made at ${p.path}: ${p.detail}`,
  'publish.keyUnreadable': (p) => `the key at ${p.path} cannot be used: ${p.detail}`,
  'publish.signature': (p) => p.detail || 'the signature does not verify',
  'publish.changelogChanged': (p) => `${p.file} changed meanwhile: publish again`,
};

const fail = (refusal: Refusal, problems: StudioProblem[] = []): PublishReply => ({
  ok: false, written: [], problems, refusal, error: ENGLISH[refusal.code]?.(refusal.params ?? {}) ?? refusal.code,
});

/**
 * Why the key cannot sign, told before anything is written: a refused publish had already bumped pack.yaml, and
 * publishing again (the key put back) bumped it once more, skipping a version.
 */
function keyRefusal(keyFile: string, createKey: boolean): Refusal | undefined {
  if (!keyFile.endsWith('.key')) return refusalOf('publish.keyName', { path: keyFile });
  if (!existsSync(keyFile) && !createKey) return refusalOf('publish.noKey', { path: keyFile, base: keyFile.replace(/\.key$/, '') });
  return undefined;
}

/** The trainer's private key (made as `odigos keygen` does when there is none), or why it cannot be read. */
async function signingKey(keyFile: string): Promise<KeyObject | Refusal> {
  if (!existsSync(keyFile)) {
    makeFolders(dirname(keyFile), 0o700);
    const io = { out: () => undefined, err: () => undefined };
    try {
      await keygen.run({ values: { out: keyFile.replace(/\.key$/, '') }, positionals: [], io });
    } catch (e) {
      // A .pub left without its .key (keygen will not overwrite it), a folder that cannot be written.
      return refusalOf('publish.keyNotMade', { path: keyFile, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  try {
    return readPrivateKey(keyFile);
  } catch (e) {
    return refusalOf('publish.keyUnreadable', { path: keyFile, base: keyFile.replace(/\.key$/, ''), detail: e instanceof Error ? e.message : String(e) });
  }
}

export async function publish(ws: Workspace, req: PublishRequest): Promise<PublishReply> {
  const pending = pendingDrafts(ws);
  if (pending) return fail(refusalOf('publish.unsaved', { files: pending }));
  const state = ws.state();
  const form = state.pack.form;
  if (!form) return fail(refusalOf('publish.packUnreadable', { file: 'pack.yaml' }));
  const outDir = typedPath(req.outDir || defaultOutDir(ws.dir), ws.dir);
  const before = lastPublished(outDir, form.id);
  if (before && compareSemver(req.version, before.meta.version) <= 0) return fail(refusalOf('publish.notAbove', { version: req.version, published: before.meta.version }));

  const keyFile = typedPath(req.keyFile || defaultKeyFile(form.id), ws.dir);
  const noKey = keyRefusal(keyFile, req.createKey);
  if (noKey) return fail(noKey);

  if (req.version !== form.version) {
    const saved = await ws.packSave(state.pack.hash, { ...form, version: req.version } satisfies PackForm);
    if (!saved.ok) return fail(refusalOf('publish.packChanged', { file: 'pack.yaml' }));
  }
  const built = compileSource(ws.dir);
  if (!built.pack) return fail(refusalOf('publish.packErrors'), asProblems(built.problems, ws.dir));

  const key = await signingKey(keyFile);
  if (isRefusal(key)) return fail(key);
  const signed = signPack(built.pack, key);
  const verdict = await checkPackSignature(signed);
  if (verdict.status !== 'valid') return fail(refusalOf('publish.signature', { detail: verdict.problem ?? '' }));

  const changelog = ws.folder.get(CHANGELOG);
  const notes = changelogText(changelog?.text, req.version, req.changelog, isoDay(new Date()));
  const logged = await ws.folder.write(CHANGELOG, notes, changelog?.hash ?? null);
  if (!logged.ok) return fail(refusalOf('publish.changelogChanged', { file: CHANGELOG }));

  const id = signed.meta.id;
  const publicKey = signed.signature!.publicKey;
  const files: Array<[string, string]> = [
    [`${id}.json`, serializePack(signed)],
    [`${id}-${signed.meta.version}.json`, serializePack(signed)],
    [`${id}.pub`, `${publicKey}\n`],
    ['policy-chromium.json', policyJson(req.url, publicKey)],
    [CHANGELOG, notes],
  ];
  for (const [name, text] of files) writeFileAtomic(join(outDir, name), text);
  return { ok: true, version: signed.meta.version, written: files.map(([name]) => join(outDir, name)), publicKey, problems: asProblems(built.problems, ws.dir) };
}

