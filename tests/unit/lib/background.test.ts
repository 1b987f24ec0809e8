import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background';
import type { DetectedJob } from '../../../lib/job/detected-job';
import type { JobDetectedMessage } from '../../../lib/extension/messages';
import { readTabState } from '../../../lib/extension/tab-state';
import { announceChange } from '../../../lib/storage/changes';
import { ImportedGuideStore } from '../../../lib/storage/imported-guides';

const TAB = 7;
const job: DetectedJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads',
  title: 'Data Scientist II, Amazon Ads',
  company: 'Amazon.com Services LLC',
  location: 'Seattle, WA, US',
  jobId: '2812345',
  source: 'json-ld',
  confidence: 'high',
};
const fromOwnContentScript = { id: fakeBrowser.runtime.id, url: job.url, tab: { id: TAB } } as never;
const ownPage = (path: string) => fakeBrowser.runtime.getURL(`/${path}` as '/');

/** Delivers a message as the browser would; what the background answered (undefined when it ignored it). */
async function deliver(message: unknown, sender: object = fromOwnContentScript): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return answers.find((answer) => answer !== undefined);
}

/** Senders that may not report a job: anything but our own content script in a web page. */
const NOT_OUR_CONTENT_SCRIPT: [string, object][] = [
  ["another extension's content script", { id: 'another-extension', url: job.url, tab: { id: TAB } }],
  ['a web page, in no tab', { url: 'https://evil.example/' }],
  ['a web page in a tab, with a foreign id', { id: 'another-extension', url: 'https://evil.example/', tab: { id: TAB } }],
  ['a sender without an id', { url: job.url, tab: { id: TAB } }],
  ['our own side panel, open in a tab', { id: fakeBrowser.runtime.id, url: ownPage('sidepanel.html'), tab: { id: TAB } }],
  ['our own popup, in no tab', { id: fakeBrowser.runtime.id, url: ownPage('popup.html') }],
  ['our own id with no address', { id: fakeBrowser.runtime.id, tab: { id: TAB } }],
];

