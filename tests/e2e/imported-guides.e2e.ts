import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

// A Data Analyst listing of Harrow & Finch, a company PrepPanel has no guide for
// (tests/fixtures/lever/harrow-finch-data-analyst.html), and a guide for it that a user wrote.
const LISTING = 'https://jobs.lever.co/harrowfinch/8b2d4e61-7c3a-4f19-b5d2-0e9a6c14f7b3';
const GUIDE_FILE = new URL('../fixtures/imported-guides/harrow-finch-data-analyst.json', import.meta.url);
const GUIDE_TEXT = readFileSync(GUIDE_FILE, 'utf8');
const GUIDE = JSON.parse(GUIDE_TEXT) as { id: string; title: string; questions: { text: string; category: string }[] };
const MY_QUESTION = 'How does Harrow & Finch decide which stores to open next?';

function broken(): string {
  const guide = JSON.parse(GUIDE_TEXT) as typeof GUIDE;
  guide.questions[1]!.category = 'essay';
  return JSON.stringify(guide);
}

describe('Chromium: a guide the user brings', () => {
  let browser: ChromiumDriver;
  let tabId: number;
  let panel: Page;
  const provenance = () => panel.getByTestId('guide-provenance').textContent();
  const fileInput = () => panel.getByLabel('Guide file to import');
  const card = () => panel.locator(`[data-guide="${GUIDE.id}"]`);

  beforeAll(async () => {
    browser = await ChromiumDriver.launch();
    ({ tabId } = await browser.openTab(LISTING));
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a file with a wrong field, naming the field, and stores nothing', async () => {
    await until(provenance, (text) => Boolean(text?.includes('general Data Analyst')), 'the general guide');
    await panel.getByTestId('browse-guides').click();
    await fileInput().setInputFiles({ name: 'broken-guide.json', mimeType: 'application/json', buffer: Buffer.from(broken()) });
    const refused = panel.getByTestId('guide-import-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('broken-guide.json was not imported');
    expect(await refused.textContent()).toContain('questions.1.category: Invalid option');
    expect(await card().count()).toBe(0);
    await expectAccessible(panel, 'guide import, refused file');
  });

  it('previews a good file, imports it on confirmation, and lists it as imported', async () => {
    await fileInput().setInputFiles({ name: 'harrow-finch.json', mimeType: 'application/json', buffer: Buffer.from(GUIDE_TEXT) });
    const preview = panel.getByTestId('guide-import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`Import ${GUIDE.title}?`);
    expect(await preview.textContent()).toContain(`${GUIDE.questions.length} questions`);
    expect(await card().count()).toBe(0);
    await expectAccessible(panel, 'guide import, preview');

    await panel.getByRole('button', { name: 'Import guide' }).click();
    await panel.getByTestId('guide-imported').waitFor();
    await card().waitFor();
    expect(await card().textContent()).toContain('Imported by you');
  });

  it('after a reload, matches the listing to the imported guide and keeps the questions the user adds', async () => {
    await panel.reload();
    await until(() => provenance().catch(() => null), (text) => Boolean(text?.includes('a guide you imported')), 'the imported guide');
    expect(await provenance()).toContain('Harrow & Finch');
    const questions = await panel.locator('section#section-questions').textContent();
    expect(questions).toContain(GUIDE.questions[0]!.text);

    // The popup names the same guide, not the general one.
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, 320);
    // It shows the bundled match at once, then the imported guide once those are read.
    const match = await until(() => popup.locator('.match').first().textContent(), (text) => Boolean(text?.includes('Harrow & Finch')), 'the imported guide in the popup');
    expect(match).toContain('Guide ready');
    await popup.close();

    await panel.getByLabel('Add a question of your own').fill(MY_QUESTION);
    await panel.getByLabel('Add a question of your own').press('Enter');
    const mine = panel.locator('[data-own-items="questions"]').getByLabel(MY_QUESTION);
    await mine.waitFor();
    await until(() => mine.isEnabled(), Boolean, 'the tick box enabled');
    await mine.check();
    const prepared = () => panel.getByTestId('progress-questions').getAttribute('aria-valuetext');
    await until(prepared, (text) => text === `1 of ${GUIDE.questions.length + 1}`, 'the count with the own question');
    await expectAccessible(panel, 'own question added');

    await panel.reload();
    const again = panel.locator('[data-own-items="questions"]').getByLabel(MY_QUESTION);
    await again.waitFor();
    await until(() => again.isEnabled(), Boolean, 'the tick box enabled after the reload');
    expect(await again.isChecked()).toBe(true);
    expect(await prepared()).toBe(`1 of ${GUIDE.questions.length + 1}`);
  });

  it('removes the imported guide after asking, and the listing gets the general guide again', async () => {
    await panel.getByTestId('browse-guides').click();
    await card().click();
    await panel.getByTestId('remove-guide').click();
    await panel.getByRole('button', { name: 'Remove guide' }).click();
    await panel.getByTestId('guide-browser').waitFor();
    await until(() => card().count(), (count) => count === 0, 'the guide gone from the list');
    await panel.getByTestId('guide-list-back').click();
    await until(provenance, (text) => Boolean(text?.includes('general Data Analyst')), 'the general guide again');
  });
});
