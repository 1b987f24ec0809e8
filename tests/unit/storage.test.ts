import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openPrepDb } from '../../lib/storage/db';
import { ProgressStore } from '../../lib/storage/progress';

const GUIDE = 'amazon-data-scientist';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

function nextMessage(store: ProgressStore, guideId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = store.subscribe(guideId, () => {
      stop();
      resolve();
    });
  });
}

describe('progress storage', () => {
  it('keeps ticks across a reopened database', async () => {
    const first = new ProgressStore();
    await first.setDone(GUIDE, 'checklist', 'map-requirements', true);
    await first.setDone(GUIDE, 'mistakes', 'generic-cv', true);
    await first.setDone(GUIDE, 'mistakes', 'generic-cv', false);

    const reopened = new ProgressStore();
    expect([...(await reopened.load(GUIDE))]).toEqual(['checklist/map-requirements']);
    expect((await reopened.load('another-guide')).size).toBe(0);
  });

  it('tells the other open views when a tick changes', async () => {
    const panel = new ProgressStore();
    const secondPanel = new ProgressStore();
    const heard = nextMessage(secondPanel, GUIDE);
    await panel.setDone(GUIDE, 'questions', 'tell-me-about-yourself', true);
    await heard;
    expect((await secondPanel.load(GUIDE)).has('questions/tell-me-about-yourself')).toBe(true);
  });

  it('does not disturb views of other guides', async () => {
    const panel = new ProgressStore();
    let otherHeard = false;
    const stop = new ProgressStore().subscribe('another-guide', () => (otherHeard = true));
    const heard = nextMessage(new ProgressStore(), GUIDE);
    await panel.setDone(GUIDE, 'checklist', 'map-requirements', true);
    await heard;
    stop();
    expect(otherHeard).toBe(false);
  });

  it('refuses to store an item key outside the schema', async () => {
    await expect(new ProgressStore().setDone(GUIDE, 'checklist', 'Not A Slug', true)).rejects.toThrow();
  });

  it('skips stored records that fail the schema and loads the rest', async () => {
    const db = await openPrepDb();
    await db.put('progress', { guideId: GUIDE, item: 'checklist/map-requirements', done: true, updatedAt: 1 });
    await db.put('progress', { guideId: GUIDE, item: 'checklist/broken', done: 'yes', updatedAt: 1 } as never);
    db.close();
    expect([...(await new ProgressStore().load(GUIDE))]).toEqual(['checklist/map-requirements']);
  });
});

describe('database versions', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openPrepDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['progress']);
    expect([...db.transaction('progress').store.indexNames]).toEqual(['by-guide']);
    db.close();
  });

  it('lets a newer version upgrade while an older view is open', async () => {
    const old = await openPrepDb();
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    old.close();
  });
});
