import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../lib/guides/catalog';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';
import { openSampleTabs } from './sample-tabs';
import { expectFocused, keyboardWithin } from './keyboard-nav';

const GUIDE = 'amazon-data-scientist';
const APPLIED_SCIENTIST = guideById('amazon-applied-scientist')!;
/** More Tab presses than the panel has focusable elements: reaching it means focus never got there. */
const MAX_PRESSES = 300;
const { tabTo } = keyboardWithin(MAX_PRESSES);

describe('Chromium: browsing, searching and pinning guides in the side panel', () => {
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

  async function openPanel(tabId: number): Promise<Page> {
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    return panel;
  }

  describe('on a page without a listing', () => {
    let panel: Page;
    const box = () => panel.getByRole('searchbox', { name: 'Search guides' });
    const card = () => panel.locator(`[data-guide="${GUIDE}"]`);
    const status = () => panel.getByTestId('guide-search-count');

    /** Replaces the search text with the keyboard, and waits for the count to say it was searched. */
    async function search(text: string): Promise<void> {
      await tabTo(panel, box());
      await panel.keyboard.press('Control+A');
      await panel.keyboard.press('Backspace');
      await panel.keyboard.type(text);
      await until(() => box().inputValue(), (value) => value === text, `the search "${text}"`);
    }

    beforeAll(async () => {
      panel = await openPanel(otherTab);
      await panel.getByTestId('state-no-job').waitFor();
    });

    it('finds the Amazon Data Scientist guide by company, by role and by a word from a question', async () => {
      await search('AMAZON');
      await card().waitFor();
      expect(await status().textContent()).toMatch(/match/);
      expect(await card().textContent()).toContain('Found in the company');

      await search('data scientist');
      await card().waitFor();
      expect(await card().textContent()).toContain('Found in the role');

      await search('messy dataset');
      await card().waitFor();
      expect(await card().textContent()).toMatch(/Found in \d+ questions?/);
      // Each card names the layers it is made of.
      expect(await card().textContent()).toContain('Amazon process');
    });

    it('finds the Amazon Applied Scientist guide, and opens it with its own stages and questions', async () => {
      await search('applied scientist');
      const applied = panel.locator('[data-guide="amazon-applied-scientist"]');
      await applied.waitFor();
      expect(await applied.textContent()).toContain('Amazon process + Amazon Applied Scientist specifics');
      await tabTo(panel, applied);
      await panel.keyboard.press('Enter');
      const back = panel.getByRole('button', { name: 'Back', exact: true });
      await expectFocused(back, 'Back');
      expect(await panel.locator('.browsed-header h1').textContent()).toBe(APPLIED_SCIENTIST.title);
      const questions = await panel.locator('section#section-questions').textContent();
      for (const question of APPLIED_SCIENTIST.questions) expect(questions).toContain(question.text);
      await panel.keyboard.press('Enter');
      await expectFocused(applied, 'the guide opened before');
    });

    it('filters by company and by role, and says when nothing matches, with a way back to every guide', async () => {
      await search('');
      await panel.getByRole('combobox', { name: 'Company' }).selectOption('amazon');
      await panel.getByRole('combobox', { name: 'Role' }).selectOption('data-scientist');
      await card().waitFor();

      await search('astronaut');
      await panel.getByTestId('guide-search-empty').waitFor();
      expect(await status().textContent()).toBe('No guide matches');
      expect(await card().count()).toBe(0);
      await tabTo(panel, panel.getByRole('button', { name: 'Clear the search' }));
      await panel.keyboard.press('Enter');
      await card().waitFor();
      await expectFocused(box(), 'the search box');
      expect(await box().inputValue()).toBe('');
      expect(await panel.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('');
    });

    it('is accessible with a search and with no result, light and dark', async () => {
      await search('amazon');
      await card().waitFor();
      await expectAccessible(panel, 'guide browser, searched');
      await search('astronaut');
      await panel.getByTestId('guide-search-empty').waitFor();
      await expectAccessible(panel, 'guide browser, nothing found');
    });

    it('opens the found guide with the keyboard, and Back returns to the same search', async () => {
      await search('messy');
      await tabTo(panel, card());
      await panel.keyboard.press('Enter');
      const back = panel.getByRole('button', { name: 'Back', exact: true });
      await expectFocused(back, 'Back');
      expect(await panel.locator('.browsed-header h1').textContent()).toContain('Data Scientist');
      expect(await panel.getByTestId('guide-browser').count()).toBe(0);

      await panel.keyboard.press('Enter');
      await expectFocused(card(), 'the guide opened before');
      expect(await box().inputValue()).toBe('messy');
    });
  });

  describe('on the Amazon listing', () => {
    const provenance = (panel: Page) => panel.getByTestId('guide-provenance').textContent();

    it('pins the guide from the browser, keeps the pin across a reload and another panel, and unpins', async () => {
      const panel = await openPanel(listingTab);
      await until(() => provenance(panel), (text) => Boolean(text?.includes('exact match')), 'the recognised guide');
      expect(await provenance(panel)).toContain("read from the page's structured data");

      await tabTo(panel, panel.getByRole('button', { name: 'Browse guides' }));
      await panel.keyboard.press('Enter');
      await expectFocused(panel.getByTestId('guide-list-back'), 'Back to the guide');
      await expectAccessible(panel, 'guide browser on a listing');
      await tabTo(panel, panel.locator(`[data-use-guide="${GUIDE}"]`));
      await panel.keyboard.press('Enter');

      const unpin = panel.getByRole('button', { name: 'Unpin (use the recognised guide)' });
      await expectFocused(unpin, 'Unpin');
      expect(await provenance(panel)).toContain('Guide pinned by you for this job');
      await expectAccessible(panel, 'side panel, pinned guide');

      await panel.evaluate(() => location.reload());
      await until(() => provenance(panel).catch(() => null), (text) => Boolean(text?.includes('pinned by you')), 'the pin after a reload');
      const other = await openPanel(listingTab);
      await until(() => provenance(other), (text) => Boolean(text?.includes('pinned by you')), 'the pin in another panel');

      await tabTo(panel, unpin);
      await panel.keyboard.press('Enter');
      await until(() => provenance(panel), (text) => Boolean(text?.includes('exact match')), 'the recognised guide again');
      await expectFocused(panel.getByRole('button', { name: 'Browse guides' }), 'Browse guides');
      // The other panel hears of it.
      await until(() => provenance(other), (text) => Boolean(text?.includes('exact match')), 'the other panel unpinned');
      expect(await unpin.count()).toBe(0);
    });
  });
});