/** Senders that may not enable a site: anything but our own pages outside a tab. */
const NOT_OUR_PAGE: [string, object][] = [
  ['our own content script', { id: fakeBrowser.runtime.id, url: job.url, tab: { id: TAB } }],
  ["another extension's page", { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' }],
  ["another extension's page naming our address", { id: 'another-extension', url: ownPage('popup.html') }],
  ['a web page', { url: 'https://evil.example/' }],
  ['a web page in a tab', { url: 'https://evil.example/', tab: { id: TAB } }],
  ['our own page, open in a tab', { id: fakeBrowser.runtime.id, url: ownPage('popup.html'), tab: { id: TAB } }],
  ['our own id on a lookalike address', { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}.evil.example/popup.html` }],
];

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Chrome lists the job sites' content-script hosts among the granted origins: the manifest says which.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'PrepPanel',
      version: '0.1.0',
      content_scripts: [{ matches: ['https://jobs.lever.co/*'], js: ['content-scripts/lever.js'] }],
    });
    // The fake browser has no keyboard commands; the shortcut is covered end to end.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as typeof onCommand;
    });
    // Nor a side panel: the fake is Firefox-like, so the panel is pointed at the tab with sidebarAction.
    setPanel = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.sidebarAction, 'setPanel').mockImplementation(setPanel);
    // Sites the user enabled, and Chrome's scripting API, which the fake browser lacks.
    granted = new Set();
    permissionListeners = [];
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
      permissionListeners.push(listener as () => void);
    });
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((listener) => {
      permissionListeners.push(listener as () => void);
    });
    scripting = {
      registered: [],
      registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void scripting.registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async () => void (scripting.registered = [])),
      getRegisteredContentScripts: vi.fn(async () => scripting.registered),
      executeScript: vi.fn(async () => []),
    };
    Object.assign(fakeBrowser, { scripting });
    startBackground();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(fakeBrowser, 'scripting');
  });
  let granted: Set<string>;
  let permissionListeners: (() => void)[];
  let scripting: {
    registered: { id: string; matches: string[] }[];
    registerContentScripts: ReturnType<typeof vi.fn>;
    unregisterContentScripts: ReturnType<typeof vi.fn>;
    getRegisteredContentScripts: ReturnType<typeof vi.fn>;
    executeScript: ReturnType<typeof vi.fn>;
  };
  let setPanel: ReturnType<typeof vi.fn>;
  let onCommand: ((command: string, tab?: { id?: number }) => void) | undefined;

  it('keeps the job per tab and shows a badge when a guide matches', async () => {
    await deliver({ type: 'job-detected', job } satisfies JobDetectedMessage);
    expect(await readTabState(TAB)).toMatchObject({ job, guideId: 'amazon-data-scientist' });
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('✓');
    expect(await readTabState(TAB + 1)).toBeUndefined();
    expect(setPanel).toHaveBeenCalledWith({ tabId: TAB, panel: `/sidepanel.html?tabId=${TAB}` });
  });

  it("names the guide in the badge's title, and a general guide as general", async () => {
    await deliver({ type: 'job-detected', job } satisfies JobDetectedMessage);
    expect(await browser.action.getTitle({ tabId: TAB })).toBe('PrepPanel: guide for Data Scientist at Amazon');
    await deliver({ type: 'job-detected', job: { ...job, title: 'Data Analyst', company: 'Harrow & Finch' } });
    expect(await readTabState(TAB)).toMatchObject({ guideId: 'general-data-analyst' });
    expect(await browser.action.getTitle({ tabId: TAB })).toBe('PrepPanel: general guide for Data Analyst');
  });

  it('keeps a job without a guide, with no badge', async () => {
    await deliver({ type: 'job-detected', job: { ...job, title: 'Warehouse Associate' } });
    expect(await readTabState(TAB)).toMatchObject({ job: { title: 'Warehouse Associate' } });
    expect((await readTabState(TAB))?.guideId).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('drops the job when the page stops being a listing', async () => {
    await deliver({ type: 'job-detected', job });
    await deliver({ type: 'job-detected', job: null });
    expect(await readTabState(TAB)).toMatchObject({ job: null });
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('answers its own content script', async () => {
    expect(await deliver({ type: 'job-detected', job })).toEqual({ ok: true });
  });

  it.each(NOT_OUR_CONTENT_SCRIPT)('ignores a job reported by %s', async (_, sender) => {
    expect(await deliver({ type: 'job-detected', job }, sender)).toBeUndefined();
    expect(await readTabState(TAB)).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(setPanel).not.toHaveBeenCalled();
  });

  it.each([
    ['a javascript: address', { type: 'job-detected', job: { ...job, url: 'javascript:alert(1)' } }],
    ['an empty title', { type: 'job-detected', job: { ...job, title: '' } }],
    ['a title over 300 characters', { type: 'job-detected', job: { ...job, title: 'x'.repeat(301) } }],
    ['no job at all', { type: 'job-detected' }],
    ['a reason over 300 characters', { type: 'job-detected', job: null, reason: 'x'.repeat(301) }],
    ['an unknown type', { type: 'something-else', job }],
    ['a bare string', 'job-detected'],
    ['null', null],
  ])('ignores a job report with %s', async (_, message) => {
    expect(await deliver(message)).toBeUndefined();
    expect(await readTabState(TAB)).toBeUndefined();
  });

  it.each([
    ['a negative tab', { type: 'site-enabled', tabId: -1 }],
    ['a fractional tab', { type: 'site-enabled', tabId: 1.5 }],
    ['a tab given as text', { type: 'site-enabled', tabId: String(TAB) }],
    ['no tab', { type: 'site-enabled' }],
  ])('ignores a site-enabled message with %s, even from its own popup', async (_, message) => {
    granted.add('https://careers.contoso.example/*');
    expect(await deliver(message, { id: fakeBrowser.runtime.id, url: ownPage('popup.html') })).toBeUndefined();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('forgets a tab when it starts loading another page or closes', async () => {
    await deliver({ type: 'job-detected', job });
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as never);
    await new Promise((resolve) => setTimeout(resolve));
    expect(await readTabState(TAB)).toBeUndefined();

    await deliver({ type: 'job-detected', job });
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve));
    expect(await readTabState(TAB)).toBeUndefined();
  });

  it('opens the side panel of the current tab on the keyboard shortcut, within the gesture', () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    try {
      onCommand?.('open-side-panel', { id: TAB });
      // Called synchronously: after an await the browser no longer sees a user gesture.
      expect(open).toHaveBeenCalledWith({ tabId: TAB });
      onCommand?.('something-else', { id: TAB });
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(fakeBrowser, 'sidePanel');
    }
  });

  it('reads the generic script into a tab of a site the user just enabled, when the popup asks', async () => {
    granted.add('https://careers.contoso.example/*');
    const fromPopup = { id: fakeBrowser.runtime.id, url: ownPage('popup.html') };
    expect(await deliver({ type: 'site-enabled', tabId: TAB }, fromPopup)).toEqual({ ok: true });
    expect(scripting.registered).toEqual([expect.objectContaining({ matches: ['https://careers.contoso.example/*'] })]);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB }, files: ['content-scripts/generic.js'] });
  });

  it.each(NOT_OUR_PAGE)('refuses to enable sites when asked by %s', async (_, sender) => {
    granted.add('https://careers.contoso.example/*');
    expect(await deliver({ type: 'site-enabled', tabId: TAB }, sender)).toBeUndefined();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('registers the generic script for exactly the enabled sites as they change', async () => {
    granted.add('https://careers.contoso.example/*');
    granted.add('https://*/*'); // a blanket grant is never what the popup asks for: not used
    for (const listener of permissionListeners) listener();
    await vi.waitFor(() => expect(scripting.registered).toEqual([expect.objectContaining({ matches: ['https://careers.contoso.example/*'] })]));

    granted.clear();
    for (const listener of permissionListeners) listener();
    await vi.waitFor(() => expect(scripting.registered).toEqual([]));
  });

  it("never registers the generic script on the job sites the manifest's own scripts read", async () => {
    granted.add('https://jobs.lever.co/*');
    for (const listener of permissionListeners) listener();
    // Once at start, then once per permission listener.
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts).toHaveBeenCalledTimes(1 + permissionListeners.length));
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();

    granted.add('https://careers.contoso.example/*');
    for (const listener of permissionListeners) listener();
    await vi.waitFor(() => expect(scripting.registered).toEqual([expect.objectContaining({ matches: ['https://careers.contoso.example/*'] })]));
  });

  describe('a page that reports often', () => {
    const writes = () => vi.spyOn(fakeBrowser.storage.session, 'set');

    it('writes nothing when the same job at the same address is reported again', async () => {
      await deliver({ type: 'job-detected', job });
      const set = writes();
      await deliver({ type: 'job-detected', job });
      await deliver({ type: 'job-detected', job: { ...job } });
      expect(set).not.toHaveBeenCalled();

      await deliver({ type: 'job-detected', job: { ...job, url: `${job.url}?page=2` } });
      expect(set).toHaveBeenCalledTimes(1);
    });

    it('records a burst of reports with a write or two, ending on the latest', async () => {
      const set = writes();
      const burst = Array.from({ length: 100 }, (_, index) =>
        deliver({ type: 'job-detected', job: index % 2 ? null : { ...job, url: `${job.url}/${index}` }, reason: 'Reading the new page…' }),
      );
      await Promise.all([...burst, deliver({ type: 'job-detected', job: { ...job, url: `${job.url}/last` } })]);
      expect(set.mock.calls.length).toBeLessThanOrEqual(2);
      expect(await readTabState(TAB)).toMatchObject({ job: { url: `${job.url}/last` }, guideId: 'amazon-data-scientist' });
    });

    it('keeps the guide library until the imported guides change', async () => {
      const list = vi.spyOn(ImportedGuideStore.prototype, 'list');
      await deliver({ type: 'job-detected', job });
      await deliver({ type: 'job-detected', job: { ...job, title: 'Data Analyst' } });
      await deliver({ type: 'job-detected', job: { ...job, title: 'Software Development Engineer' } });
      expect(list).toHaveBeenCalledTimes(1);

      // Another view imported or removed a guide.

      announceChange('importedGuides', 'all');
      await vi.waitFor(async () => {
        await deliver({ type: 'job-detected', job: { ...job, title: `Data Scientist ${list.mock.calls.length}` } });
        expect(list).toHaveBeenCalledTimes(2);
      });
    });

    it('matches with the bundled guides when the database fails, and tries it again on the next report', async () => {
      const list = vi.spyOn(ImportedGuideStore.prototype, 'list').mockRejectedValueOnce(new Error('disk gone'));
      await deliver({ type: 'job-detected', job });
      expect(await readTabState(TAB)).toMatchObject({ guideId: 'amazon-data-scientist' });
      await deliver({ type: 'job-detected', job: { ...job, title: 'Data Analyst' } });
      expect(list).toHaveBeenCalledTimes(2);
    });
  });
});
