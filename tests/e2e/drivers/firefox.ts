import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as extensionApi } from 'wxt/browser';
import {
  NOT_A_FIXTURE,
  PanelView,
  WEB_PAGE,
  checkPrerequisites,
  fixturePageFor,
  startWithRetries,
  until,
  type ExtensionDriver,
  type JobTab,
  type PageLike,
} from './driver';

/** The extension API inside an extension page, where `evaluate` callbacks run. */
declare const browser: typeof extensionApi & {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
};

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The build under test: `.output`, or the folder `PREPPANEL_OUT_DIR` names (as wxt.config.ts does). */
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../..', process.env.PREPPANEL_OUT_DIR ?? '.output', 'firefox-mv2');
/** The add-on's id (wxt.config.ts) and the fixed internal UUID its pages get in tests. */
const ADDON_ID = 'preppanel@preppanel.app';
const ADDON_UUID = '5b0d3f6e-8a53-4c1e-9d7a-2f4c6e8b1a90';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

interface Session {
  browser: Browser;
  /** An extension page kept open to call the extension API from. */
  probe: Page;
}

async function launchOnce(profile: string): Promise<Session> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // A temporary add-on is removed when Firefox closes; keep its data and UUID, as an
      // installed add-on's are, so a restart test means the same thing in both browsers.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Optional permissions are granted without a prompt, which a test cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
    const probe = await openExtensionPage(browser, 'sidepanel.html');
    return { browser, probe };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** Now and then a Firefox started on an existing profile never serves the re-installed add-on's pages; a second start does. */
function startSession(profile: string): Promise<Session> {
  checkPrerequisites(FIREFOX, FIREFOX_BUILD);
  return startWithRetries(() => launchOnce(profile));
}

/** A protocol error ends an attempt at once: this many tabs at most, not one after another for a minute. */
const MAX_PAGE_ATTEMPTS = 8;

/**
 * Extension pages may never report their load event: wait for content instead. Just after
 * Firefox starts, the add-on may not serve its pages yet; and now and then, on a busy
 * machine, a new tab's wait stays bound to the blank document it had before the extension
 * page (every query then fails with a protocol error, however long it goes on). So each
 * attempt opens a tab of its own and closes it when it gives up.
 */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  // Generous: on a loaded machine a restarted Firefox has been seen to take over 20 s.
  const deadline = Date.now() + 60_000;
  // Each attempt waits twice as long as the one before: a page that takes longer than one
  // attempt to load on a busy machine must not be restarted again and again.
  for (let attempt = 1, wait = 3_000; ; attempt++, wait = Math.min(wait * 2, 24_000)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 800 });
    page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    try {
      await page.waitForSelector('#root > *', { timeout: wait });
      return page;
    } catch (error) {
      // A page left open would go on loading in the tests that follow.
      await page.close().catch(() => undefined);
      if (Date.now() > deadline || attempt === MAX_PAGE_ATTEMPTS) throw error;
    }
  }
}

/** Debian's Firefox ESR with the built add-on installed, driven by Puppeteer over WebDriver BiDi. */
export class FirefoxDriver implements ExtensionDriver {
  readonly browserName = 'Firefox';
  private constructor(
    private session: Session,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<FirefoxDriver> {
    const profile = mkdtempSync(join(tmpdir(), 'preppanel-firefox-'));
    return new FirefoxDriver(await startSession(profile), profile);
  }

  private tabIds(): Promise<number[]> {
    return this.session.probe.evaluate(async () =>
      (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    );
  }

  async openTab(url: string): Promise<JobTab> {
    const before = new Set(await this.tabIds());
    const page = await this.session.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!WEB_PAGE.test(request.url())) return void request.continue();
      const body = fixturePageFor(request.url());
      void request.respond({ status: body ? 200 : 404, contentType: 'text/html; charset=utf-8', body: body ?? NOT_A_FIXTURE });
    });
    const ids = await until(() => this.tabIds(), (now) => now.some((id) => !before.has(id)), 'the new tab');
    await page.goto(url);
    const tabId = ids.find((id) => !before.has(id))!;
    return { tabId, page: this.pageLike(page, tabId) };
  }

  /**
   * Enables a site as the popup's button does: the permission request must come from a
   * user's click, so the test clicks a button in an extension page.
   */
  async enableSite(pattern: string): Promise<boolean> {
    const { probe } = this.session;
    await probe.evaluate((origin) => {
      const button = document.createElement('button');
      button.id = 'test-enable-site';
      button.textContent = 'enable';
      button.addEventListener('click', () => {
        void browser.permissions.request({ origins: [origin] }).then((granted) => {
          button.dataset.granted = String(granted);
        });
      });
      document.body.append(button);
    }, pattern);
    await probe.click('#test-enable-site');
    await probe.waitForSelector('#test-enable-site[data-granted]');
    return probe.evaluate(() => {
      const button = document.getElementById('test-enable-site');
      button?.remove();
      return button?.dataset.granted === 'true';
    });
  }

  badge(tabId: number): Promise<string> {
    return this.session.probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
  }

  tabState(tabId: number): Promise<unknown> {
    return this.session.probe.evaluate(async (id) => (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
  }

  openPanel(tabId: number): Promise<PanelView> {
    return this.openView(`sidepanel.html?tabId=${tabId}`);
  }

  openPopup(tabId: number): Promise<PanelView> {
    return this.openView(`popup.html?tabId=${tabId}`);
  }

  panelIsOpen(): Promise<boolean> {
    return this.session.probe.evaluate(() => browser.sidebarAction.isOpen({}), undefined);
  }

  private async openView(path: string): Promise<PanelView> {
    const before = new Set(await this.tabIds());
    const page = await openExtensionPage(this.session.browser, path);
    const tabId = (await this.tabIds()).find((id) => !before.has(id));
    return new PanelView(this.pageLike(page, tabId ?? -1));
  }

  private pageLike(page: Page, tabId: number): PageLike {
    return {
      click: (selector) => page.click(selector),
      waitForSelector: (selector, options) => page.waitForSelector(selector, options),
      // Puppeteer's own signature is variadic; the tests pass one serialisable argument.
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      close: () => page.close(),
      // Puppeteer does not notice a page that closed itself: ask the browser for its tabs.
      isClosed: async () => !(await this.tabIds()).includes(tabId),
    };
  }

  async restart(): Promise<void> {
    await this.session.browser.close();
    this.session = await startSession(this.profile);
  }

  async close(): Promise<void> {
    await this.session.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
