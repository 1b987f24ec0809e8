import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { ChromiumDriver } from './drivers/chromium';
import { storedTabState, until, type PanelView } from './drivers/driver';

/** The extension API in an extension page. */
declare const chrome: typeof extensionApi;

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const LISTING_TITLE = 'Data Scientist II, Amazon Ads';
const OTHER_LISTING = 'https://www.amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws';
const OTHER_TITLE = 'Sr. Data Scientist - AWS';
const SEARCH_PAGE = 'https://www.amazon.jobs/en/search?base_query=data+scientist';
const JOB_TITLE = '[data-testid="job-title"]';

async function shownTitle(panel: PanelView): Promise<string | null> {
  return panel.page.evaluate((css) => document.querySelector(css)?.textContent ?? null, JOB_TITLE);
}

/**
 * Errors from every script world of a page, the extension's content scripts included (the
 * page's own error events see only its main world): uncaught exceptions and console errors.
 */
class PageErrors {
  readonly seen: string[] = [];
  /** The page's script worlds now: their ids, and the origin each runs for. */
  private readonly worlds = new Map<number, { origin: string; isolated: boolean }>();
  private constructor(readonly cdp: CDPSession) {}

  static async watch(driver: ChromiumDriver, page: Page): Promise<PageErrors> {
    const errors = new PageErrors(await driver.context.newCDPSession(page));
    const { cdp, worlds } = errors;
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
      errors.seen.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
    );
    cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
      if (type === 'error') errors.seen.push(args.map((arg) => String(arg.value ?? arg.description)).join(' '));
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' && entry.source === 'javascript') errors.seen.push(entry.text);
    });
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      worlds.set(context.id, { origin: context.origin, isolated: (context.auxData as { type?: string } | undefined)?.type === 'isolated' }),
    );
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    return errors;
  }

  /** The id of the extension's content-script world in the page. */
  async contentScriptWorld(extensionOrigin: string): Promise<number> {
    const find = async () => [...this.worlds].find(([, world]) => world.isolated && world.origin === extensionOrigin)?.[0];
    return (await until(find, (id) => id !== undefined, 'the content script world'))!;
  }

  /** Evaluates `expression` in one of the page's script worlds. */
  async evaluateIn(world: number, expression: string): Promise<unknown> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { contextId: world, expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as unknown;
  }
}

