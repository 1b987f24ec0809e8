import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOR_SCHEMES } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';
import { LISTING, openSampleTabs } from './sample-tabs';
import { expectFocused, indicatorProblem, keyboardWithin, readFocus } from './keyboard-nav';

/** More Tab presses than any view has focusable elements: reaching it means focus never got there. */
const MAX_PRESSES = 400;
const { tabTo, press } = keyboardWithin(MAX_PRESSES);

const STORY = {
  Title: 'Cut the reporting time',
  Situation: 'Weekly ad reports took a day to build by hand.',
  Action: 'I automated the pipeline and tested it against a month of manual reports.',
  Outcome: 'Reporting went from 6 hours to 20 minutes a week',
};
const NOTE = 'Built the attribution model at an ad-tech company';
const ADDED_REQUIREMENT = 'Can visit the Seattle office quarterly';

/**
 * Tabs from where the focus is round the whole page, past its end and back from its top,
 * until the focus comes back to an element already reached. Returns every element reached
 * without a visible focus, and every focusable control that was never reached.
 */
async function walkFocus(page: Page): Promise<{ reached: number; problems: string[]; unreached: string[] }> {
  await page.evaluate(() => {
    (window as unknown as { reachedByKeyboard: WeakSet<Element> }).reachedByKeyboard = new WeakSet();
  });
  const problems: string[] = [];
  let reached = 0;
  for (let presses = 0; presses <= MAX_PRESSES; presses++) {
    const step = await page.evaluate(() => {
      const element = document.activeElement;
      const seen = (window as unknown as { reachedByKeyboard: WeakSet<Element> }).reachedByKeyboard;
      if (!element || element === document.body) return 'the page';
      if (seen.has(element)) return 'again';
      seen.add(element);
      return 'new';
    });
    if (step === 'again') break;
    if (step === 'new') {
      reached++;
      const problem = indicatorProblem(await page.evaluate(readFocus, null));
      if (problem) problems.push(problem);
    }
    await page.keyboard.press('Tab');
  }
  const unreached = await page.evaluate(() => {
    const seen = (window as unknown as { reachedByKeyboard: WeakSet<Element> }).reachedByKeyboard;
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0 && !seen.has(element))
      .map((element) => element.outerHTML.slice(0, 160));
  });
  return { reached, problems, unreached };
}

