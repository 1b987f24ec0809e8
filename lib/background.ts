import { browser, type Browser } from 'wxt/browser';
import { guideLibrary, type GuideLibrary } from './guides/library';
import type { DetectedJob } from './job/detected-job';
import { matchGuide } from './guides/matching';
import { RuntimeMessageSchema } from './extension/messages';
import { enablePanelForTab, openSidePanel, showBadge } from './extension/browser-ui';
import { readTabNow, registerGenericScript } from './extension/site-access';
import { ImportedGuideStore } from './storage/imported-guides';
import { clearTabState, readTabState, writeTabState } from './extension/tab-state';

/** The web pages content scripts run in (the job sites, and the sites the user enabled). */
const WEB_PAGE = /^https?:\/\//;

/**
 * Only the extension's own content scripts may report a job, and only for their own tab.
 * An extension page open in a tab (the side panel as a tab) has a tab too, but it is no web page.
 */
function contentScriptTab(sender: Browser.runtime.MessageSender): number | undefined {
  if (sender.id !== browser.runtime.id || !WEB_PAGE.test(sender.url ?? '')) return undefined;
  return sender.tab?.id;
}

/** The extension's own pages (the popup), which run in no tab. */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !sender.tab && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** What a content script last said of its tab: the job, or why there is none. */
interface PageReport {
  job: DetectedJob | null;
  reason?: string;
}

/**
 * The bundled guides and those the user imported, built once and kept until the imported
 * guides change: a page that reports often must not make the background read IndexedDB and
 * compose every guide each time. If the database fails, the bundled guides serve this
 * report and the next one tries the database again.
 */
function keptLibrary(): () => Promise<GuideLibrary> {
  const importedGuides = new ImportedGuideStore();
  let library: Promise<GuideLibrary> | undefined;
  importedGuides.subscribe(() => {
    library = undefined;
  });
  return () =>
    (library ??= importedGuides.list().then(
      ({ guides }) => guideLibrary(guides.map((record) => record.guide)),
      () => {
        library = undefined;
        return guideLibrary();
      },
    ));
}

const sameReport = (a: PageReport, b: PageReport) => JSON.stringify([a.job, a.reason]) === JSON.stringify([b.job, b.reason]);

async function recordJob(tabId: number, report: PageReport, library: GuideLibrary): Promise<void> {
  const { job, reason } = report;
  // The same job at the same address (or the same reason for none): nothing to write.
  const stored = await readTabState(tabId);
  if (stored && sameReport(stored, report)) return;
  const match = job ? matchGuide(job, library.guides, library.layersOf) : undefined;
  const guide = match?.kind === 'exact' ? match.guide : undefined;
  await writeTabState(tabId, {
    job,
    ...(!job && reason ? { reason } : {}),
    ...(guide ? { guideId: guide.id } : {}),
    updatedAt: Date.now(),
  });
  const general = match?.kind === 'exact' && !match.layers.company && !match.layers.specifics;
  await showBadge(
    tabId,
    guide ? (general ? `general guide for ${guide.role.name}` : `guide for ${guide.role.name} at ${guide.company.name}`) : undefined,
  );
  if (job) await enablePanelForTab(tabId);
}

/**
 * Records each tab's reports one at a time, and only the latest of those that arrive while
 * one is being recorded: a page that reports in a burst causes a write or two, not one per
 * report. The promise settles once the report (or a later one) is recorded.
 */
function reportRecorder(record: (tabId: number, report: PageReport) => Promise<void>) {
  const waiting = new Map<number, PageReport>();
  const recording = new Map<number, Promise<void>>();
  const drain = async (tabId: number) => {
    try {
      for (let next = waiting.get(tabId); next; next = waiting.get(tabId)) {
        waiting.delete(tabId);
        await record(tabId, next);
      }
    } finally {
      recording.delete(tabId);
    }
  };
  return (tabId: number, report: PageReport): Promise<void> => {
    waiting.set(tabId, report);
    let done = recording.get(tabId);
    if (!done) {
      done = drain(tabId);
      recording.set(tabId, done);
    }
    return done;
  };
}

async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await showBadge(tabId, undefined);
}

/** Wires the background's listeners. Called once from the background entrypoint. */
export function startBackground(): void {
  const library = keptLibrary();
  const recordReport = reportRecorder(async (tabId, report) => recordJob(tabId, report, await library()));

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = RuntimeMessageSchema.safeParse(raw);
    if (!message.success) return undefined;
    if (message.data.type === 'job-detected') {
      const tabId = contentScriptTab(sender);
      if (tabId === undefined) return undefined;
      const { job, reason } = message.data;
      return recordReport(tabId, { job, ...(reason ? { reason } : {}) }).then(() => ({ ok: true }));
    }
    if (!isExtensionPage(sender)) return undefined;
    const { tabId } = message.data;
    return registerGenericScript()
      .then(() => readTabNow(tabId))
      .then(() => ({ ok: true }));
  });

  // Sites the user enabled (or disabled) change which pages the generic script reads.
  void registerGenericScript();
  browser.permissions.onAdded.addListener(() => void registerGenericScript());
  browser.permissions.onRemoved.addListener(() => void registerGenericScript());

  // A new document in the tab: its content script (if any) reports again once it has read it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.id).catch(() => undefined);
  });
}
