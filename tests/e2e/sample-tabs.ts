import type { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

/** The bundled sample Amazon listing, and a search page of the same site that is not a listing. */
export const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
export const NOT_A_LISTING = 'https://www.amazon.jobs/en/search?base_query=data';

/** Opens the sample listing (waiting until its badge shows it was recognised) and the search page. */
export async function openSampleTabs(browser: ChromiumDriver): Promise<{ listingTab: number; otherTab: number }> {
  const { tabId: listingTab } = await browser.openTab(LISTING);
  await until(() => browser.badge(listingTab), (text) => text === '✓', 'the badge');
  const { tabId: otherTab } = await browser.openTab(NOT_A_LISTING);
  return { listingTab, otherTab };
}
