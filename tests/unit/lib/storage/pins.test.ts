import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openPrepDb } from '../../../../lib/storage/db';
import { PinStore } from '../../../../lib/storage/pins';

const JOB = 'amazon.jobs:2812345';
const OTHER_JOB = 'amazon.jobs:2790001';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('guides pinned to jobs', () => {
  it('pins a guide to one job, replaces it, keeps it for another store, and unpins', async () => {
    const store = new PinStore();
    expect(await store.get(JOB)).toEqual({ pin: undefined, unreadable: false });

    const pinned = await store.pin(JOB, 'amazon-data-scientist');
    expect(pinned).toMatchObject({ jobKey: JOB, guideId: 'amazon-data-scientist' });
    await store.pin(JOB, 'amazon-data-analyst');

    // Another panel, with its own connection, reads the same choice; other jobs are untouched.
    const otherPanel = new PinStore();
    expect((await otherPanel.get(JOB)).pin?.guideId).toBe('amazon-data-analyst');
    expect((await otherPanel.get(OTHER_JOB)).pin).toBeUndefined();

    await store.unpin(JOB);
    expect(await otherPanel.get(JOB)).toEqual({ pin: undefined, unreadable: false });
  });

  it('refuses a pin that does not fit its schema, and stores nothing', async () => {
    const store = new PinStore();
    await expect(store.pin(JOB, '')).rejects.toBeInstanceOf(ZodError);
    expect((await store.get(JOB)).pin).toBeUndefined();
  });

  it('reports a stored pin that fails its schema as unreadable, and leaves it in the database', async () => {
    const db = await openPrepDb();
    await db.put('pins', { jobKey: JOB, guideId: 42 } as never);
    db.close();

    expect(await new PinStore().get(JOB)).toEqual({ pin: undefined, unreadable: true });
    const reopened = await openPrepDb();
    expect(await reopened.get('pins', JOB)).toEqual({ jobKey: JOB, guideId: 42 });
    reopened.close();
  });

  it("tells another open view when that job's pin changes, and not for another job's", async () => {
    const panel = new PinStore();
    const heard: string[] = [];
    const stopOther = new PinStore().subscribe(OTHER_JOB, () => heard.push(OTHER_JOB));
    const changed = new Promise<void>((resolve) => {
      const stop = new PinStore().subscribe(JOB, () => {
        heard.push(JOB);
        stop();
        resolve();
      });
    });
    await panel.pin(JOB, 'amazon-data-scientist');
    await changed;
    stopOther();
    expect(heard).toEqual([JOB]);
  });
});
