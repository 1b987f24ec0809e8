import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import {
  NOT_A_FIXTURE,
  PanelView,
  WAIT_MS,
  WEB_PAGE,
  checkPrerequisites,
  fixturePageFor,
  startWithRetries,
  until,
  type ExtensionDriver,
  type JobTab,
  type PageLike,
} from './driver';

/** A global set in a running service worker; a worker started afterwards does not have it. */
const WORKER_MARK = 'preppanelTestMark';

/** The extension API as seen inside the service worker, where `evaluate` callbacks run. */
declare const chrome: typeof extensionApi;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The build under test: `.output`, or the folder `PREPPANEL_OUT_DIR` names (as wxt.config.ts does). */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../..', process.env.PREPPANEL_OUT_DIR ?? '.output', 'chrome-mv3');

function pageLike(page: Page): PageLike {
  return {
    click: (selector) => page.click(selector),
    waitForSelector: (selector, options) => page.waitForSelector(selector, options),
    // Playwright's own signature unboxes handles; the tests pass one serialisable argument.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    close: () => page.close(),
    isClosed: async () => page.isClosed(),
  };
}

interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/**
 * Chromium's fake camera and microphone (a test pattern and a beep), with every request to
 * use them granted as if the user had allowed it.
 */
const FAKE_MEDIA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

function startSession(profile: string, headless: boolean, extraArgs: readonly string[] = []): Promise<Session> {
  checkPrerequisites(CHROMIUM, CHROME_BUILD);
  return startWithRetries(() => launchOnce(profile, headless, extraArgs));
}

async function launchOnce(profile: string, headless: boolean, extraArgs: readonly string[]): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...extraArgs,
    ],
  });
  try {
    // Job sites are answered from the saved pages; nothing reaches the network.
    await context.route(WEB_PAGE, (route) => {
      const body = fixturePageFor(route.request().url());
      return route.fulfill({ status: body ? 200 : 404, contentType: 'text/html; charset=utf-8', body: body ?? NOT_A_FIXTURE });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
    return { context, worker, extensionId: new URL(worker.url()).host };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Debian's Chromium with the built extension loaded, driven by Playwright. */
export class ChromiumDriver implements ExtensionDriver {
  readonly browserName = 'Chromium';
  private constructor(
    private session: Session,
    private readonly profile: string,
    private readonly headless: boolean,
    private readonly extraArgs: readonly string[] = [],
  ) {}

  /** `fakeMedia`: a fake camera and microphone that pages may use without asking. */
  static async launch({ headless = true, fakeMedia = false } = {}): Promise<ChromiumDriver> {
    const profile = mkdtempSync(join(tmpdir(), 'preppanel-chromium-'));
    const extraArgs = fakeMedia ? FAKE_MEDIA_ARGS : [];
    return new ChromiumDriver(await startSession(profile, headless, extraArgs), profile, headless, extraArgs);
  }

  get context(): BrowserContext {
    return this.session.context;
  }

  private get worker(): Worker {
    return this.session.worker;
  }

  private tabIds(): Promise<number[]> {
    return this.worker.evaluate(async () => (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
  }

  /** Opens a job page and returns it with its tab id (the demo takes screenshots of it). */
  async openJobPage(url: string): Promise<{ page: Page; tabId: number }> {
    const before = new Set(await this.tabIds());
    const page = await this.context.newPage();
    const [tabId] = (await until(() => this.tabIds(), (ids) => ids.some((id) => !before.has(id)), 'the new tab')).filter(
      (id) => !before.has(id),
    );
    await page.goto(url);
    return { page, tabId: tabId! };
  }

  async openTab(url: string): Promise<JobTab> {
    const { page, tabId } = await this.openJobPage(url);
    return { tabId, page: pageLike(page) };
  }

  badge(tabId: number): Promise<string> {
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  tabState(tabId: number): Promise<unknown> {
    return this.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
  }

  async openExtensionPage(path: string, width = 360): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`chrome-extension://${this.session.extensionId}/${path}`);
    return page;
  }

  openPanel(tabId: number): Promise<PanelView> {
    return this.openView(`sidepanel.html?tabId=${tabId}`, 360);
  }

  openPopup(tabId: number): Promise<PanelView> {
    return this.openView(`popup.html?tabId=${tabId}`, 320);
  }

  private async openView(path: string, width: number): Promise<PanelView> {
    return new PanelView(pageLike(await this.openExtensionPage(path, width)));
  }

  panelIsOpen(): Promise<boolean> {
    return this.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0);
  }

  /** Service workers the browser runs now for the extension, as the DevTools protocol lists them. */
  private async serviceWorkerTargets(): Promise<{ targetId: string; url: string }[]> {
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const origin = `chrome-extension://${this.session.extensionId}/`;
      return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(origin));
    } finally {
      await cdp.detach();
    }
  }

  /** Whether the extension's service worker runs now. */
  async serviceWorkerRunning(): Promise<boolean> {
    return (await this.serviceWorkerTargets()).length > 0;
  }

  /** Marks the running service worker, so that a new one (which has lost it) can be told apart. */
  private async markServiceWorker(): Promise<void> {
    await this.worker.evaluate((mark) => void Object.assign(globalThis, { [mark]: true }), WORKER_MARK);
  }

  /** Waits until the extension's service worker runs again, started after the last mark. */
  private async newServiceWorker(what: string): Promise<void> {
    await until(
      async () => (await this.serviceWorkerRunning()) && !(await this.worker.evaluate((mark) => mark in globalThis, WORKER_MARK)),
      Boolean,
      what,
    );
  }

  /**
   * Stops the extension's service worker, as Chromium does once it has been idle, and
   * returns when it is gone. The next event it listens to starts a new one.
   */
  async stopServiceWorker(): Promise<void> {
    await this.markServiceWorker();
    const [target] = await this.serviceWorkerTargets();
    if (!target) throw new Error('The extension has no service worker running to stop');
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    } finally {
      await cdp.detach();
    }
    await until(() => this.serviceWorkerRunning(), (running) => !running, 'the service worker to stop');
  }

  /** Resolves once a new service worker runs, started after the last `stopServiceWorker`. */
  serviceWorkerRestarted(): Promise<void> {
    return this.newServiceWorker('a new service worker');
  }

  /**
   * Reloads the extension from its folder, as an update or the Reload button of
   * chrome://extensions does, and returns once its new service worker runs. Pages keep the
   * content scripts already injected, now left behind. (`runtime.reload()` would leave an
   * extension loaded from the command line disabled.)
   */
  async reloadExtension(): Promise<void> {
    const old = this.worker;
    const origin = `chrome-extension://${this.session.extensionId}/`;
    const next = this.context.waitForEvent('serviceworker', { predicate: (worker) => worker !== old && worker.url().startsWith(origin) });
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: CHROME_BUILD });
      if (id !== this.session.extensionId) throw new Error(`The reload loaded another extension (${id})`);
    } finally {
      await cdp.detach();
    }
    this.session.worker = await next;
  }

  async restart(): Promise<void> {
    await this.context.close();
    this.session = await startSession(this.profile, this.headless, this.extraArgs);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
