// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '../../../../components/sidepanel/guide/GuideView';
import { SidePanelApp } from '../../../../components/sidepanel/SidePanelApp';
import { StorageNotice } from '../../../../components/sidepanel/StorageNotice';
import { guideById } from '../../../../lib/guides/catalog';
import { DB_NAME, MIGRATIONS, openPrepDb } from '../../../../lib/storage/db';
import { QUOTA_MESSAGE } from '../../../../lib/storage/errors';
import type { Story } from '../../../../lib/storage/schema';
import type { DetectedJob } from '../../../../lib/job/detected-job';
import { writeTabState } from '../../../../lib/extension/tab-state';

// WXT's own mock of `wxt/browser` loads its build tools, which cannot run under jsdom: the
// same fake browser, imported directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// The panel renders the whole guide: compact guides (with the items ticked below) keep these tests fast.
vi.mock('../../../../lib/guides/catalog', async (importOriginal) =>
  (await import('../../compact-guides')).compactCatalog(importOriginal, ['checklist/map-requirements', 'mistakes/generic-cv']),
);

const guide = guideById('amazon-data-scientist')!;
const WAITING = /Waiting for an older PrepPanel window to close/;
const TICKED = 'checklist/map-requirements';

beforeAll(() => {
  // The panel's stores open the database once and keep it open for the whole file.
  globalThis.indexedDB = new IDBFactory();
});

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function story(id: string, title: string): Story {
  return {
    id,
    title,
    situation: 's',
    task: 't',
    action: 'a',
    result: 'r',
    outcome: 'Saved 3 hours a week',
    qualities: ['Customer Obsession'],
    questions: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

/** The side panel's guide, with the storage notice above it as SidePanelApp shows it. */
function renderPanel() {
  return render(
    <>
      <StorageNotice />
      <GuideView guide={guide} header={<h1>Guide</h1>} />
    </>,
  );
}

function box(key: string): HTMLInputElement {
  return document.querySelector<HTMLInputElement>(`input[data-item="${key}"]`)!;
}

describe('the side panel while storage is at fault', () => {
  // First in the file: the panel's stores have not opened the database yet.
  it('says it waits for an older window, then shows the ticks that window kept', async () => {
    const oldWindow = await openDB(DB_NAME, 1, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0]?.(db as never, tx as never);
      },
    });
    await oldWindow.put('progress', { guideId: guide.id, item: TICKED, done: true, updatedAt: 1 });

    renderPanel();
    const notice = screen.getByTestId('storage-status');
    expect(notice.getAttribute('role')).toBe('status');
    await waitFor(() => expect(notice.textContent).toMatch(WAITING));
    expect(notice.textContent).toContain('nothing is lost');
    expect(box(TICKED).disabled).toBe(true);
    expect(box(TICKED).checked).toBe(false);

    oldWindow.close();
    await waitFor(() => expect(box(TICKED).checked).toBe(true));
    expect(box(TICKED).disabled).toBe(false);
    expect(notice.textContent).toBe('');
  });

  it('loads the rest and says how many saved records could not be read, leaving them stored', async () => {
    const db = await openPrepDb();
    await db.put('progress', { guideId: guide.id, item: 'checklist/broken', done: 'yes', updatedAt: 1 } as never);
    await db.put('stories', story('readable', 'Cut reporting time'));
    await db.put('stories', { ...story('unreadable', 'Broken'), qualities: 'not a list' } as never);

    renderPanel();
    await waitFor(() => expect(box(TICKED).checked).toBe(true));
    const alerts = () => screen.getAllByRole('alert').map((alert) => alert.textContent);
    await waitFor(() => expect(alerts()).toContain('1 saved tick could not be read and was left untouched.'));
    await waitFor(() => expect(alerts()).toContain('1 saved story could not be read and was left untouched.'));
    expect(screen.getByRole('article', { name: 'Cut reporting time' })).toBeDefined();

    expect(await db.get('progress', [guide.id, 'checklist/broken'])).toMatchObject({ done: 'yes' });
    expect(await db.get('stories', 'unreadable')).toMatchObject({ qualities: 'not a list' });
    await db.delete('progress', [guide.id, 'checklist/broken']);
    await db.delete('stories', 'unreadable');
    db.close();
  });

  it('says a full disk plainly, and loses neither a tick, a story nor what is being written', async () => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);

    renderPanel();
    await waitFor(() => expect(box(TICKED).checked).toBe(true));
    const other = 'mistakes/generic-cv';
    await act(async () => {
      fireEvent.click(box(other));
    });
    await waitFor(() => expect(box(other).checked).toBe(false));
    expect(box(TICKED).checked).toBe(true);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(`That tick was not saved: ${QUOTA_MESSAGE}`);

    const bank = screen.getByTestId('story-bank');
    await waitFor(() => expect(within(bank).getByRole<HTMLButtonElement>('button', { name: 'New story' }).disabled).toBe(false));
    fireEvent.click(within(bank).getByRole('button', { name: 'New story' }));
    const editor = screen.getByTestId('story-editor');
    fireEvent.change(within(editor).getByLabelText('Title'), { target: { value: 'Will not fit' } });
    await act(async () => {
      fireEvent.click(within(editor).getByRole('button', { name: 'Save story' }));
    });
    expect((await within(editor).findByRole('alert')).textContent).toContain(QUOTA_MESSAGE);
    expect(within(editor).getByLabelText<HTMLInputElement>('Title').value).toBe('Will not fit');
    expect(put).toHaveBeenCalled();

    // Nothing saved before was lost: a new panel loads the tick and the story.
    cleanup();
    put.mockRestore();
    renderPanel();
    await waitFor(() => expect(box(TICKED).checked).toBe(true));
    expect(box(other).checked).toBe(false);
    expect(await screen.findByRole('article', { name: 'Cut reporting time' })).toBeDefined();
  });
});

