import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Ids of the bundled entries that presuppose a later stage (stage: resolved in their front matter). */
export function laterStageIds(): Set<string> {
  const ids = new Set<string>();
  for (const pack of ['el-core', 'en-core']) {
    for (const kind of ['sops', 'templates']) {
      const dir = join(process.cwd(), 'knowledge/packs', pack, kind);
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), 'utf8');
        const front = text.split(/^---$/m)[1] ?? '';
        if (/^stage:\s*resolved\s*$/m.test(front)) ids.add(/^id:\s*(\S+)/m.exec(front)![1]!);
      }
    }
  }
  return ids;
}
