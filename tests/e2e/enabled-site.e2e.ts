import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabStateSchema } from '../../lib/extension/tab-state';
import { until } from './drivers/driver';
import { FirefoxDriver } from './drivers/firefox';

const CAREERS_PAGE = 'https://careers.northwind.example/jobs/NW-4411-senior-data-analyst';
/** A job site PrepPanel reads without being asked. */
const AFTERWARDS = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';

// Only Firefox can grant an optional permission without a person answering its prompt
// (a test preference); Chromium offers tests no such switch.
describe('Firefox: a company careers site the user enabled', () => {
  let browser: FirefoxDriver;
  beforeAll(async () => {
    browser = await FirefoxDriver.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves the site alone until it is enabled', async () => {
    const { tabId } = await browser.openTab(CAREERS_PAGE);
    // A listing opened after it, once read, shows that the browser has had the time to run a
    // script on the careers page too, at the pace it runs now.
    const listing = await browser.openTab(AFTERWARDS);
    await until(() => browser.tabState(listing.tabId), Boolean, 'the listing opened afterwards');
    expect(await browser.tabState(tabId)).toBeUndefined();
  });

  it('reads job postings on the site once it is enabled, with the generic readers', async () => {
    expect(await browser.enableSite('https://careers.northwind.example/*')).toBe(true);
    const { tabId } = await browser.openTab(CAREERS_PAGE);
    const state = TabStateSchema.parse(await until(() => browser.tabState(tabId), Boolean, 'the recognition result'));
    expect(state.job).toMatchObject({
      site: 'careers.northwind.example',
      title: 'Senior Data Analyst – Supply Chain',
      company: 'Northwind Traders & Co.',
      source: 'json-ld',
      confidence: 'high',
    });
  });
});