describe('the side panel pinned to a tab', () => {
  const PINNED = 4;
  const ACTIVE = 9;
  const listing = (jobId: string, title: string): DetectedJob => ({
    site: 'amazon.jobs',
    url: `https://www.amazon.jobs/en/jobs/${jobId}/data-scientist`,
    title,
    company: 'Amazon.com Services LLC',
    location: 'Seattle, WA, US',
    jobId,
    source: 'json-ld',
    confidence: 'high',
  });
  const title = () => screen.queryByTestId('job-title')?.textContent;

  beforeEach(async () => {
    await writeTabState(PINNED, { job: listing('2812345', 'Data Scientist II, Amazon Ads'), updatedAt: 1 });
    await writeTabState(ACTIVE, { job: listing('2790001', 'Data Scientist, Prime Video'), updatedAt: 1 });
    // The fake browser keeps no active tab of its own: the user is on ACTIVE.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: ACTIVE, active: true } as never]);
  });

  it('follows its tab from one listing to a page without a job and to the next listing', async () => {
    render(<SidePanelApp fixedTabId={PINNED} />);
    await waitFor(() => expect(title()).toBe('Data Scientist II, Amazon Ads'));

    await act(() => writeTabState(PINNED, { job: null, reason: 'Reading the new page…', updatedAt: 2 }));
    expect(screen.getByTestId('state-no-job').textContent).toContain('Reading the new page…');
    expect(title()).toBeUndefined();

    await act(() => writeTabState(PINNED, { job: listing('2855555', 'Data Scientist'), updatedAt: 3 }));
    expect(title()).toBe('Data Scientist');
  });

  it('says when its tab closes, and follows the active tab when asked', async () => {
    render(<SidePanelApp fixedTabId={PINNED} />);
    await waitFor(() => expect(title()).toBe('Data Scientist II, Amazon Ads'));

    await act(() => fakeBrowser.tabs.onRemoved.trigger(PINNED, { windowId: 1, isWindowClosing: false }));
    const closed = screen.getByTestId('state-tab-closed');
    expect(closed.textContent).toContain('were not affected');
    expect(title()).toBeUndefined();

    fireEvent.click(within(closed).getByRole('button', { name: 'Follow the active tab instead' }));
    await waitFor(() => expect(title()).toBe('Data Scientist, Prime Video'));
    expect(screen.queryByTestId('state-tab-closed')).toBeNull();
    expect(location.search).toBe('');
  });

  it('ignores another tab closing', async () => {
    render(<SidePanelApp fixedTabId={PINNED} />);
    await waitFor(() => expect(title()).toBe('Data Scientist II, Amazon Ads'));
    await act(() => fakeBrowser.tabs.onRemoved.trigger(ACTIVE, { windowId: 1, isWindowClosing: false }));
    expect(screen.queryByTestId('state-tab-closed')).toBeNull();
    expect(title()).toBe('Data Scientist II, Amazon Ads');
  });
});
