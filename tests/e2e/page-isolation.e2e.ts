import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePageFor, servePage, storedTabState, until, type ExtensionDriver, type JobTab, type PanelView } from './drivers/driver';
import { BROWSERS } from './drivers';
import { ChromiumDriver } from './drivers/chromium';

/** A real saved listing, served with a page script of its own that listens for the extension. */
const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const jobAddress = (id: number) => `https://www.amazon.jobs/en/jobs/${id}/data-scientist-ii-amazon-ads`;
/** The content script WXT would have named in its events on this site. */
const SCRIPT_NAME = 'amazon-jobs';

/**
 * Listens, from the page's own world and before any content script runs, for everything a
 * content script could tell the page: posted messages, the events WXT's context used
 * (named after the extension's id), and attributes set on the root elements.
 */
function listeningPage(extensionId: string): string {
  const names = ['wxt:content-script-started', 'wxt:locationchange'].map((event) => `${extensionId}:${SCRIPT_NAME}:${event}`);
  const script = `<script>
    window.heard = [];
    const note = (what) => window.heard.push(what);
    addEventListener('message', (event) => note('message ' + JSON.stringify(event.data)), true);
    for (const name of ${JSON.stringify(names)}) {
      window.addEventListener(name, () => note('window event ' + name), true);
      document.addEventListener(name, () => note('document event ' + name), true);
    }
    new MutationObserver((records) => records.forEach((record) => note('attribute ' + record.attributeName)))
      .observe(document.documentElement, { attributes: true });
  </script>`;
  const saved = fixturePageFor(LISTING)?.toString('utf8');
  if (!saved) throw new Error(`No saved page for ${LISTING}`);
  return saved.replace(/<head[^>]*>/i, (head) => `${head}${script}`);
}

for (const { name, launch } of BROWSERS) {
  describe(`${name}: what a job page can learn of PrepPanel, and forge`, () => {
    let browser: ExtensionDriver;
    let tab: JobTab;
    /** An extension page that counts the background's writes of the tab's state. */
    let observer: PanelView;
    let extensionId: string;

    const state = () => storedTabState(browser, tab.tabId);
    const recognisedAt = (url: string) => until(state, (value) => value?.job?.url === url, `the job at ${url}`);
    /** The tab states the background wrote since the last reset: the job's address, or why there is none. */
    const writes = () => observer.page.evaluate(() => (window as unknown as { writes: string[] }).writes, undefined);
    const resetWrites = () => observer.page.evaluate(() => void ((window as unknown as { writes: string[] }).writes = []), undefined);
    const heard = () => tab.page.evaluate(() => (window as unknown as { heard: string[] }).heard, undefined);

    beforeAll(async () => {
      browser = await launch();
      // No tab has this id: the page only lends its extension APIs.
      observer = await browser.openPanel(999_999);
      extensionId = await observer.page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id, undefined);
      servePage(LISTING, listeningPage(extensionId));
      tab = await browser.openTab(LISTING);
      await recognisedAt(LISTING);
      await observer.page.evaluate((tabId) => {
        type Changes = Record<string, { newValue?: { job?: { url: string } | null; reason?: string } }>;
        const world = window as unknown as { writes: string[]; chrome: { storage: { onChanged: { addListener(listener: (changes: Changes, area: string) => void): void } } } };
        world.writes = [];
        world.chrome.storage.onChanged.addListener((changes, area) => {
          const change = changes[`tab:${tabId}`];
          if (area === 'session' && change) world.writes.push(change.newValue?.job?.url ?? change.newValue?.reason ?? 'removed');
        });
      }, tab.tabId);
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** What the background writes for one real move to another job, with nothing forged. */
    let writesOfAMove: string[] = [];

    it('hears nothing from the extension while it reads the page and follows it to another job', async () => {
      await resetWrites();
      await tab.page.evaluate((url) => history.pushState({}, '', url), jobAddress(2812346));
      await recognisedAt(jobAddress(2812346));
      writesOfAMove = await writes();
      expect(await heard()).toEqual([]);
    });

    it('changes nothing when the page forges the events and messages WXT used, or navigation events', async () => {
      await resetWrites();
      await tab.page.evaluate(
        ({ id, script, next }) => {
          const started = `${id}:${script}:wxt:content-script-started`;
          const detail = { contentScriptName: script, messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(started, { detail }));
          window.dispatchEvent(new CustomEvent(started, { detail }));
          window.postMessage({ type: started, ...detail }, '*');
          window.dispatchEvent(new Event(`${id}:${script}:wxt:locationchange`));
          window.dispatchEvent(new PopStateEvent('popstate'));
          (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
          // Then a real move: a script the forged "started" event had stopped would miss it.
          history.pushState({}, '', next);
        },
        { id: extensionId, script: SCRIPT_NAME, next: jobAddress(2812347) },
      );
      await recognisedAt(jobAddress(2812347));
      // The real move's own writes (as many as for a move with nothing forged), none for the forgeries.
      expect((await writes()).length, String(await writes())).toBeLessThanOrEqual(writesOfAMove.length);
    });

    it('writes the tab state a handful of times when the page pushes a thousand addresses', async () => {
      await resetWrites();
      const last = await tab.page.evaluate(() => {
        for (let index = 0; index < 1000; index++) {
          try {
            history.pushState({}, '', `/en/jobs/${2_900_000 + index}/data-scientist-ii-amazon-ads`);
          } catch {
            // Browsers refuse (Firefox) or ignore (Chromium) calls beyond their rate limit.
          }
        }
        return location.href;
      }, undefined);
      await recognisedAt(last);
      expect((await writes()).length, String(await writes())).toBeLessThanOrEqual(4);
    });
  });
}

describe('Chromium: a fresh profile', () => {
  let browser: ChromiumDriver;

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers the generic script nowhere, as the user enabled no site', async () => {
    // Once a listing is read, the background has long finished registering at start-up.
    const { tabId } = await browser.openTab(LISTING);
    await until(() => browser.tabState(tabId), (value) => Boolean((value as { job?: unknown } | undefined)?.job), 'the listing read');
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('No service worker');
    const registered = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts(),
    );
    expect(registered).toEqual([]);
  });
});
