import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './static-server';

export interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let source: Promise<string> | undefined;

/**
 * axe-core (devDependency) run in the page on `include` (CSS selectors; open shadow roots are searched), or the whole
 * document. It is evaluated through the debugging protocol, which CRM pages' and extension pages' CSPs allow.
 * Returns every violation, whatever its impact, and the rules that passed.
 */
export async function runAxe(page: Page, include?: string[]): Promise<{ violations: AxeViolation[]; passed: string[] }> {
  source ??= readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const code = await source;
  // The script text is run as the page's own (debugging protocol), once per document.
  if (!(await page.evaluate(() => Boolean((globalThis as { axe?: unknown }).axe)))) await page.evaluate(code);
  return page.evaluate(async (inc) => {
    type Result = { violations: AxeViolation[]; passes: Array<{ id: string }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } }).axe;
    const result = await axe.run(inc ? { include: inc.map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      passed: result.passes.map((p) => p.id),
    };
  }, include);
}

/** A readable list of violations for a failed expectation. */
export const describeViolations = (v: AxeViolation[]) => v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${JSON.stringify(x.nodes.map((n) => n.target))}`);
