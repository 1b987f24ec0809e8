// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideImport } from '../../../../../components/sidepanel/browse/GuideImport';
import { GuideLibraryProvider } from '../../../../../components/shared/GuideLibraryProvider';
import { GuideSchema } from '../../../../../lib/guides/schema';
import { QUOTA_MESSAGE } from '../../../../../lib/storage/errors';
import { ImportedGuideStore } from '../../../../../lib/storage/imported-guides';
import harrowFinch from '../../../../fixtures/imported-guides/harrow-finch-data-analyst.json';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const GUIDE = GuideSchema.parse(harrowFinch);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

function choose(name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Guide file to import'), { target: { files: [file] } });
}

function renderImport(store: ImportedGuideStore, onOpen = vi.fn()) {
  render(
    <GuideLibraryProvider store={store}>
      <GuideImport onOpen={onOpen} />
    </GuideLibraryProvider>,
  );
  return onOpen;
}

describe('importing a guide the user brings', () => {
  it('says what a file replaces, keeps the new version only when confirmed, and offers to open it', async () => {
    const store = new ImportedGuideStore();
    await store.save(GUIDE, 'harrow-finch-v1.json');
    const onOpen = renderImport(store);

    choose('harrow-finch-v2.json', JSON.stringify({ ...harrowFinch, title: 'Harrow & Finch, second edition' }));
    await screen.findByText('Import Harrow & Finch, second edition?');
    expect((await screen.findByTestId('guide-import-replaces')).textContent).toContain('harrow-finch-v1.json');
    expect((await store.get(GUIDE.id))?.fileName).toBe('harrow-finch-v1.json');

    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    await screen.findByTestId('guide-imported');
    expect(await store.get(GUIDE.id)).toMatchObject({ fileName: 'harrow-finch-v2.json', guide: { title: 'Harrow & Finch, second edition' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the guide' }));
    expect(onOpen).toHaveBeenCalledWith(GUIDE.id);
  });

  it('cancels without storing anything', async () => {
    const store = new ImportedGuideStore();
    renderImport(store);
    choose('harrow-finch.json', JSON.stringify(harrowFinch));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('guide-import-preview')).toBeNull());
    expect(await store.list()).toEqual({ guides: [], unreadable: 0 });
  });

  it('keeps the preview and says so in plain words when the browser refuses to store the guide', async () => {
    const store = new ImportedGuideStore();
    vi.spyOn(store, 'save').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    renderImport(store);
    choose('harrow-finch.json', JSON.stringify(harrowFinch));
    fireEvent.click(await screen.findByRole('button', { name: 'Import guide' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`The guide was not saved: ${QUOTA_MESSAGE}`);
    expect(screen.getByRole('button', { name: 'Import guide' })).toBeTruthy();
  });

  it('refuses a file that does not fit, listing each wrong field', async () => {
    const store = new ImportedGuideStore();
    renderImport(store);
    const broken = { ...harrowFinch, schemaVersion: 2, company: { ...harrowFinch.company, id: 'Harrow & Finch' } };
    choose('broken.json', JSON.stringify(broken));
    const refused = await screen.findByTestId('guide-import-refused');
    expect(refused.textContent).toContain('broken.json was not imported: these fields are wrong. Nothing was stored.');
    expect([...refused.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'schemaVersion: Invalid input: expected 1',
      'company.id: use lower-case words joined by hyphens',
    ]);
  });

  it('refuses a file over 2 MB by its size, without reading its text, and says so', async () => {
    const store = new ImportedGuideStore();
    renderImport(store);
    const file = new File([JSON.stringify(harrowFinch)], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 3 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByLabelText('Guide file to import'), { target: { files: [file] } });
    expect((await screen.findByTestId('guide-import-too-large')).textContent).toBe(
      'huge.json was not imported: it is 3072 KB, and a guide file may be at most 2 MB, so PrepPanel did not read it. Nothing was stored.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByTestId('guide-import-preview')).toBeNull();
    expect(await store.list()).toEqual({ guides: [], unreadable: 0 });
  });

  it('refuses a javascript: source link, naming the field', async () => {
    const store = new ImportedGuideStore();
    renderImport(store);
    const sources = harrowFinch.sources.map((source, index) => (index === 0 ? { ...source, url: 'javascript:alert(1)' } : source));
    choose('scripted.json', JSON.stringify({ ...harrowFinch, sources }));
    const refused = await screen.findByTestId('guide-import-refused');
    expect([...refused.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'sources.0.url: use a public web address that starts with https:// (javascript:, data:, file:, blob:, browser and http:// addresses are not allowed)',
    ]);
    expect(await store.list()).toEqual({ guides: [], unreadable: 0 });
  });
});
