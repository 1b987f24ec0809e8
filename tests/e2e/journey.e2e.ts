import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeOf, launchWithExtension, openPanel, tabIdOf, waitForBadge, type ExtensionBrowser } from './browser';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const CHECKLIST_ITEM = '[data-item^="checklist/"]';

async function firstChecklistItem(panel: Page) {
  const box = panel.locator(CHECKLIST_ITEM).first();
  await box.waitFor();
  return { box, key: (await box.getAttribute('data-item'))! };
}

describe('Chromium: Amazon listing to side panel guide', () => {
  let browser: ExtensionBrowser;
  let tabId: number;

  beforeAll(async () => {
    browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(LISTING);
    tabId = await tabIdOf(browser, page);
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
  });

  it('shows a badge on the listing once its guide matches', async () => {
    await waitForBadge(browser, tabId, '✓');
    expect(await badgeOf(browser, tabId)).toBe('✓');
  });

  it('shows the recognised job and the whole guide in the side panel of that tab', async () => {
    const panel = await openPanel(browser, tabId);
    await expect.poll(() => panel.getByTestId('job-title').textContent()).toBe('Data Scientist II, Amazon Ads');
    const header = await panel.getByTestId('job-header').textContent();
    expect(header).toContain('Amazon');
    expect(header).toContain('Seattle, WA, US');
    expect(await panel.getByTestId('job-header').getByRole('link').getAttribute('href')).toBe(LISTING);
    for (const section of ['overview', 'stages', 'qualities', 'questions', 'checklist', 'mistakes', 'role', 'compensation', 'apply', 'faqs', 'sources']) {
      expect(await panel.locator(`section#section-${section}`).count(), section).toBe(1);
    }
    expect(await panel.locator('[data-item^="questions/"]').count()).toBe(12);
    expect(await panel.locator('[data-item^="mistakes/"]').count()).toBe(5);
    await panel.close();
  });

  it('keeps a tick after a reload and shows it in a second panel', async () => {
    const panel = await openPanel(browser, tabId);
    const { box, key } = await firstChecklistItem(panel);
    const before = Number(await panel.getByTestId('progress-checklist').getAttribute('aria-valuenow'));
    await box.check();
    await expect.poll(() => panel.getByTestId('progress-checklist').getAttribute('aria-valuenow')).toBe(String(before + 1));

    const second = await openPanel(browser, tabId);
    await expect.poll(() => second.locator(`[data-item="${key}"]`).isChecked()).toBe(true);

    // A change in the second panel reaches the first without a reload.
    await second.locator(`[data-item="${key}"]`).uncheck();
    await expect.poll(() => panel.locator(`[data-item="${key}"]`).isChecked()).toBe(false);
    await panel.locator(`[data-item="${key}"]`).check();

    await panel.reload();
    await expect.poll(() => panel.locator(`[data-item="${key}"]`).isChecked()).toBe(true);
    await panel.close();
    await second.close();
  });
});

describe('Chromium: ticks survive a browser restart', () => {
  it('shows the same ticks after the browser is closed and started again', async () => {
    const first = await launchWithExtension();
    const page = await first.context.newPage();
    await page.goto(LISTING);
    const tab = await tabIdOf(first, page);
    await waitForBadge(first, tab, '✓');
    const panel = await openPanel(first, tab);
    const mistake = panel.locator('[data-item^="mistakes/"]').first();
    await mistake.check();
    const key = (await mistake.getAttribute('data-item'))!;
    await expect.poll(() => panel.getByTestId('progress-mistakes').getAttribute('aria-valuenow')).toBe('1');
    await first.close();

    const again = await launchWithExtension(first.userDataDir);
    try {
      const listing = await again.context.newPage();
      await listing.goto(LISTING);
      const newTab = await tabIdOf(again, listing);
      await waitForBadge(again, newTab, '✓');
      const reopened = await openPanel(again, newTab);
      await expect.poll(() => reopened.locator(`[data-item="${key}"]`).isChecked()).toBe(true);
    } finally {
      await again.close({ removeProfile: true });
    }
  });
});

describe('Chromium: pages that are not a guide match', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
  });

  it('says no job was recognised on a search page, and offers the guides', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.amazon.jobs/en/search?base_query=data+scientist');
    const tab = await tabIdOf(browser, page);
    const panel = await openPanel(browser, tab);
    await panel.getByTestId('state-no-job').waitFor();
    expect(await panel.getByTestId('guide-browser').textContent()).toContain('Data Scientist');
    expect(await badgeOf(browser, tab)).toBe('');
  });

  it('names a recognised job that has no guide yet', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.amazon.jobs/en/jobs/2877777/software-development-engineer-ii-alexa');
    const tab = await tabIdOf(browser, page);
    const panel = await openPanel(browser, tab);
    await panel.getByTestId('state-no-guide').waitFor();
    expect(await panel.getByTestId('state-no-guide').textContent()).toContain('Software Development Engineer II, Alexa');
  });

  it('shows markup in a job title as text, and runs none of it', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.amazon.jobs/en/jobs/2855555/data-scientist');
    const tab = await tabIdOf(browser, page);
    await waitForBadge(browser, tab, '✓');
    const panel = await openPanel(browser, tab);
    await expect.poll(() => panel.getByTestId('job-title').textContent()).toBe(
      `Data Scientist <img src=x onerror="document.title='pwned'">`,
    );
    expect(await panel.locator('img').count()).toBe(0);
    expect(await panel.title()).not.toBe('pwned');
  });

  it('recognises a listing without JSON-LD from its markup', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws');
    const tab = await tabIdOf(browser, page);
    await waitForBadge(browser, tab, '✓');
    const panel = await openPanel(browser, tab);
    await expect.poll(() => panel.getByTestId('job-header').textContent()).toContain('AWS');
  });
});
