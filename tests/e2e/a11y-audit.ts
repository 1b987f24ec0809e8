import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { expect } from 'vitest';

/** axe-core as the page sees it once injected. */
declare const axe: { run(context: Document, options: object): Promise<AxeResults> };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail the tests: what keeps a user from reading or using the view. */
const BLOCKING = new Set(['serious', 'critical']);

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations,
 * one line per violation and node, named after `view`. The script is evaluated (not added
 * as a script tag), so the extension's content security policy does not stop it.
 */
export async function seriousViolations(page: Page, view: string, colorScheme: ColorScheme): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  // Let the new colours apply (and any transition end) before the contrast is measured.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
    }));
  });
  return violations
    .filter((violation) => BLOCKING.has(violation.impact))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${view} [${colorScheme}] ${violation.impact} ${violation.id}: ${violation.help} at ${node}`),
    );
}

/** axe-core finds no serious or critical violation in the page, in either colour scheme. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const found: string[] = [];
  for (const scheme of COLOR_SCHEMES) found.push(...(await seriousViolations(page, view, scheme)));
  expect(found, found.join('\n')).toEqual([]);
}
