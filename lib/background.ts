import { browser, type Browser } from 'wxt/browser';
import { GUIDES } from './guides/catalog';
import type { DetectedJob } from './job';
import { matchGuide } from './matching';
import { RuntimeMessageSchema } from './messages';
import { enablePanelForTab, openSidePanel, showBadge } from './browser-ui';
import { clearTabState, writeTabState } from './tab-state';

/** Only the extension's own content scripts may report a job, and only for their own tab. */
function trustedTabOf(sender: Browser.runtime.MessageSender): number | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  return sender.tab?.id;
}

export async function recordJob(tabId: number, job: DetectedJob | null): Promise<void> {
  const match = job ? matchGuide(job, GUIDES) : undefined;
  const guide = match?.kind === 'exact' ? match.guide : undefined;
  await writeTabState(tabId, { job, ...(guide ? { guideId: guide.id } : {}), updatedAt: Date.now() });
  await showBadge(tabId, guide ? `guide for ${guide.role.name} at ${guide.company.name}` : undefined);
  if (job) await enablePanelForTab(tabId);
}

async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await showBadge(tabId, undefined);
}

/** Wires the background's listeners. Called once from the background entrypoint. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = trustedTabOf(sender);
    const message = RuntimeMessageSchema.safeParse(raw);
    if (tabId === undefined || !message.success) return undefined;
    return recordJob(tabId, message.data.job).then(() => ({ ok: true }));
  });

  // A new document in the tab: its content script (if any) reports again once it has read it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.id).catch(() => undefined);
  });
}
