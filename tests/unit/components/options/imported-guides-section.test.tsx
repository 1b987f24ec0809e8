// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportedGuidesSection } from '../../../../components/options/ImportedGuidesSection';
import { guideById } from '../../../../lib/guides/catalog';
import { GuideSchema } from '../../../../lib/guides/schema';
import { openPrepDb } from '../../../../lib/storage/db';
import { ImportedGuideStore } from '../../../../lib/storage/imported-guides';
import harrowFinch from '../../../fixtures/imported-guides/harrow-finch-data-analyst.json';

// The section uses no extension API; the stores module beside it reaches WXT's, which does not load under jsdom.
vi.mock('wxt/browser', () => ({ browser: {} }));

const GUIDE = GuideSchema.parse(harrowFinch);
const BUNDLED = guideById('amazon-data-scientist')!;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

/** Rows an older PrepPanel could store from a backup: one under another id, one with a bundled id, one unreadable. */
async function storeOlderRows(): Promise<void> {
  const db = await openPrepDb();
  await db.put('importedGuides', { id: 'not-its-id', guide: { ...GUIDE, title: 'Under another id' }, fileName: 'a.json', importedAt: 2 });
  await db.put('importedGuides', { id: BUNDLED.id, guide: { ...BUNDLED, title: 'A bundled id' }, fileName: 'b.json', importedAt: 3 });
  await db.put('importedGuides', { id: 'broken', guide: { title: 'Broken' }, fileName: 'c.json', importedAt: 4 } as never);
  db.close();
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Imported guides' })).getAllByRole('listitem');
}

describe('the imported guides on the settings page', () => {
  it('says when there are none', async () => {
    render(<ImportedGuidesSection onDataChanged={vi.fn()} store={new ImportedGuideStore()} />);
    expect((await screen.findByTestId('options-no-imported-guides')).textContent).toBe('You have not imported any guide.');
  });

  it('lists every stored guide, says why the guide list leaves one out, and removes each one on its own', async () => {
    await storeOlderRows();
    await new ImportedGuideStore().save(GUIDE, 'harrow-finch.json');
    const onDataChanged = vi.fn();
    render(<ImportedGuidesSection onDataChanged={onDataChanged} store={new ImportedGuideStore()} />);

    await waitFor(() => expect(rows()).toHaveLength(4));
    // The readable ones by import date, then those that could not be read.
    const [bundled, shown, broken, underAnotherId] = rows();
    expect(shown!.textContent).toContain(`${GUIDE.title}From harrow-finch.json`);
    expect(shown!.textContent).not.toContain('leaves it out');
    expect(bundled!.textContent).toContain('It has the id of a guide that comes with PrepPanel, so the guide list leaves it out.');
    expect(broken!.textContent).toContain('Broken');
    expect(broken!.textContent).toContain('It could not be read, so the guide list leaves it out (guide.schemaVersion:');
    expect(underAnotherId!.textContent).toContain('Under another id');
    expect(underAnotherId!.textContent).toContain('is kept under another id, "not-its-id"');

    for (const [name, left] of [
      ['Remove Under another id', 3],
      ['Remove A bundled id', 2],
      ['Remove Broken', 1],
      [`Remove ${GUIDE.title}`, 0],
    ] as const) {
      fireEvent.click(screen.getByRole('button', { name }));
      if (left > 0) await waitFor(() => expect(rows()).toHaveLength(left));
    }
    await screen.findByTestId('options-no-imported-guides');
    expect(await new ImportedGuideStore().listStored()).toEqual([]);
    expect(onDataChanged).toHaveBeenCalledTimes(4);
  });

  it('shows a guide imported in another view without a reload', async () => {
    render(<ImportedGuidesSection onDataChanged={vi.fn()} store={new ImportedGuideStore()} />);
    await screen.findByTestId('options-no-imported-guides');
    await new ImportedGuideStore().save(GUIDE, 'harrow-finch.json');
    await waitFor(() => expect(rows()).toHaveLength(1));
  });
});
