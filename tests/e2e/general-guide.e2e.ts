import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../lib/guides/catalog';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

// A Data Analyst listing (tests/fixtures/lever/harrow-finch-data-analyst.html) of a company
// PrepPanel has no layer for: the panel shows the general Data Analyst guide and says so.
const LISTING = 'https://jobs.lever.co/harrowfinch/8b2d4e61-7c3a-4f19-b5d2-0e9a6c14f7b3';
const GENERAL_GUIDE = guideById('general-data-analyst')!;

describe('Chromium: a listing of a company without a guide of its own', () => {
  let browser: ChromiumDriver;
  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('matches the general Data Analyst guide and shows it, saying it is the general guide', async () => {
    const { tabId } = await browser.openTab(LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    expect(await browser.tabState(tabId)).toMatchObject({
      job: { title: 'Data Analyst - Growth', company: 'Harrow & Finch' },
      guideId: 'general-data-analyst',
    });

    const panel = await browser.openPanel(tabId);
    await panel.waitFor('[data-testid="guide-provenance"]');
    expect(await panel.text('[data-testid="job-title"]')).toBe('Data Analyst - Growth');
    expect(await panel.text('[data-testid="guide-provenance"]')).toContain('general Data Analyst');
    expect(await panel.text('section#section-overview')).toContain(GENERAL_GUIDE.summary);
    expect(await panel.count('[data-item^="questions/"]')).toBe(GENERAL_GUIDE.questions.length);
    const questions = await panel.text('section#section-questions');
    for (const question of GENERAL_GUIDE.questions) expect(questions).toContain(question.text);
    await panel.close();
  });
});
