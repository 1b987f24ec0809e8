/**
 * `npm run bench`: what PrepPanel costs. Builds the extension, then measures and prints in one table
 * - per saved page (and per hostile page), the median time recognition takes in Chromium
 *   (budget: under 2 ms);
 * - the JavaScript each content script ships, minified and gzipped (budget: under 12 KB minified),
 *   and the JavaScript each other view loads (side panel, popup, options page, background);
 * - the side panel's time from navigation start to the guide rendered for the sample listing,
 *   in Chromium, median of 10 (budget: under 150 ms);
 * - the background service worker's JS heap after startup and after recognising the listing;
 * each beside the previous run stored in bench/last-run.json, which the run then overwrites
 * (`--no-save`: compare only). Exits non-zero when a budget is broken. Speed and size are
 * measured here, never by timed assertions in tests.
 */
import { relative, resolve } from 'node:path';
import { CHROME_BUILD } from '../tests/e2e/drivers/chromium';
import { measureExtension } from './bench/extension';
import { LAST_RUN_PATH, machineNotes, readLastRun, thisMachine, toLastRun, writeLastRun } from './bench/last-run';
import type { Measure } from './bench/measures';
import { measureRecognition } from './bench/recognition';
import { brokenBudgets, formatTable, goneMeasures } from './bench/report';
import { measureShipped } from './bench/shipped';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'Usage: npm run bench [-- --no-save]\n  --no-save  compare with bench/last-run.json without overwriting it';

function parseArgs(args: string[]): { save: boolean } {
  let save = true;
  for (const arg of args) {
    if (arg === '--') continue;
    else if (arg === '--no-save') save = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${USAGE}`);
  }
  return { save };
}

async function main() {
  const { save } = parseArgs(process.argv.slice(2));
  const previous = readLastRun();
  const notes: string[] = previous.run ? [] : [previous.note];

  console.log(`Measuring the build in ${relative(ROOT, CHROME_BUILD)} …`);
  const recognition = await measureRecognition();
  const extension = await measureExtension();
  notes.push(...extension.notes);
  const measures: Measure[] = [...recognition.measures, ...measureShipped(CHROME_BUILD), ...extension.measures];
  const machine = thisMachine(recognition.chromiumVersion);

  console.log(`\n${formatTable(measures, previous.run)}\n`);
  console.log(`This run: ${machine.cpuCount} × ${machine.cpu}, Chromium ${machine.chromium}, Node ${machine.node}.`);
  if (previous.run) {
    console.log(`Compared with the run of ${previous.run.date} (${relative(ROOT, LAST_RUN_PATH)}).`);
    notes.push(...machineNotes(previous.run, machine));
    const gone = goneMeasures(measures, previous.run);
    if (gone.length > 0) notes.push(`Measured last time, not this time: ${gone.join(', ')}.`);
  }
  for (const note of notes) console.log(`Note: ${note}`);

  if (save) {
    writeLastRun(toLastRun(measures, machine));
    console.log(`Saved this run to ${relative(ROOT, LAST_RUN_PATH)} (commit it to record the run; --no-save compares only).`);
  }

  const broken = brokenBudgets(measures);
  if (broken.length > 0) {
    console.log(`\n${broken.length === 1 ? 'A budget is' : `${broken.length} budgets are`} broken:`);
    for (const line of broken) console.log(`  ✗ ${line}`);
    process.exit(1);
  }
  console.log('\nAll budgets are met.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
