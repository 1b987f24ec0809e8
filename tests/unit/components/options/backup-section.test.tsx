// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../../../components/options/BackupSection';
import { BACKUP_STORES, backupToJson, exportBackup, parseBackup, type Backup } from '../../../../lib/backup';
import { openPrepDb } from '../../../../lib/storage/db';
import type { Story } from '../../../../lib/storage/schema';

// The section uses no extension API; the options hooks beside it do, and WXT's module does not load under jsdom.
vi.mock('wxt/browser', () => ({ browser: {} }));

function story(id: string, title = `Story ${id}`): Story {
  return { id, title, situation: '', task: '', action: '', result: '', outcome: 'Saved 6 hours a week', qualities: [], questions: [], createdAt: 1, updatedAt: 2 };
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openPrepDb>>) => Promise<T>): Promise<T> {
  const db = await openPrepDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Every store's records, to compare the database before and after. */
function dump(): Promise<Record<string, unknown[]>> {
  return withDb(async (db) => Object.fromEntries(await Promise.all(BACKUP_STORES.map(async (store) => [store, await db.getAll(store)]))));
}

async function backupOf(stories: Story[]): Promise<Backup> {
  const name = 'preppanel-elsewhere';
  const db = await openPrepDb(name);
  for (const entry of stories) await db.put('stories', entry);
  const { backup } = await exportBackup(db, { includeRecordings: false });
  db.close();
  return backup;
}

function chooseFile(name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Backup file to import'), { target: { files: [file] } });
}

let onDataChanged: ReturnType<typeof vi.fn<() => void>>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await withDb((db) => db.put('stories', story('here', 'Kept in this browser')));
  onDataChanged = vi.fn<() => void>();
  render(<BackupSection recordings={{ count: 0, bytes: 0 }} onDataChanged={onDataChanged} />);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('export', () => {
  it('downloads the backup as a dated JSON file, and says so', async () => {
    const files: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      files.push(blob);
      return 'blob:backup';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      expect(screen.getByLabelText<HTMLInputElement>('Include recordings (none kept yet)').disabled).toBe(true);
      fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
      await vi.waitFor(() => expect(clicked).toHaveLength(1));
      const [link] = clicked;
      expect(link?.download).toMatch(/^preppanel-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(link?.href).toBe('blob:backup');
      const parsed = parseBackup(await files[0]!.text());
      expect(parsed.ok && parsed.backup.data.stories.map((entry) => entry.title)).toEqual(['Kept in this browser']);
      expect(revokeObjectURL).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:backup');
    } finally {
      vi.useRealTimers();
    }
    await screen.findByText((_, element) => element?.tagName === 'SPAN' && /^Saved preppanel-backup-.*\.json \(.+\) to your downloads\.$/.test(element.textContent ?? ''));
  });
});

describe('import', () => {
  it('previews, then imports on confirmation and recounts the page', async () => {
    const before = await dump();
    chooseFile('backup.json', backupToJson(await backupOf([story('here', 'Edited elsewhere'), story('new')])));
    const preview = await screen.findByTestId('backup-preview');
    expect(within(preview).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Adds 1 story.', 'Replaces 1 story.']);
    expect(await dump()).toEqual(before);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Importing backup.json'));

    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await screen.findByTestId('backup-imported');
    expect(onDataChanged).toHaveBeenCalledTimes(1);
    expect((await dump()).stories).toEqual([story('here', 'Edited elsewhere'), story('new')]);
  });

  it('refuses a foreign file with its reason and changes nothing', async () => {
    const before = await dump();
    chooseFile('notes.json', '{"notes": ["buy milk"]}');
    const refused = await screen.findByTestId('backup-refused');
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toBe(
      'notes.json was not imported. This file is not a PrepPanel backup: it does not say "format": "preppanel-backup". Choose a file that PrepPanel exported. Nothing was changed.',
    );
    expect(screen.queryByTestId('backup-preview')).toBeNull();
    expect(await dump()).toEqual(before);
    expect(onDataChanged).not.toHaveBeenCalled();
  });

  it('tells the user when the browser refuses to store more, and keeps everything as it was', async () => {
    const before = await dump();
    chooseFile('backup.json', backupToJson(await backupOf([story('a'), story('b'), story('c')])));
    const preview = await screen.findByTestId('backup-preview');
    // The second write of the import finds the disk full; the first is already in the transaction.
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    const failed = await screen.findByTestId('backup-refused');
    expect(failed.textContent).toMatch(/^backup\.json was not imported\. The backup was not imported: Your browser refused to store more.* Nothing was changed\.$/);
    vi.restoreAllMocks();
    expect(puts).toBe(2);
    expect(await dump()).toEqual(before);
    expect(onDataChanged).not.toHaveBeenCalled();
  });
});

describe('delete everything', () => {
  it('asks first: Escape backs out with the focus back on the button, and nothing is deleted', async () => {
    const before = await dump();
    const ask = screen.getByRole('button', { name: 'Delete all my PrepPanel data' });
    fireEvent.click(ask);
    const confirmation = screen.getByRole('group', { name: 'Delete all your PrepPanel data?' });
    expect(confirmation.textContent).toContain('export a backup first');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all your PrepPanel data?'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Delete all your PrepPanel data?' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all my PrepPanel data' })));
    expect(await dump()).toEqual(before);
  });

  it('deletes everything after the second button, and recounts the page', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my PrepPanel data' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    });
    await screen.findByTestId('backup-deleted');
    expect(onDataChanged).toHaveBeenCalledTimes(1);
    expect(Object.values(await dump()).flat()).toEqual([]);
  });
});
