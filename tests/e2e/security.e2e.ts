import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
/** Asked for on purpose from the extension's own contexts, to show it is recorded and blocked. */
const PROBE = 'https://probe.preppanel.invalid/';

interface Recorded {
  url: string;
  /** Where it came from: the page's address, or `service worker`. */
  from: string;
}

/**
 * Every request of the context's pages (the job page, the content script in it and the
 * extension pages), and every request of the extension's service worker, which Playwright
 * does not report: a DevTools session on the worker's target records those. Playwright
 * opens sessions on pages only, so a page's session attaches to the worker and relays
 * (`Target.sendMessageToTarget`), as scripts/bench/extension.ts does.
 */
class RequestLog {
  readonly requests: Recorded[] = [];

  private constructor(browser: ChromiumDriver) {
    browser.context.on('request', (request) => this.requests.push({ url: request.url(), from: request.frame().url() }));
  }

  static async start(browser: ChromiumDriver, workerUrl: string): Promise<RequestLog> {
    const log = new RequestLog(browser);
    const relay = await browser.context.newPage();
    const session = await browser.context.newCDPSession(relay);
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
    if (!worker) throw new Error(`No service worker target at ${workerUrl}`);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const enabled = new Promise<void>((resolve) => {
      session.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; method?: string; params?: { request?: { url: string } } };
        if (message.id === 1) resolve();
        if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
          log.requests.push({ url: message.params.request.url, from: 'service worker' });
        }
      });
    });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
    await enabled;
    return log;
  }
}

describe('Chromium: nothing leaves the machine', () => {
  let browser: ChromiumDriver;
  let log: RequestLog;
  let extensionOrigin: string;
  let tabId: number;
  let panel: Page;

  /** The extension's own files, the listing itself, and inline data: nothing else may be asked for. */
  const isAllowed = (url: string) => url === LISTING || url.startsWith(`${extensionOrigin}/`) || url.startsWith('data:');

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    const worker = browser.context.serviceWorkers()[0]!;
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    log = await RequestLog.start(browser, worker.url());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('recognises the listing', async () => {
    ({ tabId } = await browser.openTab(LISTING));
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
  });

  it('ticks an item and writes a story in the side panel', async () => {
    panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const item = panel.locator('[data-item^="checklist/"]').first();
    await item.click();
    await until(() => panel.getByTestId('progress-checklist').getAttribute('aria-valuenow'), (value) => value === '1', 'the tick');

    await panel.getByRole('button', { name: 'New story' }).click();
    const editor = panel.locator('form', { has: panel.getByRole('button', { name: 'Save story' }) });
    await editor.getByLabel('Title', { exact: true }).fill('Rebuilt the ad attribution model');
    await editor.getByLabel('Outcome', { exact: true }).fill('Attribution error fell from 18% to 4%');
    await editor.getByRole('button', { name: 'Save story' }).click();
    await panel.locator('[data-story]', { hasText: 'Rebuilt the ad attribution model' }).waitFor();
  });

  it('shows the job in the popup and the data in the options page', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, 320);
    await popup.getByText('Guide ready').waitFor();
    await popup.close();

    const options = await browser.openExtensionPage('options.html', 900);
    const stories = options.locator('[data-count="stories"] dd');
    await until(() => stories.textContent(), (count) => count === '1', 'the stories counted');
    await options.getByRole('button', { name: 'Count again' }).click();
    await options.close();
  });

  it('asked for nothing but the listing, its own files and inline data', () => {
    // The recorder saw the listing and the extension pages' own scripts and styles.
    expect(log.requests).toContainEqual({ url: LISTING, from: expect.any(String) });
    for (const page of ['sidepanel', 'popup', 'options']) {
      expect(log.requests).toContainEqual({ url: expect.stringMatching(`^${extensionOrigin}/chunks/${page}-`), from: expect.any(String) });
    }
    expect(log.requests.filter((request) => !isAllowed(request.url))).toEqual([]);
  });

  it("records the service worker's requests too, and its policy lets nothing out", async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    const own = await worker.evaluate(() => fetch('/manifest.json').then((response) => response.ok));
    expect(own).toBe(true);
    await until(
      async () => log.requests.some((request) => request.from === 'service worker' && request.url === `${extensionOrigin}/manifest.json`),
      Boolean,
      "the worker's own request in the log",
    );

    const remote = await worker.evaluate((url) => fetch(url).then(() => 'fetched', (error: Error) => error.name), PROBE);
    const fromPanel = await panel.evaluate((url) => fetch(url).then(() => 'fetched', (error: Error) => error.name), PROBE);
    expect([remote, fromPanel]).toEqual(['TypeError', 'TypeError']);
    // Blocked by connect-src 'none' before any request is made.
    expect(log.requests.filter((request) => request.url.startsWith(PROBE))).toEqual([]);
  });
});

