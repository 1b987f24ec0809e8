import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApplicationStore } from '../../../../lib/applications/store';
import { DB_NAME, MIGRATIONS, openPrepDb } from '../../../../lib/storage/db';
import { ApplicationSchema } from '../../../../lib/storage/schema';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

const kept = (url: string) => ({
  jobKey: `Indeed:${url.length}`,
  title: 'Data Scientist',
  company: 'Contoso Ltd',
  url,
  status: 'saved',
  statusDates: { saved: 1 },
  notes: '',
  seenAt: 1,
  updatedAt: 1,
});

const SEARCHED = 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60&from=serp&keywords=my+secret+search&utm_source=mail#apply';
const TRIMMED = 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60';

describe('addresses kept before they were trimmed', () => {
  it('lose their search words, tracking parameters and fragments when the database moves to version 7', async () => {
    const v6 = await openDB(DB_NAME, 6, {
      upgrade(db, _old, _new, tx) {
        for (const migrate of MIGRATIONS.slice(0, 6)) migrate(db as never, tx as never);
      },
    });
    const searched = kept(SEARCHED);
    const linkedin = kept('https://www.linkedin.com/jobs/search/?currentJobId=4023456789&keywords=data%20engineer&geoId=1');
    const clean = kept('https://jobs.lever.co/acme/3f9c2a7e-0000-4000-8000-000000000000');
    // A row that is no address stays exactly as it was (and stays unreadable).
    const broken = kept('not an address');
    for (const row of [searched, linkedin, clean, broken]) await v6.put('applications', row as never);
    v6.close();

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(7);
    const rows = await upgraded.getAll('applications');
    expect(rows.map((row) => (row as { url: string }).url).sort()).toEqual(
      [TRIMMED, 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789', clean.url, broken.url].sort(),
    );
    expect(rows.find((row) => row.jobKey === searched.jobKey)).toEqual({ ...searched, url: TRIMMED });
    upgraded.close();

    const { applications, unreadable } = await new ApplicationStore().list();
    expect(applications.map((application) => application.url)).not.toContain(SEARCHED);
    expect(unreadable).toBe(1);
  });

  it('are trimmed as they are read, as from a backup an older version wrote', () => {
    expect(ApplicationSchema.parse(kept(SEARCHED)).url).toBe(TRIMMED);
  });
});
