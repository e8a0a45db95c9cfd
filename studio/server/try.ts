/**
 * "Try it" and the confusion view: the folder's pack as it stands (drafts included) searched exactly as the
 * overlay searches (knowledge/engine/suggest-reply.ts), optionally layered over the bundled packs as an agent who
 * has them on sees it; and cross-validation over the entries' own triggers (what `odigos eval --cv` computes).
 */
import { realpathSync } from 'node:fs';
import { bundledPackDirs } from '@/knowledge/build/vite-plugin';
import { crossValidate } from '@/knowledge/engine/cross-validate';
import { createIsolatingMatcher } from '@/knowledge/engine/isolated';
import { suggestReply } from '@/knowledge/engine/suggest-reply';
import { textLang } from '@/lib/crm/snapshot';
import { compileSource } from '@/knowledge/node/compile';
import type { CompiledPack } from '@/knowledge/types';
import type { CvReply, TryReply, TryRequest } from '../model/api';
import type { Workspace } from './workspace';

/** Layers as the extension orders them: the bundled packs below a company's. */
const BUNDLED_PRIORITY = 0;
const OWN_PRIORITY = 10;

const real = (dir: string) => {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
};

export function isBundledFolder(dir: string): boolean {
  return bundledPackDirs().some((d) => real(d) === real(dir));
}

let bundledCache: Array<{ dir: string; pack: CompiledPack }> | undefined;
/** The bundled packs (compiled once per run), without the folder being edited when it is one of them. */
function bundledPacks(except: string): CompiledPack[] {
  bundledCache ??= bundledPackDirs().flatMap((d) => {
    const { pack } = compileSource(d);
    return pack ? [{ dir: real(d), pack }] : [];
  });
  return bundledCache.filter((b) => b.dir !== real(except)).map((b) => b.pack);
}

function blockedBy(ws: Workspace) {
  const checked = ws.checked();
  return { pack: checked.pack, errors: checked.problems.filter((p) => p.severity === 'error') };
}

export function tryMessage(ws: Workspace, req: TryRequest): TryReply {
  const { pack, errors } = blockedBy(ws);
  if (!pack) return { blocked: errors };
  const others = req.withBundled ? bundledPacks(ws.dir).filter((p) => p.meta.id !== pack.meta.id) : [];
  const matcher = createIsolatingMatcher([...others.map((p) => ({ pack: p, priority: BUNDLED_PRIORITY })), { pack, priority: OWN_PRIORITY }]);
  // The overlay puts entries in the customer's language first, judging it as the content session does.
  const lang = textLang(req.text.slice(0, 2000));
  return { reply: suggestReply(matcher, req.text, { formality: req.formality, ...(lang ? { lang } : {}) }) };
}

export function crossValidation(ws: Workspace, folds: number): CvReply {
  const { pack, errors } = blockedBy(ws);
  if (!pack) return { titles: {}, blocked: errors };
  const cv = crossValidate([pack], Math.min(20, Math.max(2, Math.floor(folds) || 5)));
  const titles = Object.fromEntries(pack.entries.map((e) => [e.id, e.title]));
  return { cv, titles };
}