/** Tries `run` in an extension page, and says whether it ran and what blocked it (see `inPanel`). */
declare const tryCode: (run: () => void) => Promise<Attempt>;
interface Attempt {
  ran: boolean;
  /** Violated directives and thrown errors. */
  blockedBy: string[];
}

describe('Chromium: extension pages run no inline or injected code', () => {
  let browser: ChromiumDriver;
  let panel: Page;
  /** What the extension's pages logged from their start. */
  const logged: string[] = [];

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    browser.context.on('console', (message) => {
      if (message.page()?.url().startsWith('chrome-extension://')) logged.push(message.text());
    });
    const { tabId } = await browser.openTab(LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('job-title').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Runs `attempt` in the side panel once the page has `tryCode`. `evaluate` itself is exempt
   * from the policy; code the page then builds from strings or markup is not.
   */
  async function inPanel(attempt: () => Promise<Attempt>): Promise<Attempt> {
    await panel.evaluate(() => {
      const world = window as unknown as { injectedRan?: boolean; tryCode?: typeof tryCode };
      world.tryCode ??= async (run) => {
        const blockedBy: string[] = [];
        let violations = 0;
        const record = (event: SecurityPolicyViolationEvent) => {
          violations++;
          blockedBy.push(event.effectiveDirective);
        };
        document.addEventListener('securitypolicyviolation', record);
        // In a task of the page's own: code called from DevTools may eval despite the policy.
        await new Promise<void>((resolve) =>
          setTimeout(() => {
            try {
              run();
            } catch (error) {
              blockedBy.push((error as Error).name);
            }
            resolve();
          }),
        );
        // Violation reports and script execution are queued: wait until the code ran or the
        // policy reported refusing it (a refusal may also throw first), for as long as a
        // loaded machine may take.
        const deadline = Date.now() + 30_000;
        while (world.injectedRan !== true && violations === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        document.removeEventListener('securitypolicyviolation', record);
        const ran = world.injectedRan === true;
        delete world.injectedRan;
        return { ran, blockedBy };
      };
    });
    return panel.evaluate(attempt);
  }

  it('never tries to evaluate a string (zod is told not to probe with new Function)', () => {
    expect(logged.filter((text) => /evaluate a string|unsafe-eval|TrustedScript|Trusted Type/i.test(text))).toEqual([]);
  });

  it('runs code the page itself calls (the check can see code run)', async () => {
    const result = await inPanel(() =>
      tryCode(() => {
        (window as unknown as { injectedRan: boolean }).injectedRan = true;
      }),
    );
    expect(result).toEqual({ ran: true, blockedBy: [] });
  });

  it('blocks an inline <script> element added through the DOM', async () => {
    const result = await inPanel(() =>
      tryCode(() => {
        const script = document.createElement('script');
        script.append(document.createTextNode('window.injectedRan = true'));
        document.body.append(script);
      }),
    );
    expect(result.ran).toBe(false);
    expect(result.blockedBy).not.toEqual([]);
  });

  it('blocks an event handler attribute', async () => {
    const result = await inPanel(() =>
      tryCode(() => {
        const image = document.createElement('img');
        image.setAttribute('onerror', 'window.injectedRan = true');
        image.src = 'data:,not-an-image';
        document.body.append(image);
      }),
    );
    expect(result.ran).toBe(false);
    expect(result.blockedBy).not.toEqual([]);
  });

  it('blocks eval', async () => {
    const result = await inPanel(() =>
      tryCode(() => {
        (0, eval)('window.injectedRan = true');
      }),
    );
    expect(result.ran).toBe(false);
    expect(result.blockedBy).toContain('EvalError');
  });

  it('blocks a script from another origin', async () => {
    const result = await inPanel(() =>
      tryCode(() => {
        const script = document.createElement('script');
        script.src = 'https://probe.preppanel.invalid/remote.js';
        document.body.append(script);
      }),
    );
    expect(result.ran).toBe(false);
    // Trusted Types refuse the address as a string before script-src is asked.
    expect(result.blockedBy).toContain('require-trusted-types-for');
  });
});
