import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { DetectedJobSchema } from '../../lib/job/detected-job';
import { guideById } from '../../lib/guides/catalog';
import { BROWSERS } from './drivers';
import { until, type ExtensionDriver } from './drivers/driver';

/** The extension API in an extension page: `chrome` in Chromium, `browser` in Firefox. */
declare const chrome: typeof extensionApi;

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const GUIDE = guideById('amazon-data-scientist')!;
const SECTIONS = ['overview', 'stages', 'qualities', 'questions', 'checklist', 'mistakes', 'role', 'compensation', 'apply', 'faqs', 'sources'];
const FIRST_CHECKLIST_ITEM = '[data-item^="checklist/"]';
const itemSelector = (key: string) => `[data-item="${key}"]`;

for (const { name, launch } of BROWSERS) describe(name, () => {
  let browser: ExtensionDriver;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('Amazon listing to side panel guide', () => {
    let tabId: number;
    beforeAll(async () => {
      ({ tabId } = await browser.openTab(LISTING));
    });

    it('recognises the listing and shows a badge once its guide matches', async () => {
      await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
      const state = (await browser.tabState(tabId)) as { job: unknown; guideId: string };
      expect(DetectedJobSchema.parse(state.job)).toMatchObject({ title: 'Data Scientist II, Amazon Ads', jobId: '2812345' });
      expect(state.guideId).toBe('amazon-data-scientist');
    });

    it('shows the recognised job and the whole guide in the side panel of that tab', async () => {
      const panel = await browser.openPanel(tabId);
      await panel.waitFor('[data-testid="job-title"]');
      expect(await panel.text('[data-testid="job-title"]')).toBe('Data Scientist II, Amazon Ads');
      const header = await panel.text('[data-testid="job-header"]');
      expect(header).toContain('Amazon');
      expect(header).toContain('Seattle, WA, US');
      expect(await panel.attribute('[data-testid="job-header"] a[href]', 'href')).toBe(LISTING);
      for (const section of SECTIONS) expect(await panel.count(`section#section-${section}`), section).toBe(1);
      expect(await panel.count('[data-item^="questions/"]')).toBe(GUIDE.questions.length);
      expect(await panel.count('[data-item^="mistakes/"]')).toBe(GUIDE.mistakes.length);
      await panel.close();
    });

    it('keeps a tick after a reload and shows it in a second panel', async () => {
      const panel = await browser.openPanel(tabId);
      await panel.waitFor(FIRST_CHECKLIST_ITEM);
      const key = (await panel.attribute(FIRST_CHECKLIST_ITEM, 'data-item'))!;
      const progress = () => panel.attribute('[data-testid="progress-checklist"]', 'aria-valuenow');
      expect(await progress()).toBe('0');
      await panel.click(itemSelector(key));
      await until(progress, (value) => value === '1', 'the checklist progress');

      const second = await browser.openPanel(tabId);
      await second.waitFor(itemSelector(key));
      await until(() => second.isChecked(itemSelector(key)), Boolean, 'the tick in the second panel');

      // A change in the second panel reaches the first without a reload.
      await second.click(itemSelector(key));
      await until(() => panel.isChecked(itemSelector(key)), (checked) => !checked, 'the untick in the first panel');
      await panel.click(itemSelector(key));
      await until(() => second.isChecked(itemSelector(key)), Boolean, 'the tick in the second panel again');

      await panel.reload();
      // The tickbox is disabled until the stored ticks have loaded: read it after that.
      await panel.waitFor(`${itemSelector(key)}:enabled`);
      expect(await panel.isChecked(itemSelector(key))).toBe(true);
      expect(await progress()).toBe('1');
      await panel.close();
      await second.close();
    });

    it('shows the job in the popup, whose button opens the side panel', async () => {
      const popup = await browser.openPopup(tabId);
      await popup.waitFor('.popup-title');
      const text = await popup.text('body');
      expect(text).toContain('Data Scientist II, Amazon Ads');
      expect(text).toContain('Guide ready');
      // The shortcut shown is the one the browser has (Chromium may leave an unpacked extension's unset).
      const shortcut = await popup.page.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const commands = await api.commands.getAll();
        return commands.find((command) => ['open-side-panel', '_execute_sidebar_action'].includes(command.name ?? ''))?.shortcut;
      }, undefined);
      const shown = await popup.text('[data-testid="popup-shortcut"]');
      if (shortcut) for (const key of shortcut.split('+')) expect(shown).toContain(key);
      else expect(shown).toContain('No keyboard shortcut is set');

      await popup.click('button.button-primary');
      // The popup closes itself once the browser has opened the panel, and shows an error otherwise.
      await until(() => popup.isClosed(), Boolean, 'the popup to close after opening the panel');
      await until(() => browser.panelIsOpen(), Boolean, 'the side panel to be open');
    });

    it('keeps the ticks when the browser is closed and started again', async () => {
      const panel = await browser.openPanel(tabId);
      await panel.waitFor('[data-item^="mistakes/"]');
      const key = (await panel.attribute('[data-item^="mistakes/"]', 'data-item'))!;
      await panel.click(itemSelector(key));
      await until(() => panel.attribute('[data-testid="progress-mistakes"]', 'aria-valuenow'), (v) => v === '1', 'progress');
      // The tick is stored (another panel reads it from the database) before the browser closes.
      const second = await browser.openPanel(tabId);
      await second.waitFor(itemSelector(key));
      await until(() => second.isChecked(itemSelector(key)), Boolean, 'the tick stored');

      await browser.restart();
      const { tabId: newTab } = await browser.openTab(LISTING);
      await until(() => browser.badge(newTab), (text) => text === '✓', 'the badge after restart');
      const reopened = await browser.openPanel(newTab);
      await reopened.waitFor(itemSelector(key));
      await until(() => reopened.isChecked(itemSelector(key)), Boolean, 'the tick after restart');
      expect(await reopened.attribute('[data-testid="progress-checklist"]', 'aria-valuenow')).toBe('1');
    });
  });

  describe('pages without a matching guide', () => {
    it('says no job was recognised on a search page, and offers the guides', async () => {
      const { tabId: tab } = await browser.openTab('https://www.amazon.jobs/en/search?base_query=data+scientist');
      await until(() => browser.tabState(tab), (state) => state !== undefined, 'the recognition result');
      const panel = await browser.openPanel(tab);
      await panel.waitFor('[data-testid="state-no-job"]');
      expect(await panel.text('[data-testid="guide-browser"]')).toContain('Data Scientist');
      expect(await browser.badge(tab)).toBe('');
    });

    it('names a recognised job that has no guide yet', async () => {
      // A backend engineer: a role family PrepPanel has no guide for.
      const { tabId: tab } = await browser.openTab('https://job-boards.greenhouse.io/stripe/jobs/6619023');
      await until(() => browser.tabState(tab), (state) => state !== undefined, 'the recognition result');
      const panel = await browser.openPanel(tab);
      await panel.waitFor('[data-testid="state-no-guide"]');
      expect(await panel.text('[data-testid="state-no-guide"]')).toContain('Backend Engineer, Payments');
    });

    it('shows markup in a job title as text, and runs none of it', async () => {
      const { tabId: tab } = await browser.openTab('https://www.amazon.jobs/en/jobs/2855555/data-scientist');
      await until(() => browser.badge(tab), (text) => text === '✓', 'the badge');
      const panel = await browser.openPanel(tab);
      await panel.waitFor('[data-testid="job-title"]');
      expect(await panel.text('[data-testid="job-title"]')).toBe(`Data Scientist <img src=x onerror="document.title='pwned'">`);
      expect(await panel.count('[data-testid="job-header"] img')).toBe(0);
      expect(await panel.page.evaluate(() => document.title, undefined)).not.toBe('pwned');
    });

    it('recognises a listing without JSON-LD from its markup', async () => {
      const { tabId: tab } = await browser.openTab('https://www.amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws');
      await until(() => browser.badge(tab), (text) => text === '✓', 'the badge');
      const panel = await browser.openPanel(tab);
      await panel.waitFor('[data-testid="job-header"]');
      expect(await panel.text('[data-testid="job-header"]')).toContain('AWS');
    });
  });
});
