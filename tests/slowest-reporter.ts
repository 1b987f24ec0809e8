import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** How many tests the summary lists. */
const LISTED = 10;
/** What a unit test may take on an idle machine (a budget to read, not an assertion). */
const UNIT_BUDGET_MS = 1_000;

/**
 * Lists the slowest tests of the run with their times, at its end, and marks
 * a unit test over its budget. `npm run test:unit` prints it; the README's testing part
 * quotes it.
 */
export default class SlowestTests implements Reporter {
  constructor(private readonly options: { budgetMs?: number } = { budgetMs: UNIT_BUDGET_MS }) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules.flatMap((module) =>
      [...module.children.allTests()].flatMap((test) => {
        const duration = test.diagnostic()?.duration;
        return duration === undefined ? [] : [{ duration, name: `${relative(process.cwd(), module.moduleId)} > ${test.fullName}` }];
      }),
    );
    timed.sort((a, b) => b.duration - a.duration);
    const { budgetMs } = this.options;
    const lines = timed.slice(0, LISTED).map(({ duration, name }) => {
      const over = budgetMs !== undefined && duration > budgetMs ? `  (over the ${budgetMs} ms budget)` : '';
      return `  ${Math.round(duration).toString().padStart(6)} ms  ${name}${over}`;
    });
    if (lines.length) process.stdout.write(`\nThe ${lines.length} slowest tests:\n${lines.join('\n')}\n`);
  }
}
