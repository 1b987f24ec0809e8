/**
 * With the built extension loaded in Chromium: the side panel's time to render the guide, and
 * the background service worker's memory.
 */
import type { CDPSession, Page } from 'playwright-core';
import { ChromiumDriver } from '../../tests/e2e/drivers/chromium';
import { until } from '../../tests/e2e/drivers/driver';
import { median, type Measure } from './measures';

/** The bundled sample listing (as in `npm run demo`). */
export const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
export const PANEL_BUDGET_MS = 150;
export const PANEL_RUNS = 10;
/** The guide is rendered once both are in the DOM: the job's header and the guide's last section. */
const RENDERED = ['[data-testid="job-header"]', '#section-sources'];
/** How long the background is left to settle after the browser starts. */
const STARTUP_SETTLE_MS = 1_000;

export interface ExtensionResult {
  measures: Measure[];
  notes: string[];
}

interface RenderTimes {
  times: number[];
  median: number;
  min: number;
  max: number;
}

/** What the init script leaves on `window`: when the guide was first in the DOM (ms from navigation start). */
interface RenderMark {
  prepPanelRendered?: number;
}

/**
 * Opens the side panel for the tab in a fresh page and returns the time from the navigation's
 * start to the guide being in the DOM, as the page itself saw it (`performance.now()` counts
 * from the navigation's time origin). No component is changed: a MutationObserver, added
 * before any of the page's scripts run, watches for the guide.
 */
async function panelRenderTime(driver: ChromiumDriver, extensionId: string, tabId: number): Promise<number> {
  const page = await driver.context.newPage();
  try {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.addInitScript((selectors: string[]) => {
      const mark = window as RenderMark;
      const rendered = () => selectors.every((selector) => document.querySelector(selector) !== null);
      const observer = new MutationObserver(() => {
        if (mark.prepPanelRendered === undefined && rendered()) {
          mark.prepPanelRendered = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, RENDERED);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as RenderMark).prepPanelRendered, undefined, { timeout: 15_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

async function panelRenderTimes(driver: ChromiumDriver, extensionId: string, tabId: number): Promise<RenderTimes> {
  const times: number[] = [];
  for (let run = 0; run < PANEL_RUNS; run++) times.push(await panelRenderTime(driver, extensionId, tabId));
  return { times, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/**
 * The service worker's JS heap, through the DevTools protocol. Playwright opens CDP sessions
 * on pages only, so a page's session attaches to the worker's target and relays messages to
 * it (`Target.sendMessageToTarget`).
 */
class WorkerHeap {
  private nextId = 0;

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {}

  static async attach(page: Page, workerUrl: string): Promise<WorkerHeap> {
    const session = await page.context().newCDPSession(page);
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
    if (!target) throw new Error(`No service worker target at ${workerUrl}`);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerHeap(session, sessionId);
  }

  private call(method: string, params: object = {}): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const onMessage = ({ sessionId, message }: { sessionId: string; message: string }) => {
        if (sessionId !== this.sessionId) return;
        const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
        if (reply.id !== id) return;
        this.session.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      };
      this.session.on('Target.receivedMessageFromTarget', onMessage);
      this.session
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  }

  /** Bytes of JS heap in use, after a garbage collection. */
  async usedAfterGc(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    const usage = (await this.call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  }

  async detach(): Promise<void> {
    await this.session.detach();
  }
}

const memoryMeasure = (id: string, label: string, value: number): Measure => ({
  id: `memory:${id}`,
  group: 'Background service worker: JS heap used, after garbage collection',
  label,
  value,
  unit: 'MB',
});

export async function measureExtension(): Promise<ExtensionResult> {
  const driver = await ChromiumDriver.launch();
  const notes: string[] = [];
  const measures: Measure[] = [];
  try {
    const worker = driver.context.serviceWorkers()[0] ?? (await driver.context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await new Promise((resolve) => setTimeout(resolve, STARTUP_SETTLE_MS));

    // The heap is read through a blank page of its own, so the listing's tab is not disturbed.
    const cdpPage = await driver.context.newPage();
    let heap: WorkerHeap | undefined;
    try {
      heap = await WorkerHeap.attach(cdpPage, worker.url());
      measures.push(memoryMeasure('startup', 'after startup', await heap.usedAfterGc()));
    } catch (error) {
      notes.push(`The background's memory could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }

    const { tabId } = await driver.openJobPage(LISTING);
    await until(() => driver.badge(tabId), (text) => text === '✓', 'the badge on the sample listing');
    if (heap) measures.push(memoryMeasure('recognised', 'after the sample listing was recognised', await heap.usedAfterGc()));
    await heap?.detach();
    await cdpPage.close();

    const panel = await panelRenderTimes(driver, extensionId, tabId);
    measures.push({
      id: 'panel:rendered',
      group: `Side panel in Chromium: navigation start to guide rendered, median of ${PANEL_RUNS} fresh pages`,
      label: `sample listing (min ${panel.min.toFixed(1)} ms, max ${panel.max.toFixed(1)} ms)`,
      value: panel.median,
      unit: 'ms',
      budget: PANEL_BUDGET_MS,
    });
    return { measures, notes };
  } finally {
    await driver.close();
  }
}
