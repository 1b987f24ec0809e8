import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';
import { openSampleTabs } from './sample-tabs';



describe('Chromium: accessibility of every view (axe-core), light and dark', () => {
  let browser: ChromiumDriver;
  let listingTab: number;
  let otherTab: number;

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    ({ listingTab, otherTab } = await openSampleTabs(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('side panel on the Amazon listing', () => {
    let panel: Page;
    beforeAll(async () => {
      panel = await browser.openExtensionPage(`sidepanel.html?tabId=${listingTab}`);
      await panel.getByTestId('requirement-map').locator('[data-requirement]').first().waitFor();
      await panel.getByTestId('story-bank').waitFor();
    });

    it('as it opens', async () => {
      await expectAccessible(panel, 'side panel');
    });

    it("with a question's tips expanded", async () => {
      const tips = panel.getByRole('button', { name: 'Answer tips' }).first();
      await tips.click();
      await until(() => tips.getAttribute('aria-expanded'), (value) => value === 'true', 'the open tips');
      await expectAccessible(panel, 'side panel, tips open');
    });

    it('with the story editor open', async () => {
      await panel.getByRole('button', { name: 'New story' }).click();
      await panel.getByRole('button', { name: 'Save story' }).waitFor();
      await expectAccessible(panel, 'side panel, story editor');
    });

    it("with a requirement's evidence editor open", async () => {
      await panel.getByRole('button', { name: 'Cancel' }).first().click();
      const first = panel.locator('[data-requirement]').first();
      await first.getByRole('button', { name: 'Add evidence' }).click();
      await first.getByRole('button', { name: 'Save evidence' }).waitFor();
      await expectAccessible(panel, 'side panel, evidence editor');
    });
  });

  it('side panel without a job: the guide browser', async () => {
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${otherTab}`);
    await panel.locator('.guide-browser').waitFor();
    await expectAccessible(panel, 'side panel, no job');
  });

  it('popup on the listing and on another page', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${listingTab}`, 320);
    await popup.getByRole('button', { name: 'Open side panel' }).and(popup.locator(':enabled')).waitFor();
    await expectAccessible(popup, 'popup');
    const other = await browser.openExtensionPage(`popup.html?tabId=${otherTab}`, 320);
    await other.getByTestId('popup-no-job').waitFor();
    await expectAccessible(other, 'popup, no job');
  });

  it('options page, narrow and wide', async () => {
    for (const width of [360, 1100]) {
      const options = await browser.openExtensionPage('options.html', width);
      await options.getByTestId('options-no-sites').waitFor();
      await options.locator('[data-count="stories"]').waitFor();
      await options.getByTestId('options-shortcut-keys').waitFor();
      await expectAccessible(options, `options ${width}px`);
      // Nothing runs wider than the page.
      expect(await options.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
});
