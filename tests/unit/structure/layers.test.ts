import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers (CONTRIBUTING.md) are enforced by eslint.config.js: these lint made-up files placed in each folder,
 * so a rule that stopped matching (a renamed folder, a mistyped pattern) fails here rather than passing silently.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('lint keeps the layers pointing down', () => {
  it.each([
    ['knowledge/engine/x.ts', "import { request } from '@/lib/messages';\nvoid request;\n"],
    ['knowledge/pack/x.ts', "import { t } from '../../lib/i18n';\nvoid t;\n"],
    ['knowledge/x.ts', "export const here = () => document.title;\n"],
    ['lib/overlay/x.ts', "import { OverlayApp } from '@/components/overlay/OverlayApp';\nvoid OverlayApp;\n"],
    ['lib/crm/x.ts', "import { OverlayApp } from '../../components/overlay/OverlayApp';\nvoid OverlayApp;\n"],
    ['lib/x.ts', "import { mountOverlay } from '@/app/content/overlay';\nvoid mountOverlay;\n"],
    ['components/overlay/x.tsx', "import { ensureExtras } from '@/app/extras/load';\nvoid ensureExtras;\n"],
    ['components/overlay/x.tsx', "import { request } from '@/lib/messages';\nvoid request;\n"],
    ['components/overlay/x.tsx', "import { browser } from 'wxt/browser';\nvoid browser;\n"],
    ['components/overlay/x.tsx', "export const open = () => browser.tabs.create({});\n"],
    ['components/options/x.tsx', "import { packsChangedItem } from '@/lib/store/packs';\nvoid packsChangedItem;\n"],
    ['components/options/KnowledgeSection.tsx', "import { request } from '@/lib/messages';\nvoid request;\n"],
    ['components/options/NotesSection.tsx', "export const open = () => browser.tabs.create({});\n"],
    ['components/options/SnippetsSection.tsx', "import { getSnippets } from '@/lib/store/snippets';\nvoid getSnippets;\n"],
    ['components/options/managed.tsx', "import { lastKnownPolicyItem } from '@/lib/store/policy';\nvoid lastKnownPolicyItem;\n"],
    ['app/content/x.ts', "import '@/entrypoints/content';\n"],
    ['knowledge/pack/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n"],
    ['knowledge/engine/x.ts', "import { join } from 'path';\nvoid join;\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  it.each([
    ['lib/overlay/x.ts', "import { parseHotkey } from '@/lib/hotkey';\nimport type { Entry } from '@/knowledge/types';\nexport type E = Entry;\nvoid parseHotkey;\n"],
    ['components/overlay/x.tsx', "import type { Settings } from '@/lib/store/settings';\nimport { sayCommon } from '@/lib/i18n';\nexport type S = Settings;\nvoid t;\n"],
    ['knowledge/node/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n"],
    ['knowledge/cli/x.ts', "import { join } from 'node:path';\nvoid join;\n"],
    ['app/content/x.ts', "import { OverlayApp } from '@/components/overlay/OverlayApp';\nimport { browser } from 'wxt/browser';\nvoid OverlayApp;\nvoid browser;\n"],
  ])('%s: imports down the layers (and types of services, in views) are fine', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('lint keeps functions short in lib/, knowledge/, components/ and app/', () => {
  const body = (lines: number) => `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines)}  return n;\n}\n`;

  it.each(['lib/crm/x.ts', 'knowledge/engine/x.ts', 'components/overlay/x.ts', 'app/content/x.ts'])('%s: a function over 80 lines is refused, one of 70 is fine', async (file) => {
    const [long] = await eslint.lintText(body(90), { filePath: file });
    expect(long.messages.map((m) => m.ruleId)).toContain('max-lines-per-function');
    const [short] = await eslint.lintText(body(70), { filePath: file });
    expect(short.messages.map((m) => m.ruleId)).not.toContain('max-lines-per-function');
  });
});
