import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFixtures } from '../fixtures';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const fixture = pageFixtures().find((candidate) => candidate.expected.url === LISTING);
const expectedRequirements = fixture?.expected.requirements;

const STORY = {
  title: 'Rebuilt the ad attribution model',
  situation: 'Advertisers doubted our attribution reports after a tracking change.',
  task: 'Restore trust in the numbers before the quarterly review.',
  action: 'Rebuilt the model in Python, validated it against holdout experiments and walked advertisers through it.',
  result: 'The reports were adopted again by the sales team.',
  outcome: 'Attribution error fell from 18% to 4% in six weeks',
};

describe('Chromium: tailoring the application to the Amazon listing', () => {
  let browser: ChromiumDriver;
  let tabId: number;
  let panel: Page;
  const bar = () => panel.getByTestId('progress-requirements').getAttribute('aria-valuenow');
  const qualityRow = (id: string) => panel.locator(`[data-testid="coverage-grid"] [data-quality="${id}"]`);

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    ({ tabId } = await browser.openTab(LISTING));
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the listing's requirements, grouped as the listing states them, with the skills they name", async () => {
    if (!expectedRequirements) throw new Error('the Amazon fixture states no expected requirements');
    const map = panel.getByTestId('requirement-map');
    await map.waitFor();
    const rows = map.locator('[data-requirement] .check-text');
    await until(() => rows.count(), (count) => count > 0, 'the requirements');
    expect(await rows.allTextContents()).toEqual([...expectedRequirements.required, ...expectedRequirements.preferred]);
    expect(await map.getByRole('list', { name: 'Skills the listing names' }).getByRole('listitem').allTextContents()).toEqual(
      expectedRequirements.skills,
    );
    expect(await bar()).toBe('0');
  });

  it('writes a story tagged with a quality and a question, and the coverage grid shows it', async () => {
    expect(await qualityRow('customer-obsession').getAttribute('data-covered')).toBe('false');
    await panel.getByRole('button', { name: 'New story' }).click();
    const editor = panel.locator('form', { has: panel.getByRole('button', { name: 'Save story' }) });
    for (const [label, value] of Object.entries(STORY)) {
      await editor.getByLabel(label[0]!.toUpperCase() + label.slice(1), { exact: true }).fill(value);
    }
    await editor.getByRole('group', { name: 'Qualities it shows' }).getByLabel('Customer Obsession').check();
    await editor
      .getByRole('group', { name: 'Questions it answers' })
      .getByLabel('Tell me about a time you advocated for your users or customers when it was not the easy option.')
      .check();
    await editor.getByRole('button', { name: 'Save story' }).click();

    await panel.locator('[data-story]', { hasText: STORY.title }).waitFor();
    await until(() => qualityRow('customer-obsession').getAttribute('data-covered'), (value) => value === 'true', 'the covered quality');
    expect(await qualityRow('customer-obsession').textContent()).toContain(STORY.title);
    expect(await qualityRow('ownership-mentality').getAttribute('data-covered')).toBe('false');
    expect(await panel.locator('[data-testid="coverage-grid"] [data-question="advocated-for-customers"]').getAttribute('data-covered')).toBe(
      'true',
    );
  });

  it('links the story to a requirement, which covers it on the bar', async () => {
    const first = panel.locator('[data-requirement]').first();
    await first.getByRole('button', { name: 'Add evidence' }).click();
    await first.getByLabel('Story').selectOption({ label: STORY.title });
    await first.getByLabel('Note').fill('Five years of modelling at an ad-tech company');
    await first.getByRole('button', { name: 'Save evidence' }).click();
    await until(bar, (value) => value === '1', 'the requirement bar');
    expect(await first.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await first.textContent()).toContain(`Story: ${STORY.title}`);
    expect(await panel.getByTestId('summary-requirements').textContent()).toContain(`1 of ${await panel.locator('[data-requirement]').count()}`);
  });

  it('keeps the story, the link and the coverage after a reload', async () => {
    await panel.reload();
    await panel.getByTestId('requirement-map').waitFor();
    await until(bar, (value) => value === '1', 'the requirement bar after the reload');
    const first = panel.locator('[data-requirement]').first();
    expect(await first.textContent()).toContain(`Story: ${STORY.title}`);
    expect(await first.textContent()).toContain('Five years of modelling at an ad-tech company');
    await until(() => qualityRow('customer-obsession').getAttribute('data-covered'), (value) => value === 'true', 'the coverage after the reload');
  });

  it('copies the summary before applying as text', async () => {
    // Chromium grants extension pages no clipboard-read in tests: record what the panel
    // writes, and let the real write go ahead (its failure would show as an error).
    await panel.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        document.body.dataset.copied = text;
        return write(text);
      };
    });
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const text = await panel.evaluate(() => document.body.dataset.copied ?? '');
    expect(text).toContain('Before applying: Data Scientist II, Amazon Ads at Amazon.com Services LLC');
    expect(text).toContain('Requirements covered: 1 of 5');
    expect(text).toContain(`Customer Obsession: ${STORY.title}`);
    expect(text).toContain('Ownership Mentality: no story yet');
  });

  it('shows markup typed into a story as text, and runs none of it', async () => {
    const title = '<img src=x onerror="document.title=\'pwned\'"> Led the <b>migration</b>';
    await panel.getByRole('button', { name: 'New story' }).click();
    const editor = panel.locator('form', { has: panel.getByRole('button', { name: 'Save story' }) });
    await editor.getByLabel('Title', { exact: true }).fill(title);
    await editor.getByLabel('Outcome', { exact: true }).fill('Moved 40 pipelines');
    await editor.getByRole('button', { name: 'Save story' }).click();
    const card = panel.locator('[data-story]', { hasText: 'Led the <b>migration</b>' });
    await card.waitFor();
    expect(await card.locator('img, b').count()).toBe(0);
    expect(await panel.title()).not.toBe('pwned');
  });

  it('adds a requirement by hand, and keeps the text when it is too long', async () => {
    const field = panel.getByLabel('Add a requirement');
    const tooLong = 'x'.repeat(401);
    await field.fill(tooLong);
    await panel.getByRole('button', { name: 'Add requirement' }).click();
    await panel.getByText('Keep a requirement under 400 characters.').waitFor();
    expect(await field.inputValue()).toBe(tooLong);
    await field.fill('Can visit the Seattle office quarterly');
    await panel.getByRole('button', { name: 'Add requirement' }).click();
    await panel.locator('[data-requirement]', { hasText: 'Can visit the Seattle office quarterly' }).waitFor();
    expect(await field.inputValue()).toBe('');
  });
});