describe('Chromium: the extension through its own lifecycle', () => {
  let driver: ChromiumDriver;
  const state = (tabId: number) => storedTabState(driver, tabId);

  beforeAll(async () => {
    driver = await ChromiumDriver.launch();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('keeps what it recognised when the service worker is stopped, and recognises again after it restarts', async () => {
    const { page, tabId } = await driver.openJobPage(LISTING);
    await until(() => driver.badge(tabId), (text) => text === '✓', 'the badge');

    await driver.stopServiceWorker();
    expect(await driver.serviceWorkerRunning()).toBe(false);

    const panel = await driver.openPanel(tabId);
    await panel.waitFor(JOB_TITLE);
    expect(await shownTitle(panel)).toBe(LISTING_TITLE);
    expect(await panel.count('section#section-questions')).toBe(1);

    // The panel's new tab is an event the background listens to: a new worker starts, and
    // finds what the stopped one recorded.
    await driver.serviceWorkerRestarted();
    expect((await state(tabId))?.job?.title).toBe(LISTING_TITLE);
    expect(await driver.badge(tabId)).toBe('✓');

    await page.goto(OTHER_LISTING);
    const next = await until(() => state(tabId), (value) => value?.job?.url === OTHER_LISTING, 'the next listing');
    expect(next?.job?.title).toBe(OTHER_TITLE);
    expect(next?.guideId).toBe('amazon-data-scientist');
    await until(() => driver.badge(tabId), (text) => text === '✓', 'the badge after the restart');
    await until(() => shownTitle(panel), (title) => title === OTHER_TITLE, 'the panel to show the next listing');
    await panel.close();
    await page.close();
  });

  it('offers the active tab when the tab a panel follows is closed', async () => {
    const pinned = await driver.openJobPage(LISTING);
    await until(() => driver.badge(pinned.tabId), (text) => text === '✓', 'the badge');
    const panel = await driver.openPanel(pinned.tabId);
    await panel.waitFor(JOB_TITLE);

    // The tab the user is on once the pinned one is gone: another listing, in the panel's window.
    const other = await driver.openJobPage(OTHER_LISTING);
    await until(() => driver.badge(other.tabId), (text) => text === '✓', 'the badge of the other listing');
    await panel.page.evaluate(async (tabId) => {
      const panelTab = await chrome.tabs.getCurrent();
      if (!panelTab) throw new Error('The panel is not open in a tab');
      await chrome.tabs.move(tabId, { windowId: panelTab.windowId, index: -1 });
      await chrome.tabs.update(tabId, { active: true });
    }, other.tabId);

    await pinned.page.close();
    await panel.waitFor('[data-testid="state-tab-closed"]');
    expect(await panel.count(JOB_TITLE)).toBe(0);

    await panel.click('[data-testid="follow-active-tab"]');
    await until(() => shownTitle(panel), (title) => title === OTHER_TITLE, 'the active tab in the panel');
    expect(await panel.count('[data-testid="state-tab-closed"]')).toBe(0);
    await panel.close();
    await other.page.close();
  });

  it('follows its tab to a page without a job and on to another listing', async () => {
    const { page, tabId } = await driver.openJobPage(LISTING);
    const panel = await driver.openPanel(tabId);
    await until(() => shownTitle(panel), (title) => title === LISTING_TITLE, 'the listing in the panel');

    await page.goto(SEARCH_PAGE);
    await panel.waitFor('[data-testid="state-no-job"]');
    expect(await panel.count(JOB_TITLE)).toBe(0);

    await page.goto(OTHER_LISTING);
    await until(() => shownTitle(panel), (title) => title === OTHER_TITLE, 'the next listing in the panel');
    expect(await panel.count('[data-testid="state-no-job"]')).toBe(0);
    await panel.close();
    await page.close();
  });

  it('leaves the old content script quiet after an extension reload, and the new one recognises the page', async () => {
    const { page, tabId } = await driver.openJobPage(LISTING);
    await until(() => driver.badge(tabId), (text) => text === '✓', 'the badge');
    const errors = await PageErrors.watch(driver, page);
    const world = await errors.contentScriptWorld(await extensionOriginOf(driver));
    expect(await errors.evaluateIn(world, 'globalThis.prepPanelReading?.isInvalid')).toBe(false);

    // The listener does hear an error thrown in the content script's world.
    await errors.evaluateIn(world, "setTimeout(() => { throw new Error('probe from the content script world') })");
    await until(async () => errors.seen, (seen) => seen.some((text) => text.includes('probe from')), 'the probe error');
    errors.seen.length = 0;

    await driver.reloadExtension();
    // The old script sees the page move on (in-page navigation, as single-page sites do).
    await page.evaluate(() => history.pushState({}, '', '/en/search?base_query=data+scientist'));
    await page.evaluate(() => history.pushState({}, '', '/en/jobs/2790001/data-scientist-prime-video'));
    expect(await errors.evaluateIn(world, 'globalThis.prepPanelReading?.isInvalid')).toBe(true);

    await page.reload();
    await until(() => driver.badge(tabId), (text) => text === '✓', 'the badge from the new content script');
    expect((await state(tabId))?.job?.title).toBe('Data Scientist, Prime Video');
    expect(errors.seen).toEqual([]);
    await errors.cdp.detach();
    await page.close();
  });
});

/** `chrome-extension://<id>`, the origin of the extension's content-script worlds. */
async function extensionOriginOf(driver: ChromiumDriver): Promise<string> {
  const page = await driver.openExtensionPage('sidepanel.html');
  // Node's URL gives no origin for this scheme.
  const origin = `chrome-extension://${new URL(page.url()).host}`;
  await page.close();
  return origin;
}