describe('Chromium: every action with the keyboard alone, with the focus visible', () => {
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
    // Jumps land at once, so the tests read where they landed rather than a scroll in flight.
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    return panel;
  }

  describe('the side panel on the Amazon listing', () => {
    let panel: Page;
    const progress = (list: string) => panel.getByTestId(`progress-${list}`).getAttribute('aria-valuenow');
    const card = () => panel.locator('[data-story]', { hasText: STORY.Title });
    const editor = () => panel.getByTestId('story-editor');
    const firstRequirement = () => panel.locator('[data-requirement]').first();
    const firstItem = (list: string) => panel.locator(`[data-item^="${list}/"]`).first();

    beforeAll(async () => {
      panel = await openPanel(listingTab);
      await firstRequirement().waitFor();
      await panel.getByTestId('stories-empty').waitFor();
    });

    it('jumps to a section from the overall progress and from the section links, taking the focus there', async () => {
      await press(panel, panel.locator('.overall-link[href="#section-checklist"]'), 'Enter');
      await expectFocused(panel.locator('#section-checklist-title'), 'the Tailor section title');
      const top = await panel.locator('#section-checklist').evaluate((section) => section.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
      // The next Tab carries on inside the section.
      await panel.keyboard.press('Tab');
      expect(await panel.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('section-checklist');

      await press(panel, panel.getByRole('navigation', { name: 'Guide sections' }).getByRole('link', { name: 'Questions' }), 'Enter');
      await expectFocused(panel.locator('#section-questions-title'), 'the Questions section title');
    });

    it('ticks and unticks a question, and opens and closes its answer tips', async () => {
      const question = firstItem('questions');
      await press(panel, question, 'Space');
      await until(() => progress('questions'), (value) => value === '1', 'the question ticked');
      expect(await question.isChecked()).toBe(true);
      await panel.keyboard.press('Space');
      await until(() => progress('questions'), (value) => value === '0', 'the question unticked');
      await panel.keyboard.press('Space');
      await until(() => progress('questions'), (value) => value === '1', 'the question ticked again');

      const tips = panel.getByRole('button', { name: 'Answer tips' }).first();
      const tipsPanel = panel.locator(`#${await tips.getAttribute('aria-controls')}`);
      await press(panel, tips, 'Enter');
      await until(() => tips.getAttribute('aria-expanded'), (value) => value === 'true', 'the tips open');
      expect(await tipsPanel.isVisible()).toBe(true);
      await panel.keyboard.press('Space');
      await until(() => tips.getAttribute('aria-expanded'), (value) => value === 'false', 'the tips closed');
      expect(await tipsPanel.isVisible()).toBe(false);
    });

    it('writes a story by typing, with Escape asking before it discards, and saves it', async () => {
      await press(panel, panel.getByRole('button', { name: 'New story' }), 'Enter');
      const title = editor().getByLabel('Title', { exact: true });
      await expectFocused(title, 'the title field');
      for (const [label, text] of Object.entries(STORY)) {
        await tabTo(panel, editor().getByLabel(label, { exact: true }));
        await panel.keyboard.type(text);
      }
      await press(panel, editor().getByRole('group', { name: 'Qualities it shows' }).getByLabel('Customer Obsession'), 'Space');
      expect(await editor().getByLabel('Customer Obsession').isChecked()).toBe(true);

      // Escape with changes asks first; Escape again keeps editing, on the Cancel button.
      await panel.keyboard.press('Escape');
      await expectFocused(editor().getByRole('button', { name: 'Keep editing' }), 'Keep editing');
      await panel.keyboard.press('Escape');
      await expectFocused(editor().getByRole('button', { name: 'Cancel' }), 'Cancel');
      expect(await editor().getByRole('button', { name: 'Discard changes' }).count()).toBe(0);
      expect(await title.inputValue()).toBe(STORY.Title);

      await press(panel, editor().getByRole('button', { name: 'Save story' }), 'Enter');
      await expectFocused(card(), 'the saved story');
      expect(await card().textContent()).toContain(STORY.Outcome);
      await until(
        () => panel.locator('[data-testid="coverage-grid"] [data-quality="customer-obsession"]').getAttribute('data-covered'),
        (value) => value === 'true',
        'Customer Obsession covered',
      );
    });

    it('edits the story: tags another quality, adds a tag of its own, and shows the whole story', async () => {
      await press(panel, card().getByRole('button', { name: 'Edit' }), 'Enter');
      await expectFocused(editor().getByLabel('Title', { exact: true }), 'the title field');
      expect(await editor().getByRole('heading', { name: 'Edit story' }).count()).toBe(1);
      await press(panel, editor().getByRole('group', { name: 'Qualities it shows' }).getByLabel('Ownership Mentality'), 'Space');
      await tabTo(panel, editor().getByLabel('Add another quality'));
      await panel.keyboard.type('Grit');
      // Enter adds the tag, and does not save the story.
      await panel.keyboard.press('Enter');
      await editor().getByRole('button', { name: 'Remove tag Grit' }).waitFor();
      await press(panel, editor().getByRole('button', { name: 'Save story' }), 'Enter');

      await expectFocused(card(), 'the saved story');
      const qualities = card().getByRole('list', { name: 'Qualities' });
      expect(await qualities.getByRole('listitem').allTextContents()).toEqual(['Customer Obsession', 'Ownership Mentality', 'Grit']);
      await until(
        () => panel.locator('[data-testid="coverage-grid"] [data-quality="ownership-mentality"]').getAttribute('data-covered'),
        (value) => value === 'true',
        'Ownership Mentality covered',
      );

      // The button's name changes to "Show less" with the state.
      const showAll = card().locator('.story-actions .disclosure-button');
      expect(await showAll.textContent()).toBe('Show all');
      await press(panel, showAll, 'Enter');
      await until(() => showAll.getAttribute('aria-expanded'), (value) => value === 'true', 'the whole story shown');
      expect(await card().getByRole('region').textContent()).toContain(STORY.Situation);
    });

    it("links the story and a note to a requirement, and Escape closes the evidence editor", async () => {
      await press(panel, firstRequirement().getByRole('button', { name: 'Add evidence' }), 'Enter');
      const storyChoice = firstRequirement().getByLabel('Story');
      await expectFocused(storyChoice, 'the story choice');
      await panel.keyboard.press('ArrowDown');
      expect(await storyChoice.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(STORY.Title);
      await tabTo(panel, firstRequirement().getByLabel('Note'));
      await panel.keyboard.type(NOTE);
      await press(panel, firstRequirement().getByRole('button', { name: 'Save evidence' }), 'Enter');

      await until(() => progress('requirements'), (value) => value === '1', 'the requirement covered');
      const editEvidence = firstRequirement().getByRole('button', { name: 'Edit evidence' });
      await expectFocused(editEvidence, 'Edit evidence');
      expect(await firstRequirement().locator('input[type="checkbox"]').isChecked()).toBe(true);
      expect(await firstRequirement().textContent()).toContain(`Story: ${STORY.Title}`);
      expect(await firstRequirement().textContent()).toContain(NOTE);

      await panel.keyboard.press('Enter');
      await expectFocused(storyChoice, 'the story choice');
      await panel.keyboard.press('Escape');
      await expectFocused(editEvidence, 'Edit evidence, after Escape');
      expect(await firstRequirement().locator('form').count()).toBe(0);
      expect(await firstRequirement().textContent()).toContain(NOTE);
    });

    it('adds a requirement by typing it and pressing Enter', async () => {
      const field = panel.getByLabel('Add a requirement');
      await tabTo(panel, field);
      await panel.keyboard.type(ADDED_REQUIREMENT);
      await panel.keyboard.press('Enter');
      await panel.locator('[data-requirement]', { hasText: ADDED_REQUIREMENT }).waitFor();
      expect(await field.inputValue()).toBe('');
    });

    it('ticks and unticks a checklist item and a mistake', async () => {
      const item = firstItem('checklist');
      await press(panel, item, 'Space');
      await until(() => progress('checklist'), (value) => value === '1', 'the checklist item ticked');
      await panel.keyboard.press('Space');
      await until(() => progress('checklist'), (value) => value === '0', 'the checklist item unticked');
      await panel.keyboard.press('Space');
      await until(() => progress('checklist'), (value) => value === '1', 'the checklist item ticked again');

      const mistake = firstItem('mistakes');
      await press(panel, mistake, 'Space');
      await until(() => progress('mistakes'), (value) => value === '1', 'the mistake ticked');
      await panel.keyboard.press('Space');
      await until(() => progress('mistakes'), (value) => value === '0', 'the mistake unticked');
      expect(await mistake.isChecked()).toBe(false);
    });

    it('copies the summary', async () => {
      // Chromium grants extension pages no clipboard-read in tests: record what the panel writes.
      await panel.evaluate(() => {
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        navigator.clipboard.writeText = (text: string) => {
          document.body.dataset.copied = text;
          return write(text);
        };
      });
      await press(panel, panel.getByRole('button', { name: 'Copy summary' }), 'Enter');
      await panel.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
      const text = await panel.evaluate(() => document.body.dataset.copied ?? '');
      expect(text).toContain('Requirements covered: 1 of 6');
      expect(text).toContain(`Customer Obsession: ${STORY.Title}`);
    });

    it('deletes the story after its confirmation, which Escape dismisses', async () => {
      const deleteButton = card().getByRole('button', { name: 'Delete', exact: true });
      await press(panel, deleteButton, 'Enter');
      await expectFocused(card().getByRole('button', { name: 'Keep it' }), 'Keep it');
      await panel.keyboard.press('Escape');
      await expectFocused(deleteButton, 'Delete, after Escape');
      expect(await card().getByRole('button', { name: 'Delete story' }).count()).toBe(0);

      await panel.keyboard.press('Enter');
      await press(panel, card().getByRole('button', { name: 'Delete story' }), 'Enter');
      await panel.getByTestId('stories-empty').waitFor();
      await expectFocused(panel.getByRole('button', { name: 'New story' }), 'New story');
    });

    it('keeps what the keyboard did after a reload', async () => {
      await panel.evaluate(() => {
        document.documentElement.dataset.stale = 'true';
        location.reload();
      });
      await panel.locator('html:not([data-stale]) [data-requirement]').first().waitFor();
      await panel.getByTestId('stories-empty').waitFor();
      await until(() => progress('requirements'), (value) => value === '1', 'the requirement still covered');
      // The tickboxes are disabled until the stored ticks have loaded: read them after that.
      await until(() => firstItem('questions').isEnabled(), Boolean, 'the ticks loaded');
      expect(await firstItem('questions').isChecked()).toBe(true);
      expect(await firstItem('checklist').isChecked()).toBe(true);
      expect(await firstItem('mistakes').isChecked()).toBe(false);
      expect(await firstRequirement().textContent()).toContain(NOTE);
      expect(await panel.locator('[data-requirement]', { hasText: ADDED_REQUIREMENT }).count()).toBe(1);
    });
  });

  it('browses the guides on a page without a listing: opens one and goes back', async () => {
    const panel = await openPanel(otherTab);
    const guide = panel.locator('[data-guide]').first();
    const guideId = await guide.getAttribute('data-guide');
    await press(panel, guide, 'Enter');
    const back = panel.getByRole('button', { name: 'Back', exact: true });
    await expectFocused(back, 'Back');
    expect(await panel.locator('.browsed-header h1').textContent()).not.toBe('');
    expect(await panel.locator('.guide-browser').count()).toBe(0);

    await panel.keyboard.press('Enter');
    await expectFocused(panel.locator(`[data-guide="${guideId}"]`), 'the guide opened before');
  });

  it("opens the side panel from the popup's button", async () => {
    // A listing tab of its own, with no page opened between it and the popup (as in journey.e2e.ts):
    // with one, Chromium opens the panel but starts no side panel page for the tab.
    const { tabId } = await browser.openTab(LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, 320);
    const open = popup.getByRole('button', { name: 'Open side panel' });
    await open.and(popup.locator(':enabled')).waitFor();
    await tabTo(popup, open);
    // The popup closes itself as the key goes down, before the key comes up.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await until(async () => popup.isClosed(), Boolean, 'the popup to close after opening the panel');
    await until(() => browser.panelIsOpen(), Boolean, 'the side panel to be open');
  });

  it('reaches every control of the options page, counts again and opens the shortcut settings', async () => {
    const options = await browser.openExtensionPage('options.html', 1100);
    await options.getByTestId('options-no-sites').waitFor();
    const ticks = options.locator('[data-count="ticks"] dd');
    await ticks.waitFor();
    const { unreached } = await walkFocus(options);
    expect(unreached).toEqual([]);

    // A tick made elsewhere shows once the page counts again.
    const before = Number(await ticks.textContent());
    const panel = await openPanel(listingTab);
    await press(panel, panel.locator('[data-item^="mistakes/"]').first(), 'Space');
    await until(() => panel.getByTestId('progress-mistakes').getAttribute('aria-valuenow'), (value) => value === '1', 'the mistake ticked');
    await press(options, options.getByRole('button', { name: 'Count again' }), 'Enter');
    await until(async () => Number(await ticks.textContent()), (count) => count === before + 1, 'the new count');

    const settingsPage = browser.context.waitForEvent('page');
    await press(options, options.getByRole('button', { name: 'Open shortcut settings' }), 'Enter');
    expect((await settingsPage).url()).toBe('chrome://extensions/shortcuts');
  });

  describe('the focus shows on every element Tab reaches, and every control is reached', () => {
    for (const scheme of COLOR_SCHEMES) {
      const walk = async (page: Page) => {
        await page.emulateMedia({ colorScheme: scheme });
        const result = await walkFocus(page);
        expect(result.reached).toBeGreaterThan(0);
        expect(result.problems, result.problems.join('\n')).toEqual([]);
        expect(result.unreached, result.unreached.join('\n')).toEqual([]);
        return result;
      };

      it(`${scheme}: side panel on the listing, then with the story editor open`, async () => {
        const panel = await openPanel(listingTab);
        await panel.locator('[data-requirement]').first().waitFor();
        await panel.getByTestId('story-bank').getByRole('status').filter({ hasText: 'serve every job' }).waitFor();
        await walk(panel);
        await press(panel, panel.getByRole('button', { name: 'New story' }), 'Enter');
        await expectFocused(panel.getByTestId('story-editor').getByLabel('Title', { exact: true }), 'the title field');
        await walk(panel);
      });

      it(`${scheme}: side panel without a job, the guide browser`, async () => {
        const panel = await openPanel(otherTab);
        await panel.locator('[data-guide]').first().waitFor();
        await walk(panel);
      });

      it(`${scheme}: popup and options page`, async () => {
        const popup = await browser.openExtensionPage(`popup.html?tabId=${listingTab}`, 320);
        await popup.getByRole('button', { name: 'Open side panel' }).and(popup.locator(':enabled')).waitFor();
        await walk(popup);
        const options = await browser.openExtensionPage('options.html', 360);
        await options.locator('[data-count="stories"]').waitFor();
        await options.getByTestId('options-shortcut-keys').waitFor();
        await walk(options);
      });
    }
  });
});
