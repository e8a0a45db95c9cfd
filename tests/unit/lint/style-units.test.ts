import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../../support/static-server';

/** The lint rule that keeps numbers out of style objects (Preact 11 drops them) really fires, and only there. */
describe('lint: numbers in JSX style objects', () => {
  const lint = async (code: string) => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/components/probe.tsx` });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
  };

  it('flags bare numbers, shorthand and arithmetic; passes strings with units', async () => {
    const code = [
      'const left = 1, top = 2, w = 3;',
      'export const a = <div style={{ left, top }} />;',
      'export const b = <div style={{ top: 10 }} />;',
      'export const c = <div style={{ width: w * 2 }} />;',
      'export const d = <div style={{ left: `${left}px`, color: "red" }} />;',
      'export const e = <div style={{ maxHeight: w }} />;',
      'export const f = <div style={{ height: w > 0 ? `${w}px` : "480px" }} />;',
      'export const g = <div style={{ height: w > 0 ? w : "480px" }} />;',
    ].join('\n');
    expect(await lint(code)).toEqual([2, 2, 3, 4, 6, 8]);
  }, 30_000);
});
