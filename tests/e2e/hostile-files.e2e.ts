import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './drivers';
import { until, type ExtensionDriver, type PanelView } from './drivers/driver';

/**
 * Files a stranger hands the user: a backup whose imported guides break the rules of a guide
 * import, and a guide whose source link runs script. Each is refused where it is chosen, with
 * the reason shown, and nothing of it is stored.
 */

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const BUNDLED_ID = 'amazon-data-scientist';
const GUIDE_TEXT = readFileSync(new URL('../fixtures/imported-guides/harrow-finch-data-analyst.json', import.meta.url), 'utf8');
const GUIDE = JSON.parse(GUIDE_TEXT) as { id: string; title: string; sources: { url?: string }[] };
const STORY = {
  id: 'story-from-the-file',
  title: 'A story the file brings along',
  situation: '',
  task: '',
  action: '',
  result: '',
  outcome: '',
  qualities: [],
  questions: [],
  createdAt: 1,
  updatedAt: 1,
};

function guideRecord(key: string, guide: object = GUIDE): object {
  return { id: key, guide, fileName: 'harrow-finch.json', importedAt: 1_700_000_000_000 };
}

/** A backup that is valid but for its imported guides; its story shows whether anything was written. */
function backupWith(importedGuides: object[]): string {
  return JSON.stringify({
    format: 'preppanel-backup',
    version: 1,
    exportedAt: '2026-03-14T09:30:00.000Z',
    includesRecordings: false,
    data: { progress: [], stories: [STORY], tailoring: [], applications: [], practice: [], pins: [], importedGuides, ownItems: [] },
  });
}

const named = `the guide "${GUIDE.title}" (id "${GUIDE.id}")`;
const BAD_BACKUPS = [
  {
    file: 'guide-under-another-id.json',
    text: backupWith([guideRecord('someone-else')]),
    reason: `data.importedGuides[0].id: ${named} is kept under another id, "someone-else"; a guide is kept under its own id.`,
  },
  {
    file: 'guide-twice.json',
    text: backupWith([guideRecord(GUIDE.id), guideRecord(GUIDE.id)]),
    reason: `data.importedGuides[1]: ${named} is in this file twice: another imported guide has the same id.`,
  },
  {
    file: 'bundled-guide-id.json',
    text: backupWith([guideRecord(BUNDLED_ID, { ...GUIDE, id: BUNDLED_ID })]),
    reason: `data.importedGuides[0].guide.id: the guide "${GUIDE.title}" (id "${BUNDLED_ID}") has the id of a guide that comes with PrepPanel; an imported guide needs an id of its own.`,
  },
];

/** Chooses a file in the page's file field under `container`, as a user picking it does (a change event with the file). */
function chooseFile(view: PanelView, container: string, name: string, text: string): Promise<void> {
  return view.page.evaluate(
    ([selector, fileName, content]) => {
      const input = document.querySelector<HTMLInputElement>(`${selector} input[type="file"]`);
      if (!input) throw new Error(`no file field in ${selector}`);
      const files = new DataTransfer();
      files.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [container, name, text] as const,
  );
}

/** How many records two stores of PrepPanel's database hold, read straight from IndexedDB. */
function storedCounts(view: PanelView): Promise<{ importedGuides: number; stories: number }> {
  return view.page.evaluate(
    () =>
      new Promise<{ importedGuides: number; stories: number }>((resolve, reject) => {
        const open = indexedDB.open('preppanel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['importedGuides', 'stories']);
          const importedGuides = tx.objectStore('importedGuides').count();
          const stories = tx.objectStore('stories').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ importedGuides: importedGuides.result, stories: stories.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    undefined,
  );
}

/** Turns an open extension view into the settings page (the drivers open the panel and the popup only). */
async function showSettings(view: PanelView): Promise<void> {
  await view.page.evaluate(() => {
    document.documentElement.dataset.stale = 'true';
    location.assign('options.html');
  }, undefined);
  await view.waitFor('html:not([data-stale]) [data-testid="options-imported-guides"]');
}

for (const { name, launch } of BROWSERS) describe(`${name}: hostile files`, () => {
  let browser: ExtensionDriver;
  let tabId: number;
  beforeAll(async () => {
    browser = await launch();
    ({ tabId } = await browser.openTab(LISTING));
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a backup whose imported guides break the rules of a guide import, naming the guide, and imports nothing', async () => {
    const settings = await browser.openPanel(tabId);
    await showSettings(settings);
    await settings.waitFor('[data-testid="options-no-imported-guides"]');

    for (const { file, text, reason } of BAD_BACKUPS) {
      await chooseFile(settings, '[data-testid="options-backup"]', file, text);
      const refused = await until(() => settings.text('[data-testid="backup-refused"]'), (shown) => shown.startsWith(file), `${file} refused`);
      expect(refused).toBe(`${file} was not imported. This backup cannot be imported: ${reason} Nothing was changed.`);
      expect(await settings.count('[data-testid="backup-preview"]')).toBe(0);
      expect(await storedCounts(settings)).toEqual({ importedGuides: 0, stories: 0 });
    }

    // The same file with a sound guide record is previewed: the refusals were for the guides alone.
    await chooseFile(settings, '[data-testid="options-backup"]', 'sound.json', backupWith([guideRecord(GUIDE.id)]));
    const preview = await until(() => settings.text('[data-testid="backup-preview"]'), (shown) => shown.includes('sound.json'), 'the preview');
    expect(preview).toContain('Adds 1 story and 1 imported guide.');
    expect(await storedCounts(settings)).toEqual({ importedGuides: 0, stories: 0 });
    await settings.close();
  });

  it('refuses a guide file with a javascript: source link at import, naming the field, and stores nothing', async () => {
    const panel = await browser.openPanel(tabId);
    await panel.waitFor('[data-testid="source-host"]');
    // The bundled guide's links show where they lead.
    expect(await panel.text('[data-testid="source-host"]')).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);

    await panel.click('[data-testid="browse-guides"]');
    await panel.waitFor('[data-testid="guide-import"]');
    const scripted = JSON.parse(GUIDE_TEXT) as typeof GUIDE;
    scripted.sources[0]!.url = 'javascript:alert(document.domain)';
    await chooseFile(panel, '[data-testid="guide-import"]', 'scripted-guide.json', JSON.stringify(scripted));
    const refused = await until(
      () => panel.text('[data-testid="guide-import-refused"]'),
      (shown) => shown.includes('scripted-guide.json'),
      'the guide file refused',
    );
    expect(refused).toContain('scripted-guide.json was not imported: this field is wrong. Nothing was stored.');
    expect(refused).toContain(
      'sources.0.url: use a public web address that starts with https:// (javascript:, data:, file:, blob:, browser and http:// addresses are not allowed)',
    );
    expect(await panel.count('[data-testid="guide-import-preview"]')).toBe(0);
    expect(await panel.count(`[data-guide="${GUIDE.id}"]`)).toBe(0);
    expect((await storedCounts(panel)).importedGuides).toBe(0);
    await panel.close();
  });
});
