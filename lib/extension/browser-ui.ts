import { browser } from 'wxt/browser';
import { PAGES, panelPathForTab, practicePath } from './pages';

/**
 * The toolbar button and the side panel differ between browsers: Chrome has `action` and
 * `sidePanel`, Firefox (MV2) has `browserAction` and `sidebarAction`. This module is the
 * only place that knows. It also opens the extension's own pages in tabs.
 */
interface SidebarAction {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string | null }): Promise<void>;
}
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}
interface BadgeAction {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

const api = browser as unknown as {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: SidebarAction;
  action?: BadgeAction;
  browserAction?: BadgeAction;
};

/** Points the tab's side panel at that tab, so it shows the tab's job even when popped out. */
export async function enablePanelForTab(tabId: number): Promise<void> {
  // Chrome takes the panel's path relative to the extension's root, without the leading slash.
  if (api.sidePanel) await api.sidePanel.setOptions({ tabId, path: panelPathForTab(tabId).slice(1), enabled: true });
  else if (api.sidebarAction) await api.sidebarAction.setPanel({ tabId, panel: panelPathForTab(tabId) });
}

/**
 * Opens the side panel. Must be called straight from a user gesture (a click or a
 * keyboard command), before any `await`, or the browser refuses.
 */
export function openSidePanel(tabId: number | undefined): Promise<void> {
  if (api.sidePanel) return api.sidePanel.open(tabId === undefined ? {} : { tabId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

/** The command that opens the panel: ours in Chrome, the browser's own in Firefox. */
const PANEL_COMMANDS = new Set(['open-side-panel', '_execute_sidebar_action']);

/** The keys the user has set for opening the panel, e.g. "Alt+Shift+P"; empty when none. */
export async function panelShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name && PANEL_COMMANDS.has(command.name))?.shortcut ?? '';
}

const BADGE_COLOUR = '#1a7f37';

export async function showBadge(tabId: number, title: string | undefined): Promise<void> {
  const action = api.action ?? api.browserAction;
  if (!action) return;
  await action.setBadgeText({ tabId, text: title ? '✓' : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await action.setTitle({ tabId, title: title ? `PrepPanel: ${title}` : 'PrepPanel' });
}

/** Opens the practice page of a question in a new tab. */
export async function openPracticePage(guideId: string, questionId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(practicePath(guideId, questionId)) });
}

/** Opens the applications page in a new tab. */
export function openApplicationsPage(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(PAGES.applications) });
}

/**
 * Opens the job's listing in a new tab with its guide beside it: in the browser's side
 * panel when the browser still counts the click as the user's, otherwise as the side
 * panel's page in a tab of its own, pinned to the listing's tab.
 */
export async function openGuideFor(application: { url: string }): Promise<void> {
  const tab = await browser.tabs.create({ url: application.url });
  if (tab.id === undefined) throw new Error('The browser did not say which tab it opened.');
  const tabId = tab.id;
  const panelPage = browser.runtime.getURL(panelPathForTab(tabId));
  await openSidePanel(tabId).catch(() => browser.tabs.create({ url: panelPage }));
}
