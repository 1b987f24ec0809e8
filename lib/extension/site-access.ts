import { browser } from 'wxt/browser';
import type { SiteEnabledMessage } from './messages';

/**
 * Pages that no site adapter names (a company's own careers site) are read only where the
 * user has enabled PrepPanel: an optional host permission per site, asked for from the
 * popup. The generic content script is then registered for exactly those sites.
 * Chrome registers it with `scripting`, Firefox (MV2) with `contentScripts`; this module
 * is the only place that knows.
 */
const GENERIC_SCRIPT = 'content-scripts/generic.js';
const REGISTRATION_ID = 'preppanel-generic';

interface ChromeScripting {
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }>;
}
interface FirefoxTabs {
  executeScript(tabId: number, details: { file: string }): Promise<unknown>;
}

const api = browser as unknown as { scripting?: ChromeScripting; contentScripts?: FirefoxContentScripts; tabs: FirefoxTabs };

function parsedAddress(pageUrl: string | undefined): URL | undefined {
  try {
    return pageUrl ? new URL(pageUrl) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `https://careers.example.com/*` for a page address; undefined for pages that cannot be
 * enabled. Only encrypted sites: the extension asks for no `http://` access at all.
 */
export function sitePattern(pageUrl: string | undefined): string | undefined {
  const url = parsedAddress(pageUrl);
  return url?.protocol === 'https:' ? `https://${url.hostname}/*` : undefined;
}

export function isSiteEnabled(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Asks the user for the site. Call it straight from the click, before any `await`. */
export function requestSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/**
 * Asks the user for the site and, when given, tells the background, which then reads the
 * tab. Call it straight from the click: the browser asks only inside a user gesture, and the
 * request is made before this function first waits.
 */
export async function enableSite(pattern: string, tabId: number): Promise<boolean> {
  const granted = await requestSite(pattern);
  if (granted) await browser.runtime.sendMessage({ type: 'site-enabled', tabId } satisfies SiteEnabledMessage);
  return granted;
}

/** The web site open in a tab: one the user may enable (and whether it is), or a plain-http one that cannot be. */
export type TabSite = { pattern: string; host: string; enabled: boolean } | { pattern?: undefined; host: string; unencrypted: true };

/** The site open in a tab; `undefined` for a page that is no web site (a browser page, a file). */
export async function tabSite(tabId: number): Promise<TabSite | undefined> {
  const tab = await browser.tabs.get(tabId);
  const url = parsedAddress(tab.url);
  if (url?.protocol === 'http:') return { host: url.hostname, unencrypted: true };
  const pattern = sitePattern(tab.url);
  if (!url || !pattern) return undefined;
  return { pattern, host: url.hostname, enabled: await isSiteEnabled(pattern) };
}

export async function disableSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
}

/** A company career site the user enabled: its host permission, e.g. `https://careers.example.com/*`. */
export interface EnabledSite {
  pattern: string;
  host: string;
}

/** The single-site patterns that `requestSite` asks for; not the manifest's wildcards. */
const SITE_PATTERN = /^https:\/\/([^*/]+)\/\*$/;

/** The site a granted host permission names; `undefined` for the manifest's wildcards. */
export function siteOfPermission(pattern: string): EnabledSite | undefined {
  const [, host] = SITE_PATTERN.exec(pattern) ?? [];
  return host ? { pattern, host } : undefined;
}

/** The sites the user enabled, by host: the granted single-site permissions, less the job sites the manifest's content scripts cover. */
export async function userEnabledSites(): Promise<EnabledSite[]> {
  const { origins = [] } = await browser.permissions.getAll();
  // Chrome lists the job sites' content-script matches among the origins: not the user's doing.
  const covered = new Set(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []));
  const sites = origins.flatMap((origin) => (covered.has(origin) ? [] : (siteOfPermission(origin) ?? [])));
  return sites.sort((a, b) => a.host.localeCompare(b.host));
}

/** Calls `onChange` when a site permission is granted or removed, here or in another view. */
export function watchSitePermissions(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

let firefoxRegistration: { unregister(): Promise<void> } | undefined;

/**
 * Registers the generic content script for exactly the sites the user enabled (again, after
 * any change): never on a job site whose own script already reads it.
 */
export async function registerGenericScript(): Promise<void> {
  const matches = (await userEnabledSites()).map((site) => site.pattern);
  if (api.scripting) {
    const existing = await api.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
    if (matches.length === 0) return;
    await api.scripting.registerContentScripts([
      { id: REGISTRATION_ID, matches, js: [GENERIC_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (api.contentScripts) {
    await firefoxRegistration?.unregister();
    firefoxRegistration = matches.length > 0
      ? await api.contentScripts.register({ matches, js: [{ file: `/${GENERIC_SCRIPT}` }], runAt: 'document_idle' })
      : undefined;
  }
}

/** Reads the page now, without waiting for its next load. */
export async function readTabNow(tabId: number): Promise<void> {
  if (api.scripting) await api.scripting.executeScript({ target: { tabId }, files: [GENERIC_SCRIPT] });
  else await api.tabs.executeScript(tabId, { file: `/${GENERIC_SCRIPT}` });
}
