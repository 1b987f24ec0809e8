import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { pageFixtures } from '../fixtures';

/** The extension API as seen inside the service worker, where `evaluate` callbacks run. */
declare const chrome: typeof extensionApi;

/**
 * Starts Debian's Chromium with the built extension loaded, and serves the saved job pages
 * at their real addresses. Shared by the end-to-end tests and `npm run demo`.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Closes the browser; the profile stays unless `removeProfile` is set. */
  close(options?: { removeProfile?: boolean }): Promise<void>;
}

/** A missing browser or build is an error, never a reason to skip. */
function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: npm run build`);
}

export async function launchWithExtension(
  userDataDir = mkdtempSync(join(tmpdir(), 'preppanel-')),
  { headless = true } = {},
): Promise<ExtensionBrowser> {
  checkPrerequisites();
  const context = await chromium.launchPersistentContext(userDataDir, {
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  await serveFixtures(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async close(options) {
      await context.close();
      if (options?.removeProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every request to a job site is answered from the fixtures; nothing reaches the network. */
async function serveFixtures(context: BrowserContext): Promise<void> {
  const pages = new Map(pageFixtures().map((fixture) => [fixture.expected.url, fixture.htmlPath]));
  await context.route(/^https?:\/\/(?:[^/]+\.)?amazon\.jobs\//, async (route) => {
    const path = pages.get(route.request().url());
    await route.fulfill(
      path
        ? { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path) }
        : { status: 404, contentType: 'text/html', body: '<h1>Not a fixture</h1>' },
    );
  });
}

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

/** What the background stored for the tab (see lib/tab-state.ts), unparsed. */
export async function storedTabState(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
}

export async function badgeOf(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the background has recorded a recognition for the tab. */
export async function waitForBadge(browser: ExtensionBrowser, tabId: number, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await badgeOf(browser, tabId)) !== text) {
    if (Date.now() > deadline) throw new Error(`Badge of tab ${tabId} never became "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function openPanel(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}
