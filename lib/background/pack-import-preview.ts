import { diffPacks, type PackDiff } from '@/knowledge/pack/diff';
import type { CompiledPack } from '@/knowledge/types';
import { findInstalled, getPackIndex, loadPackVersion, type SignatureStatus } from '../store/packs';
import { getBundledPacks } from './pack-bundled';
import { decodePackFile, takeInPack } from './pack-intake';
import { FailureError } from '../failure';
import { defaultDeps, pinnedKeysFor, type ImportRequest, type PackDeps } from './pack-library';

/** What installing a pack file would change, shown before anything is stored (as a URL update is). */
export interface ImportPreview {
  id: string;
  name: string;
  version: string;
  signature: SignatureStatus;
  /** What the file is compared with: the installed version, the built-in pack it replaces, or nothing (a new pack). */
  replaces?: { source: 'installed' | 'bundled'; version: string };
  diff: PackDiff;
}

/** Nothing installed yet: every entry of the file is new (and no "version not bumped" warning for a first install). */
function nothingBefore(pack: CompiledPack): CompiledPack {
  return { ...pack, entries: [], meta: { ...pack.meta, version: '0.0.0' } };
}

/**
 * A pack file chosen in the options page, validated by the same gate as every pack (takeInPack) and compared with
 * what it would replace. Nothing is stored: the agent accepts (packs.import) or rejects the preview.
 */
export async function previewPackFile(req: ImportRequest, deps: PackDeps = defaultDeps): Promise<ImportPreview> {
  const policy = await deps.policy();
  const decoded = decodePackFile(req.data, req.fileName);
  if (!decoded.ok) throw new FailureError(decoded.failure, decoded.message);
  const intake = await takeInPack(decoded.text, { from: req.fileName, pinnedKeys: pinnedKeysFor({}, policy), now: deps.now() });
  if (!intake.ok) throw new FailureError(intake.failure, intake.message);
  const { pack, signature } = intake;
  const id = pack.meta.id;
  const installed = findInstalled(await getPackIndex(), id);
  const inUse = installed ? await loadPackVersion(id, installed.current) : null;
  const bundled = installed ? undefined : getBundledPacks().find((p) => p.meta.id === id);
  const before = inUse ?? bundled;
  return {
    id,
    name: pack.meta.name,
    version: pack.meta.version,
    signature,
    ...(before ? { replaces: { source: inUse ? 'installed' : 'bundled', version: before.meta.version } } : {}),
    diff: diffPacks(before ?? nothingBefore(pack), pack),
  };
}
