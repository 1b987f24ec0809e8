import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TabStateSchema, type TabState } from '../../../lib/extension/tab-state';
import { pageFixtures } from '../../fixtures';

/**
 * What an end-to-end test does with a browser that has the built extension loaded. One
 * implementation per browser, so the same journeys run in Chromium and Firefox.
 */
export interface ExtensionDriver {
  readonly browserName: string;
  /** Opens a new tab on `url`: the page, and the tab's id as the extension sees it. */
  openTab(url: string): Promise<JobTab>;
  badge(tabId: number): Promise<string>;
  /** What the background stored for the tab (see lib/extension/tab-state.ts), unparsed. */
  tabState(tabId: number): Promise<unknown>;
  /** Opens `sidepanel.html?tabId=N` in a tab of its own, 360 px wide. */
  openPanel(tabId: number): Promise<PanelView>;
  /** Opens `popup.html?tabId=N` in a tab of its own. */
  openPopup(tabId: number): Promise<PanelView>;
  /** Whether the browser's own side panel (sidebar) is showing the extension. */
  panelIsOpen(): Promise<boolean>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface JobTab {
  tabId: number;
  page: PageLike;
}

/** The small part of Playwright's and Puppeteer's page objects that the tests use. */
export interface PageLike {
  click(selector: string): Promise<void>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
  isClosed(): Promise<boolean>;
}

/** An open side panel, read through the DOM the way a user sees it. */
export class PanelView {
  constructor(readonly page: PageLike) {}

  async waitFor(selector: string): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: WAIT_MS });
  }

  text(selector: string): Promise<string> {
    return this.page.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);
  }

  count(selector: string): Promise<number> {
    return this.page.evaluate((css) => document.querySelectorAll(css).length, selector);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate(([css, attr]) => document.querySelector(css)?.getAttribute(attr) ?? null, [selector, name] as const);
  }

  isChecked(selector: string): Promise<boolean> {
    return this.page.evaluate((css) => document.querySelector<HTMLInputElement>(css)?.checked ?? false, selector);
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  /** Reloads the panel and waits for the new document's content (extension pages may never report their load). */
  async reload(): Promise<void> {
    await this.page.evaluate(() => {
      document.documentElement.dataset.stale = 'true';
      location.reload();
    }, undefined);
    await this.waitFor('html:not([data-stale]) #root > *');
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  /** True once the page has closed itself (e.g. the popup after opening the panel). */
  isClosed(): Promise<boolean> {
    return this.page.isClosed();
  }
}

/** What the background stored for a tab, checked against its schema; `undefined` before anything is. */
export async function storedTabState(browser: Pick<ExtensionDriver, 'tabState'>, tabId: number): Promise<TabState | undefined> {
  const stored = await browser.tabState(tabId);
  return stored === undefined ? undefined : TabStateSchema.parse(stored);
}

/** Pages a test serves at real job-site addresses, in whichever browser it drives. */
const servedPages = new Map<string, string>();

/** Serves `html` at `url` from now on, in place of any saved page there. */
export function servePage(url: string, html: string): void {
  servedPages.set(url, html);
}

/** The page a test serves or the saved page for a job-site address, or `undefined` when there is none. */
export function fixturePageFor(url: string): Buffer | undefined {
  const served = servedPages.get(url);
  if (served !== undefined) return Buffer.from(served);
  const fixture = pageFixtures().find((candidate) => candidate.expected.url === url);
  return fixture ? readFileSync(fixture.htmlPath) : undefined;
}

/** Web pages (not the extension's own): all are answered from the saved pages. */
export const WEB_PAGE = /^https?:\/\//;
export const NOT_A_FIXTURE = '<!doctype html><h1>Not a fixture</h1>';

/** A missing browser or build is an error, never a reason to skip. */
export function checkPrerequisites(executable: string, extensionDir: string): void {
  if (!existsSync(executable)) throw new Error(`Browser not found at ${executable}: install it with apt-get`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run the build first`);
}

/**
 * How long an end-to-end test waits for anything to happen: generous, since the machine may
 * be busy with other work. Tests wait for conditions, never for a fixed time.
 */
export const WAIT_MS = 30_000;

/** How often a browser is started before a failure to start fails the tests. */
const START_ATTEMPTS = 3;

/**
 * Starts a browser session, again when a start fails: on a busy machine a browser now and
 * then misses a deadline of its own while starting (Chromium's service worker, Firefox's
 * add-on pages). The drivers retry here; tests never retry a start themselves.
 */
export async function startWithRetries<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
    }
  }
}

/** Reads until `done` says the value is there, for up to WAIT_MS. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
