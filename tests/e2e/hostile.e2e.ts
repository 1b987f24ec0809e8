import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { DetectedJobSchema, type DetectedJob } from '../../lib/job/detected-job';
import { ATTACK_FLAG, LOOKALIKE_URLS, RESTLESS_LISTING_MOVES_TO, attack, hostilePages } from '../hostile-pages';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

/** The extension API as seen inside the service worker. */
declare const chrome: typeof extensionApi;

const pages = hostilePages();
const byName = (name: string) => {
  const page = pages.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`No hostile page named ${name}`);
  return page;
};
const RESTLESS = byName('a page that rewrites its DOM every 10 ms');
/** The restless page where no content script runs: how fast it ticks on its own. */
const RESTLESS_ELSEWHERE = 'https://restless.preppanel.example/en/jobs/2999009/data-scientist';
/** A real listing, whose content script shows when scripts have had their turn. */
const REAL_LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';

/** Whatever the markup of `attack` would have set, had it run in this page's main world. */
const attackFlag = (page: Page) => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], ATTACK_FLAG);

describe('Chromium: hostile pages', () => {
  let browser: ChromiumDriver;
  let extensionOrigin: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    extensionOrigin = `chrome-extension://${new URL(browser.context.serviceWorkers()[0]!.url()).host}`;
    // Later routes win over the driver's saved pages.
    const served = new Map([...pages.map((page) => [page.url, page.html] as const), [RESTLESS_ELSEWHERE, RESTLESS.html]]);
    await browser.context.route(
      (url) => served.has(url.href),
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.get(route.request().url())! }),
    );
    browser.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function recognised(tabId: number, done: (job: DetectedJob) => boolean = () => true): Promise<DetectedJob> {
    const state = await until(
      () => browser.tabState(tabId),
      (value) => {
        const job = DetectedJobSchema.safeParse((value as { job?: unknown } | undefined)?.job);
        return job.success && done(job.data);
      },
      'the job recognised',
    );
    return DetectedJobSchema.parse((state as { job: unknown }).job);
  }

  /** The isolated worlds of this extension's content scripts in the page, as DevTools lists them. */
  async function contentScriptWorlds(page: Page): Promise<string[]> {
    const session = await browser.context.newCDPSession(page);
    const worlds: string[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === extensionOrigin) worlds.push(context.name);
    });
    // Enabling reports every context that exists already.
    await session.send('Runtime.enable');
    await session.detach();
    return worlds;
  }

  /** Whether a click handler the page adds still runs. */
  async function clickRuns(page: Page, selector: string): Promise<boolean> {
    await page.evaluate(() => {
      const world = window as unknown as { clicks: number };
      world.clicks = 0;
      document.addEventListener('click', () => world.clicks++);
    });
    await page.click(selector);
    return page.evaluate(() => (window as unknown as { clicks: number }).clicks === 1);
  }

  /**
   * Opens the side panel of the tab and waits for the job it shows: with its guide, or
   * named in the "no guide yet" card.
   */
  async function openPanel(tabId: number): Promise<Page> {
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-testid="job-title"], [data-testid="state-no-guide"]').first().waitFor();
    return panel;
  }

  /** Elements in the panel that page text could only have made by being parsed as HTML. */
  const FROM_MARKUP = '#root script, #root img, #root iframe, #root [onerror], #root [onload], #root [onclick]';

  describe('markup in every field', () => {
    it.each([
      ['markup in every field of the page', ['title', 'company', 'location']],
      ['markup in every JSON-LD field', ['title', 'company']],
    ])('%s: the panel shows it as text, and none of it runs', async (name, fields) => {
      const { page, tabId } = await browser.openJobPage(byName(name).url);
      await recognised(tabId);
      const panel = await openPanel(tabId);
      const shown = (await panel.locator('#root').textContent()) ?? '';
      for (const field of fields) expect(shown, field).toContain(attack(field));
      expect(await panel.locator(FROM_MARKUP).count()).toBe(0);
      expect(await attackFlag(panel)).toBeUndefined();
      expect(await attackFlag(page)).toBeUndefined();
      await panel.close();
    });

    it('shows markup in requirements as text beside the guide, and runs none of it', async () => {
      const { page, tabId } = await browser.openJobPage(byName('requirements full of markup').url);
      await recognised(tabId);
      const panel = await openPanel(tabId);
      const requirements = panel.locator('[data-requirement] .check-text');
      await until(() => requirements.count(), (count) => count > 0, 'the requirements');
      expect(await requirements.allTextContents()).toEqual(
        expect.arrayContaining(['<img src=x onerror=alert(1)> as text', `${attack('requirement')}Statistics`]),
      );
      expect(await panel.locator(FROM_MARKUP).count()).toBe(0);
      expect(await attackFlag(panel)).toBeUndefined();
      expect(await attackFlag(page)).toBeUndefined();
      await panel.close();
    });

    it('shows a title full of markup as text, with no alert and no change of title in the panel', async () => {
      const { tabId } = await browser.openJobPage(byName('a title full of markup').url);
      await recognised(tabId);
      const panel = await openPanel(tabId);
      expect(await panel.locator('#root').textContent()).toContain(
        "<script>document.title='pwned'</script><img src=x onerror=alert(1)>Data Scientist",
      );
      expect(await panel.locator(FROM_MARKUP).count()).toBe(0);
      expect(await panel.title()).not.toBe('pwned');
      await panel.close();
    });
  });

  describe('lookalike addresses', () => {
    let real: { page: Page; tabId: number };
    let lookalikes: { url: string; page: Page; tabId: number }[];

    beforeAll(async () => {
      lookalikes = [];
      for (const url of LOOKALIKE_URLS) lookalikes.push({ url, ...(await browser.openJobPage(url)) });
      // Opened last: once its script has reported, the lookalikes' would have too.
      real = await browser.openJobPage(REAL_LISTING);
      await until(() => browser.badge(real.tabId), (text) => text === '✓', 'the real listing badge');
    });

    it("runs the extension's content script on the real listing (the check can see one)", async () => {
      expect(await contentScriptWorlds(real.page)).not.toEqual([]);
    });

    it.each(LOOKALIKE_URLS)('runs no content script on %s: no badge, no job', async (url) => {
      const { page, tabId } = lookalikes.find((candidate) => candidate.url === url)!;
      expect(page.url()).toBe(url);
      expect(await page.locator('h1.title').textContent()).toBe('Data Scientist');
      expect(await contentScriptWorlds(page)).toEqual([]);
      expect(await browser.tabState(tabId)).toBeUndefined();
      expect(await browser.badge(tabId)).toBe('');
    });
  });

  describe('a page that rewrites its DOM every 10 ms', () => {
    /** The page's own ticks per millisecond, once it has ticked `ticks` times. */
    async function tickRate(page: Page, ticks: number): Promise<number> {
      await page.bringToFront();
      await until(() => page.evaluate(() => (window as unknown as { ticks: number }).ticks), (count) => count >= ticks, `${ticks} ticks`);
      return page.evaluate(() => {
        const world = window as unknown as { ticks: number; ticksStarted: number };
        return world.ticks / (performance.now() - world.ticksStarted);
      });
    }

    let page: Page;
    let tabId: number;
    let writes: () => Promise<number>;

    beforeAll(async () => {
      // Every time the background stores what the tab shows: one per report of the content script.
      const worker = browser.context.serviceWorkers()[0]!;
      await worker.evaluate(() => {
        const world = globalThis as unknown as { tabStateWrites: Record<string, number> };
        world.tabStateWrites = {};
        chrome.storage.onChanged.addListener((changes, area) => {
          if (area !== 'session') return;
          for (const key of Object.keys(changes)) world.tabStateWrites[key] = (world.tabStateWrites[key] ?? 0) + 1;
        });
      });
      ({ page, tabId } = await browser.openJobPage(RESTLESS.url));
      writes = () => worker.evaluate((key) => (globalThis as unknown as { tabStateWrites: Record<string, number> }).tabStateWrites[key] ?? 0, `tab:${tabId}`);
    });

    it('follows the page to the listing it moved to', async () => {
      expect(await recognised(tabId, (job) => job.url === RESTLESS_LISTING_MOVES_TO)).toMatchObject({
        title: 'Data Scientist',
        jobId: new URL(RESTLESS_LISTING_MOVES_TO).pathname.split('/')[3],
      });
    });

    it('reads it a handful of times, not once per change, while the page keeps changing', async () => {
      // Long enough for the move, the script noticing it, and its whole follow-up window.
      const ticks = await until(() => page.evaluate(() => (window as unknown as { ticks: number }).ticks), (count) => count >= 600, '600 rewrites');
      const reports = await writes();
      expect(reports).toBeGreaterThan(0);
      // Each rewrite changes the requirements: a script that read on every change would report about as often as the page ticks.
      expect(reports).toBeLessThan(ticks / 20);
    });

    it('keeps ticking about as fast as where no content script runs, and answers clicks', async () => {
      const control = await browser.context.newPage();
      await control.goto(RESTLESS_ELSEWHERE);
      expect(await contentScriptWorlds(control)).toEqual([]);
      const alone = await tickRate(control, 300);
      await control.close();

      const reloaded = await browser.context.newPage();
      await reloaded.goto(RESTLESS.url);
      const withExtension = await tickRate(reloaded, 300);
      expect(await contentScriptWorlds(reloaded)).not.toEqual([]);
      // Generous: a content script that loops would starve the page's timer by far more.
      expect(withExtension).toBeGreaterThan(alone * 0.5);
      expect(await clickRuns(reloaded, '#clock')).toBe(true);
      await reloaded.close();
    });
  });

  describe('huge pages', () => {
    it.each([
      ['1,000 JSON-LD blocks', 'Data Scientist 0'],
      ['5 MB of text', 'Data Scientist'],
      ['a 5 MB requirement', 'Data Scientist'],
    ])('recognises %s, renders the panel, and the page still answers clicks', async (name, title) => {
      const { page, tabId } = await browser.openJobPage(byName(name).url);
      expect(await recognised(tabId)).toMatchObject({ site: 'amazon.jobs', title });
      const panel = await openPanel(tabId);
      expect(await panel.locator('#root').textContent()).toContain(title);
      expect(await clickRuns(page, 'h1.title')).toBe(true);
      await panel.close();
      await page.close();
    });
  });

  it('opened no dialog on any page or in the extension', () => {
    expect(dialogs).toEqual([]);
  });
});
