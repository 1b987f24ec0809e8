import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './drivers';
import { storedTabState, until, type ExtensionDriver, type JobTab } from './drivers/driver';

const SEARCH = 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789&geoId=105117694&keywords=data%20engineer&origin=JOB_SEARCH_PAGE_SEARCH_BUTTON&refresh=true';
const NEXT_JOB = '/jobs/search/?currentJobId=4019876543&geoId=105117694&keywords=data%20engineer';

for (const { name, launch } of BROWSERS) {
  describe(`${name}: a single-page job site`, () => {
    let browser: ExtensionDriver;
    let tab: JobTab;
    const state = () => storedTabState(browser, tab.tabId);

    beforeAll(async () => {
      browser = await launch();
      tab = await browser.openTab(SEARCH);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('reads the job open in the pane, not the list beside it', async () => {
      const shown = await until(state, (value) => Boolean(value?.job), 'the pane job');
      expect(shown?.job).toMatchObject({ site: 'LinkedIn', title: 'Senior Data Engineer', jobId: '4023456789' });
    });

    it('withdraws the job when the address moves to another job before the pane does', async () => {
      // The site changes the address first (history.pushState); the pane still shows the old job.
      await tab.page.evaluate((path) => history.pushState({}, '', path), NEXT_JOB);
      const after = await until(state, (value) => value?.job === null, 'the old job to be withdrawn');
      expect(after?.job).toBeNull();
    });

    it('recognises the new job once the pane shows it', async () => {
      // The site renders the new job into the pane, as LinkedIn does after fetching it.
      await tab.page.evaluate(() => {
        const pane = document.querySelector('.jobs-search__job-details--container');
        const title = pane?.querySelector('.job-details-jobs-unified-top-card__job-title a');
        const company = pane?.querySelector('.job-details-jobs-unified-top-card__company-name a');
        if (!title || !company) throw new Error('fixture markup changed');
        title.setAttribute('href', '/jobs/view/4019876543/');
        title.textContent = 'Software Engineer II';
        company.textContent = 'Microsoft';
      }, undefined);
      const next = await until(state, (value) => Boolean(value?.job), 'the new job');
      expect(next?.job).toMatchObject({ title: 'Software Engineer II', company: 'Microsoft', jobId: '4019876543' });
      // Microsoft has no guide of its own: the general Software Engineer guide matches.
      expect(next?.guideId).toBe('general-software-engineer');
      expect(await browser.badge(tab.tabId)).toBe('✓');
    });
  });
}
