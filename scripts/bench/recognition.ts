/** Recognition time per saved page (and hostile page), measured in Chromium. */
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/drivers/chromium';
import { pageFixtures } from '../../tests/fixtures';
import { hostilePages } from '../../tests/hostile-pages';
import type { Measure } from './measures';

export const RECOGNITION_BUDGET_MS = 2;
/** Medians of SAMPLES samples, each timing BATCH runs (Chromium's clock ticks in 0.1 ms steps). */
export const SAMPLES = 21;
export const BATCH = 20;
const ROOT = resolve(import.meta.dirname, '../..');
const GROUP = `Recognition in Chromium: median of ${SAMPLES} samples of ${BATCH} runs`;

interface BenchPage {
  name: string;
  url: string;
  html: string;
}

export interface RecognitionResult {
  measures: Measure[];
  /** The browser's version, e.g. "156.0.8078.79". */
  chromiumVersion: string;
}

function benchPages(): BenchPage[] {
  return [
    ...pageFixtures().map((fixture) => ({ name: relative(ROOT, fixture.htmlPath), url: fixture.expected.url, html: fixture.html })),
    ...hostilePages().map((page) => ({ name: `hostile: ${page.name}`, url: page.url, html: page.html })),
  ];
}

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

/** Times recognition on the page already loaded: the median of SAMPLES samples, in ms. */
function timeRecognition(page: Page): Promise<number> {
  return page.evaluate(
    ([samples, batch]) => {
      const run = (globalThis as unknown as { prepPanelRecognise: (doc: Document, href: string) => unknown }).prepPanelRecognise;
      run(document, location.href);
      const times: number[] = [];
      for (let sample = 0; sample < samples; sample++) {
        const start = performance.now();
        for (let index = 0; index < batch; index++) run(document, location.href);
        times.push((performance.now() - start) / batch);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)]!;
    },
    [SAMPLES, BATCH] as const,
  );
}

export async function measureRecognition(): Promise<RecognitionResult> {
  const bundle = await recognitionBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // Each page is served at its own address; nothing else is fetched.
    let served: BenchPage = { name: '', url: '', html: '' };
    await page.route('**/*', (route) =>
      route.request().url() === served.url ? route.fulfill({ contentType: 'text/html', body: served.html }) : route.abort(),
    );
    const measures: Measure[] = [];
    for (const benchPage of benchPages()) {
      served = benchPage;
      await page.goto(benchPage.url, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      measures.push({
        id: `recognition:${benchPage.name}`,
        group: GROUP,
        label: benchPage.name,
        value: await timeRecognition(page),
        unit: 'ms',
        budget: RECOGNITION_BUDGET_MS,
      });
    }
    return { measures, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
