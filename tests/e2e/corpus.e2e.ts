import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabStateSchema } from '../../lib/extension/tab-state';
import { asExpected, pageFixtures } from '../fixtures';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

// Every saved listing of a site adapter, read by the real content script in Chromium: the
// same result as `npm run detect` gives (tests/unit/recognition.test.ts).
const listings = pageFixtures().filter((fixture) => fixture.site !== 'generic' && fixture.expected.job);

describe('Chromium: the content scripts on every saved listing', () => {
  let browser: ChromiumDriver;
  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(listings.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))('%s', async (_, fixture) => {
    const { tabId, page } = await browser.openTab(fixture.expected.url);
    const stored = await until(() => browser.tabState(tabId), Boolean, 'the recognition result');
    expect(asExpected(TabStateSchema.parse(stored).job)).toEqual({
      job: fixture.expected.job,
      requirements: fixture.expected.requirements,
    });
    await page.close();
  });
});
