import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';
import { keyboardWithin } from './keyboard-nav';

const ADS_LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const AWS_LISTING = 'https://www.amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws';
/** A listing PrepPanel recognises but has no guide for. */
const STRIPE_LISTING = 'https://job-boards.greenhouse.io/stripe/jobs/6619023';
const NOTES = 'Recruiter: Jo. Referred by Sam.';
/** More Tab presses than the page has focusable elements: reaching it means focus never got there. */
const MAX_PRESSES = 200;
const { tabTo, press } = keyboardWithin(MAX_PRESSES);

/** "25 Nov" or "Nov 25": a date as the page writes it, in the browser's locale. */
const SHORT_DATE = /(?:\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})/;


describe('Chromium: keeping track of applications', () => {
  let browser: ChromiumDriver;
  let adsTab: number;

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    ({ tabId: adsTab } = await browser.openTab(ADS_LISTING));
    await until(() => browser.badge(adsTab), (text) => text === '✓', 'the badge');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = (page: Page, title: string) => page.getByRole('article', { name: title });
  const listedJobs = (page: Page) => page.locator('article[data-job]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-job')));

  async function openApplications(width = 1100): Promise<Page> {
    const page = await browser.openExtensionPage('applications.html', width);
    await page.locator('[data-testid="applications-count"], [data-testid="applications-empty"]').first().waitFor();
    return page;
  }

  it('says how to keep a job before any is kept', async () => {
    const page = await openApplications(360);
    expect(await page.getByTestId('applications-empty').textContent()).toContain(
      "No jobs kept yet: open a listing's guide or save a job from the popup",
    );
    await expectAccessible(page, 'applications page, empty');
    await page.close();
  });

  it('saves the job from the popup by keyboard, says Saved and opens the applications page from its link', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${adsTab}`, 320);
    const save = popup.getByRole('button', { name: 'Save job' });
    await press(popup, save, 'Enter');
    await popup.getByTestId('popup-saved').filter({ hasText: 'Saved' }).waitFor();
    const link = popup.getByRole('link', { name: /Your applications/ });
    // The button pressed is gone: the focus is on the link that replaced it.
    await until(() => link.evaluate((element) => element === document.activeElement), Boolean, 'the focus on the link');
    expect(await save.count()).toBe(0);
    await expectAccessible(popup, 'popup, job saved');

    const opened = browser.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const page = await opened;
    await page.waitForURL(/\/applications\.html$/);
    const ads = card(page, 'Data Scientist II, Amazon Ads (opens the listing in a new tab)');
    await ads.waitFor();
    await page.close();
    await popup.close();
  });

  it('lists the job with its details, and keeps its status with the date and its notes', async () => {
    const page = await openApplications();
    const ads = card(page, 'Data Scientist II, Amazon Ads (opens the listing in a new tab)');
    const link = ads.getByTestId('application-link');
    expect(await link.getAttribute('href')).toBe(ADS_LISTING);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await ads.getByTestId('application-company').textContent()).toBe('Amazon');
    expect(await ads.textContent()).toContain('Seattle, WA, US');
    expect(await ads.textContent()).toMatch(new RegExp(`Seen ${SHORT_DATE.source}`));
    await until(() => ads.getByTestId('application-progress').textContent(), (text) => /^0\/\d+ ticked · 0 requirements covered$/.test(text ?? ''), 'the progress');

    // The status, by keyboard: the select moves on one option, to Applied.
    const status = ads.getByLabel('Status');
    await tabTo(page, status);
    await page.keyboard.press('ArrowDown');
    await until(() => ads.getByTestId('application-dates').textContent(), (text) => new RegExp(`Applied ${SHORT_DATE.source}`).test(text ?? ''), 'the date applied');
    expect(await status.inputValue()).toBe('applied');

    // Notes, typed and saved as the focus leaves the field.
    await tabTo(page, ads.getByLabel('Notes'));
    await page.keyboard.type(NOTES);
    await page.keyboard.press('Tab');
    await ads.getByRole('status').filter({ hasText: 'Notes saved' }).waitFor();

    await page.reload();
    const reloaded = card(page, 'Data Scientist II, Amazon Ads (opens the listing in a new tab)');
    await reloaded.waitFor();
    expect(await reloaded.getByLabel('Status').inputValue()).toBe('applied');
    expect(await reloaded.getByLabel('Notes').inputValue()).toBe(NOTES);
    await page.close();
  });

  it('keeps the job of another listing whose guide the side panel shows, and the open page shows it at once', async () => {
    const page = await openApplications();
    expect(await listedJobs(page)).toEqual(['amazon.jobs:2812345']);
    const { tabId } = await browser.openTab(AWS_LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('job-title').waitFor();
    await page.getByRole('article', { name: /Sr\. Data Scientist - AWS/ }).waitFor();
    expect(await panel.getByTestId('keep-failure').count()).toBe(0);
    await panel.getByRole('link', { name: /Your applications/ }).waitFor();
    await panel.close();
    await page.close();
  });

  it('saves a job without a guide from the popup too', async () => {
    const { tabId } = await browser.openTab(STRIPE_LISTING);
    await until(() => browser.tabState(tabId), (state) => state !== undefined, 'the recognition result');
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, 320);
    await popup.getByText('No guide for this job yet.').waitFor();
    await popup.getByRole('button', { name: 'Save job' }).click();
    await popup.getByTestId('popup-saved').filter({ hasText: 'Saved' }).waitFor();
    await popup.close();
  });

  it('filters by status and by company, and sorts by date seen', async () => {
    const page = await openApplications();
    await until(() => listedJobs(page), (jobs) => jobs.length === 3, 'three jobs');
    // Newest first: the Stripe job was seen last.
    expect(await listedJobs(page)).toEqual(['Greenhouse:6619023', 'amazon.jobs:2904411', 'amazon.jobs:2812345']);
    await page.getByTestId('sort').selectOption('seen-oldest');
    expect(await listedJobs(page)).toEqual(['amazon.jobs:2812345', 'amazon.jobs:2904411', 'Greenhouse:6619023']);

    const statusFilter = page.getByTestId('filter-status');
    expect(await statusFilter.locator('option').allTextContents()).toEqual([
      'All (3)',
      'Saved (2)',
      'Applied (1)',
      'Interviewing (0)',
      'Offer (0)',
      'Rejected (0)',
      'Withdrawn (0)',
    ]);
    await statusFilter.selectOption('applied');
    expect(await listedJobs(page)).toEqual(['amazon.jobs:2812345']);
    expect(await page.getByTestId('applications-count').textContent()).toBe('Showing 1 of 3 jobs');

    await statusFilter.selectOption('all');
    const companyFilter = page.getByTestId('filter-company');
    expect(await companyFilter.locator('option').allTextContents()).toEqual(['Every company', 'Amazon (2)', 'Stripe (1)']);
    await companyFilter.selectOption({ label: 'Amazon (2)' });
    expect(await listedJobs(page)).toEqual(['amazon.jobs:2812345', 'amazon.jobs:2904411']);
    await companyFilter.selectOption({ label: 'Stripe (1)' });
    expect(await listedJobs(page)).toEqual(['Greenhouse:6619023']);
    await companyFilter.selectOption('');
    await page.close();
  });

  it('has no serious accessibility violation, light and dark, at 360 px and wide', async () => {
    for (const width of [360, 1100]) {
      const page = await openApplications(width);
      await until(() => listedJobs(page), (jobs) => jobs.length === 3, 'three jobs');
      await expectAccessible(page, `applications page at ${width} px`);
      if (width === 360) {
        // Nothing wider than the window: no sideways scrolling.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      }
      await page.close();
    }
  });

  it('opens the guide of a job beside its listing', async () => {
    const page = await openApplications();
    const aws = card(page, 'Sr. Data Scientist - AWS (opens the listing in a new tab)');
    const tabsOn = (url: string) => browser.context.pages().filter((opened) => opened.url() === url).length;
    const before = tabsOn(AWS_LISTING);
    await press(page, aws.getByRole('button', { name: 'Open guide' }), 'Enter');
    await until(async () => tabsOn(AWS_LISTING), (count) => count === before + 1, 'the listing in a new tab');
    expect(await aws.getByRole('alert').count()).toBe(0);
    // The browser's side panel when it still counts the key press as the user's, else the panel's page in a tab.
    const panelPage = () => browser.context.pages().find((opened) => /\/sidepanel\.html\?tabId=\d+$/.test(opened.url()));
    await until(async () => (await browser.panelIsOpen()) || panelPage() !== undefined, Boolean, 'the guide beside the listing');
    await page.close();
  });

  it('removes a job only once asked twice, by keyboard', async () => {
    const page = await openApplications();
    // A job no open guide shows (a guide shown keeps its job again).
    const stripe = card(page, 'Backend Engineer, Payments (opens the listing in a new tab)');
    const remove = stripe.getByRole('button', { name: 'Remove', exact: true });
    await press(page, remove, 'Enter');
    await until(() => stripe.getByRole('button', { name: 'Keep it' }).evaluate((element) => element === document.activeElement), Boolean, 'the focus on Keep it');
    await page.keyboard.press('Escape');
    await until(() => remove.evaluate((element) => element === document.activeElement), Boolean, 'the focus back on Remove');
    expect(await listedJobs(page)).toHaveLength(3);

    await page.keyboard.press('Enter');
    await press(page, stripe.getByRole('button', { name: 'Remove job' }), 'Enter');
    await until(() => listedJobs(page), (jobs) => jobs.length === 2, 'the job removed');
    expect(await listedJobs(page)).not.toContain('Greenhouse:6619023');
    // The company of its last job is no longer a choice.
    expect(await page.getByTestId('filter-company').locator('option').allTextContents()).toEqual(['Every company', 'Amazon (2)']);
    await page.close();
  });

  it('keeps the jobs, their status and notes when the browser is closed and started again', async () => {
    await browser.restart();
    const page = await openApplications();
    await until(() => listedJobs(page), (jobs) => jobs.length === 2, 'the two jobs kept');
    expect((await listedJobs(page)).sort()).toEqual(['amazon.jobs:2812345', 'amazon.jobs:2904411']);
    const ads = card(page, 'Data Scientist II, Amazon Ads (opens the listing in a new tab)');
    expect(await ads.getByLabel('Status').inputValue()).toBe('applied');
    expect(await ads.getByLabel('Notes').inputValue()).toBe(NOTES);
    expect(await ads.getByTestId('application-dates').textContent()).toMatch(new RegExp(`Saved ${SHORT_DATE.source} · Applied ${SHORT_DATE.source}`));
  });
});
