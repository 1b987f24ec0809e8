/**
 * `npm run bench`: what recognition costs a page. Builds the extension, then prints
 * - per saved page (and per hostile page), the median time recognition takes in Chromium
 *   over repeated runs, against the 2 ms budget;
 * - the size of each content script, minified and gzipped, against the 12 KB budget.
 * Exits non-zero when a budget is broken. Timings are measured here, never in tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/drivers/chromium';
import { pageFixtures } from '../tests/fixtures';
import { hostilePages } from '../tests/hostile-pages';

const RECOGNITION_BUDGET_MS = 2;
const CONTENT_SCRIPT_BUDGET_BYTES = 12 * 1024;
/** Medians of SAMPLES samples, each timing BATCH runs (Chromium's clock ticks in 0.1 ms steps). */
const SAMPLES = 21;
const BATCH = 20;
const ROOT = resolve(import.meta.dirname, '..');

/** The content script's recognition, bundled for the page as `globalThis.prepPanelRecognise`. */
async function recognitionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { recognise } from './content/recognise-all'; globalThis.prepPanelRecognise = recognise;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

async function main() {
  const pages = [
    ...pageFixtures().map((fixture) => ({ name: relative(ROOT, fixture.htmlPath), url: fixture.expected.url, html: fixture.html })),
    ...hostilePages().map((page) => ({ name: `hostile: ${page.name}`, url: page.url, html: page.html })),
  ];
  const bundle = await recognitionBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  // Each page is served at its own address; nothing else is fetched.
  let served = { url: '', html: '' };
  await page.route('**/*', (route) =>
    route.request().url() === served.url ? route.fulfill({ contentType: 'text/html', body: served.html }) : route.abort(),
  );
  let failed = false;

  console.log(`Recognition in Chromium, median of ${SAMPLES} samples of ${BATCH} runs (budget ${RECOGNITION_BUDGET_MS} ms)`);
  for (const { name, url, html } of pages) {
    served = { url, html };
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const { median, found } = await page.evaluate(
      ([samples, batch]) => {
        const run = (globalThis as unknown as { prepPanelRecognise: (doc: Document, href: string) => { job: unknown } })
          .prepPanelRecognise;
        const times: number[] = [];
        const result = run(document, location.href);
        for (let sample = 0; sample < samples; sample++) {
          const start = performance.now();
          for (let index = 0; index < batch; index++) run(document, location.href);
          times.push((performance.now() - start) / batch);
        }
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)]!, found: result.job !== null };
      },
      [SAMPLES, BATCH] as const,
    );
    const over = median > RECOGNITION_BUDGET_MS;
    failed ||= over;
    console.log(`  ${over ? '✗' : '✓'} ${median.toFixed(3).padStart(8)} ms  ${found ? 'job ' : 'none'}  ${name}`);
  }
  await browser.close();

  console.log(`\nContent scripts in ${relative(ROOT, CHROME_BUILD)} (budget ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} KB minified)`);
  const dir = join(CHROME_BUILD, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const path = join(dir, file);
    const size = statSync(path).size;
    const gzip = gzipSync(readFileSync(path)).length;
    const over = size > CONTENT_SCRIPT_BUDGET_BYTES;
    failed ||= over;
    console.log(`  ${over ? '✗' : '✓'} ${(size / 1024).toFixed(2).padStart(6)} KB minified  ${(gzip / 1024).toFixed(2).padStart(6)} KB gzip  ${file}`);
  }
  if (failed) {
    console.log('\nA budget is broken.');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
