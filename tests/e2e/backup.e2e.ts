import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { until } from './drivers/driver';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const STORY = { title: 'Rebuilt the ad attribution model', outcome: 'Attribution error fell from 18% to 4% in six weeks' };
const FOREIGN = JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: { react: '^19.0.0' } });
/** A recorded answer's bytes: every byte value, so an encoding slip shows. */
const RECORDING_BYTES = Array.from({ length: 3_000 }, (_, index) => (index * 31) % 256);
const RECORDING_TYPE = 'audio/webm;codecs=opus';

/** Stores a recorded answer straight into PrepPanel's database, as the practice page does. */
function storeRecording(page: Page): Promise<void> {
  return page.evaluate(
    ({ bytes, type }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('preppanel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('recordings', 'readwrite');
          tx.objectStore('recordings').put({
            id: 'rec-1',
            guideId: 'amazon-data-scientist',
            questionId: 'tell-me-about-yourself',
            kind: 'audio',
            mimeType: type,
            durationMs: 3_000,
            size: bytes.length,
            createdAt: Date.now(),
            data: new Blob([new Uint8Array(bytes)], { type }),
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { bytes: RECORDING_BYTES, type: RECORDING_TYPE },
  );
}

/** The stored recording's type and bytes, read back from the database. */
function readRecording(page: Page): Promise<{ type: string; bytes: number[] } | null> {
  return page.evaluate(
    () =>
      new Promise<{ type: string; bytes: number[] } | null>((resolve, reject) => {
        const open = indexedDB.open('preppanel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('recordings').objectStore('recordings').get('rec-1');
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            db.close();
            const data = (request.result as { data?: Blob } | undefined)?.data;
            resolve(data ? { type: data.type, bytes: [...new Uint8Array(await data.arrayBuffer())] } : null);
          };
        };
      }),
  );
}

/** A browser with the Amazon listing open and its side panel showing the guide. */
async function browserWithPanel(): Promise<{ browser: ChromiumDriver; panel: Page }> {
  const browser = await ChromiumDriver.launch();
  const { tabId } = await browser.openTab(LISTING);
  await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
  const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('story-bank').waitFor();
  return { browser, panel };
}

const checklistDone = (panel: Page) => panel.getByTestId('progress-checklist').getAttribute('aria-valuenow');
const firstChecklistItem = (panel: Page) => panel.locator('[data-item^="checklist/"]').first();
const storyCard = (panel: Page) => panel.locator('[data-story]', { hasText: STORY.title });
const OWN_ITEM = 'Ask Sam about the team';
const ownItem = (panel: Page) => panel.locator('[data-own-items="checklist"]').getByLabel(OWN_ITEM);
const count = async (options: Page, what: string) => Number(await options.locator(`[data-count="${what}"] dd`).textContent());

async function openOptions(browser: ChromiumDriver): Promise<Page> {
  const options = await browser.openExtensionPage('options.html', 1100);
  await options.locator('[data-count="stories"]').waitFor();
  return options;
}

async function chooseFile(options: Page, name: string, text: string): Promise<void> {
  await options.getByLabel('Backup file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('Chromium: back up in one browser, restore in another', () => {
  let first: { browser: ChromiumDriver; panel: Page };
  let second: { browser: ChromiumDriver; panel: Page };
  let backupText: string;
  let backupName: string;

  beforeAll(async () => {
    first = await browserWithPanel();
  });
  afterAll(async () => {
    await first?.browser.close();
    await second?.browser.close();
  });

  it('exports a tick, a story and a recording from the first browser to a dated JSON file', async () => {
    const { panel } = first;
    await firstChecklistItem(panel).check();
    await until(() => checklistDone(panel), (value) => value === '1', 'the item ticked');
    await panel.getByRole('button', { name: 'New story' }).click();
    const editor = panel.getByTestId('story-editor');
    await editor.getByLabel('Title', { exact: true }).fill(STORY.title);
    await editor.getByLabel('Outcome', { exact: true }).fill(STORY.outcome);
    await editor.getByRole('button', { name: 'Save story' }).click();
    await storyCard(panel).waitFor();
    await panel.getByLabel('Add an item of your own').fill(OWN_ITEM);
    await panel.getByRole('button', { name: 'Add item' }).click();
    await ownItem(panel).waitFor();

    const options = await openOptions(first.browser);
    await until(() => count(options, 'stories'), (stories) => stories === 1, 'the story counted');
    expect(await count(options, 'own-items')).toBe(1);
    // No recordings yet: nothing to include.
    expect(await options.getByLabel('Include recordings (none kept yet)').isDisabled()).toBe(true);
    await storeRecording(options);
    await options.getByRole('button', { name: 'Count again' }).click();
    await until(() => count(options, 'recordings'), (recordings) => recordings === 1, 'the recording counted');
    expect(await options.getByTestId('options-recordings-size').textContent()).toBe('Recorded answers take 3 KB of it.');
    await options.getByLabel('Include recordings (1, 3 KB)').check();

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export backup' }).click();
    const download = await downloading;
    backupName = download.suggestedFilename();
    expect(backupName).toMatch(/^preppanel-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupText = await readFile(await download.path(), 'utf8');
    await options.getByRole('status').filter({ hasText: `Saved ${backupName}` }).waitFor();

    const backup = JSON.parse(backupText) as {
      format: string;
      includesRecordings: boolean;
      data: { stories: { title: string }[]; progress: { done: boolean }[]; recordings: { mimeType: string; data: string }[] };
    };
    expect(backup.format).toBe('preppanel-backup');
    expect(backup.includesRecordings).toBe(true);
    expect(backup.data.recordings.map((recording) => [recording.mimeType, [...Buffer.from(recording.data, 'base64')]])).toEqual([
      [RECORDING_TYPE, RECORDING_BYTES],
    ]);
    expect(backup.data.stories.map((story) => story.title)).toEqual([STORY.title]);
    expect(backup.data.progress.filter((record) => record.done)).toHaveLength(1);
  });

  it('previews the file in a fresh browser, imports it, and its side panel shows the tick and the story', async () => {
    second = await browserWithPanel();
    const { panel } = second;
    await panel.getByTestId('stories-empty').waitFor();
    expect(await checklistDone(panel)).toBe('0');

    const options = await openOptions(second.browser);
    expect(await count(options, 'stories')).toBe(0);
    await chooseFile(options, backupName, backupText);
    const preview = options.getByTestId('backup-preview');
    await preview.waitFor();
    const previewText = await preview.textContent();
    expect(previewText).toContain(`Importing ${backupName}`);
    // The job itself may be listed too (this browser keeps it since the panel opened): the tick and the story are added.
    expect(previewText).toMatch(/Adds progress on 1 guide item, 1 story\b.*, 1 recording and 1 question or checklist item of your own\./);
    expect(previewText).not.toMatch(/Replaces[^.]*(story|guide item)/);
    // Nothing is written before the user says so.
    expect(await count(options, 'stories')).toBe(0);

    await preview.getByRole('button', { name: 'Import' }).click();
    await options.getByTestId('backup-imported').waitFor();
    await until(() => count(options, 'stories'), (stories) => stories === 1, 'the story counted after the import');
    expect(await count(options, 'ticks')).toBe(1);
    expect(await count(options, 'recordings')).toBe(1);
    expect(await count(options, 'own-items')).toBe(1);
    expect(await readRecording(options)).toEqual({ type: RECORDING_TYPE, bytes: RECORDING_BYTES });

    // The panel open beside it follows the import.
    await storyCard(panel).waitFor();
    await ownItem(panel).waitFor();
    await until(() => checklistDone(panel), (value) => value === '1', 'the tick in the panel');
    expect(await firstChecklistItem(panel).isChecked()).toBe(true);
  });

  it('refuses a foreign JSON file with its reason, and changes nothing', async () => {
    const options = await openOptions(second.browser);
    await until(() => count(options, 'stories'), (stories) => stories === 1, 'the counts');
    await chooseFile(options, 'package.json', FOREIGN);
    const refused = options.getByTestId('backup-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(
      'package.json was not imported. This file is not a PrepPanel backup: it does not say "format": "preppanel-backup". Choose a file that PrepPanel exported. Nothing was changed.',
    );
    expect(await options.getByTestId('backup-preview').count()).toBe(0);
    await options.getByRole('button', { name: 'Count again' }).click();
    await options.getByRole('status').filter({ hasText: '1 ticked item, 1 story,' }).waitFor();
    await second.panel.reload();
    await storyCard(second.panel).waitFor();
    await until(() => checklistDone(second.panel), (value) => value === '1', 'the tick kept');
  });

  it('is accessible with the preview and the delete confirmation showing, light and dark', async () => {
    const options = await openOptions(second.browser);
    await chooseFile(options, backupName, backupText);
    await options.getByTestId('backup-preview').waitFor();
    await options.getByRole('button', { name: 'Delete all my PrepPanel data' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
    await expectAccessible(options, 'options, backup preview and delete confirmation');
    await options.setViewportSize({ width: 360, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('asks before deleting everything: Escape backs out, the second button deletes', async () => {
    const options = await openOptions(second.browser);
    await until(() => count(options, 'stories'), (stories) => stories === 1, 'the counts');
    const ask = options.getByRole('button', { name: 'Delete all my PrepPanel data' });
    await ask.click();
    const confirmation = options.getByRole('group', { name: 'Delete all your PrepPanel data?' });
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('export a backup first');
    await options.keyboard.press('Escape');
    await confirmation.waitFor({ state: 'detached' });
    expect(await ask.evaluate((button) => button === document.activeElement)).toBe(true);
    await options.getByRole('button', { name: 'Count again' }).click();
    await options.getByRole('status').filter({ hasText: '1 ticked item, 1 story,' }).waitFor();

    await ask.click();
    await confirmation.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByTestId('backup-deleted').waitFor();
    await until(() => count(options, 'stories'), (stories) => stories === 0, 'no story counted');
    expect(await count(options, 'ticks')).toBe(0);
    expect(await count(options, 'recordings')).toBe(0);

    await second.panel.getByTestId('stories-empty').waitFor();
    await until(() => checklistDone(second.panel), (value) => value === '0', 'the tick gone from the panel');
  });
});
