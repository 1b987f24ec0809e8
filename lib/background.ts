import { browser, type Browser } from 'wxt/browser';
import { guideLibrary } from './guides/library';
import type { DetectedJob } from './job/detected-job';
import { matchGuide } from './guides/matching';
import { RuntimeMessageSchema } from './extension/messages';
import { enablePanelForTab, openSidePanel, showBadge } from './extension/browser-ui';
import { readTabNow, registerGenericScript } from './extension/site-access';
import { ImportedGuideStore } from './storage/imported-guides';
import { clearTabState, writeTabState } from './extension/tab-state';

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

const importedGuides = new ImportedGuideStore();

/** The bundled guides and those the user imported (the bundled alone if the database fails). */
async function currentLibrary() {
  const imported = await importedGuides.list().then(
    ({ guides }) => guides.map((record) => record.guide),
    () => [],
  );
  return guideLibrary(imported);
}

export async function recordJob(tabId: number, job: DetectedJob | null, reason?: string): Promise<void> {
  const library = job ? await currentLibrary() : undefined;
  const match = job && library ? matchGuide(job, library.guides, library.layersOf) : undefined;
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

async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await showBadge(tabId, undefined);
}

/** Wires the background's listeners. Called once from the background entrypoint. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = RuntimeMessageSchema.safeParse(raw);
    if (!message.success) return undefined;
    if (message.data.type === 'job-detected') {
      const tabId = contentScriptTab(sender);
      return tabId === undefined ? undefined : recordJob(tabId, message.data.job, message.data.reason).then(() => ({ ok: true }));
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
