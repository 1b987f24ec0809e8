import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { guideById } from '../../../../lib/guides/catalog';
import { GUIDE_FILE_MAX_BYTES, guideFileTooLarge, readGuideFile } from '../../../../lib/guides/import';
import { BUNDLED_IDS, guideLibrary } from '../../../../lib/guides/library';
import { layersLabel } from '../../../../lib/guides/layers';
import { GuideSchema, type Guide } from '../../../../lib/guides/schema';
import type { DetectedJob } from '../../../../lib/job/detected-job';
import { matchGuide } from '../../../../lib/guides/matching';
import { DB_NAME, DB_VERSION, MIGRATIONS, openPrepDb } from '../../../../lib/storage/db';
import { OwnItemStore } from '../../../../lib/storage/own-items';
import { ImportedGuideStore } from '../../../../lib/storage/imported-guides';
import harrowFinch from '../../../fixtures/imported-guides/harrow-finch-data-analyst.json';

const FILE = JSON.stringify(harrowFinch);
const IMPORTED: Guide = GuideSchema.parse(harrowFinch);

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

/** The file with one change made to its parsed JSON. */
function fileWith(change: (guide: Record<string, unknown>) => void): string {
  const guide = JSON.parse(FILE) as Record<string, unknown>;
  change(guide);
  return JSON.stringify(guide);
}

function read(text: string) {
  return readGuideFile(text, BUNDLED_IDS);
}

describe('reading a guide file a user brings', () => {
  it('accepts a file in the published schema', () => {
    expect(read(FILE)).toEqual({ ok: true, guide: IMPORTED });
  });

  it('refuses a wrong field, naming its exact path', () => {
    const result = read(
      fileWith((guide) => {
        (guide.questions as Record<string, unknown>[])[2]!.category = 'essay';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^questions\.2\.category: Invalid option: expected one of "introduction"\|/);
  });

  it('refuses a missing field, and a source the guide does not declare, by path', () => {
    expect(read(fileWith((guide) => delete guide.title))).toEqual({
      ok: false,
      problems: ['title: Invalid input: expected string, received undefined'],
      more: 0,
    });
    const unknownSource = fileWith((guide) => {
      (guide.checklist as Record<string, unknown>[])[1]!.sources = ['made-up'];
    });
    expect(read(unknownSource)).toEqual({ ok: false, problems: ['checklist.1.sources: unknown source "made-up"'], more: 0 });
  });

  it('lists at most eight problems and counts the rest', () => {
    const result = read(
      fileWith((guide) => {
        for (const question of guide.questions as Record<string, unknown>[]) question.text = '';
      }),
    );
    expect(result).toMatchObject({ ok: false, more: IMPORTED.questions.length - 8 });
    if (!result.ok) expect(result.problems[0]).toBe('questions.0.text: Too small: expected string to have >=1 characters');
  });

  it('refuses a file over 2 MB by its size alone, before its text is read', () => {
    expect(guideFileTooLarge(GUIDE_FILE_MAX_BYTES)).toBeUndefined();
    expect(guideFileTooLarge(FILE.length)).toBeUndefined();
    expect(guideFileTooLarge(GUIDE_FILE_MAX_BYTES + 1)).toBe('it is 2049 KB, and a guide file may be at most 2 MB, so PrepPanel did not read it');
  });

  it('refuses a source link that is not https on a public host, naming the field', () => {
    const withUrl = (url: string) =>
      read(
        fileWith((guide) => {
          (guide.sources as Record<string, unknown>[])[1]!.url = url;
        }),
      );
    for (const url of [
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings',
      'blob:https://example.com/5f0c',
      'http://www.example.com/interview',
      'https://localhost/notes',
      'https://192.168.1.1/',
      'HTTPS://EXAMPLE.COM/',
    ]) {
      expect(withUrl(url), url).toEqual({
        ok: false,
        problems: [expect.stringMatching(/^sources\.1\.url: use a public web address that starts with https:\/\/ \(javascript:, data:/)],
        more: 0,
      });
    }
    expect(withUrl('https://www.example.com/interview?q=1#notes')).toMatchObject({ ok: true });
  });

  it('refuses what is not JSON, and the id of a bundled guide', () => {
    expect(read('{"id": ')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^\(the whole file\): it is not JSON \(/)] });
    expect(read('[]')).toMatchObject({ ok: false, problems: ['(the whole file): Invalid input: expected object, received array'] });
    const bundled = read(fileWith((guide) => (guide.id = 'amazon-data-scientist')));
    expect(bundled).toMatchObject({ ok: false, problems: [expect.stringMatching(/^id: "amazon-data-scientist" is the id of a guide that comes with PrepPanel/)] });
  });
});

describe('imported guides in the library and in matching', () => {
  const listing = (company: string, title = 'Data Analyst - Growth'): Pick<DetectedJob, 'company' | 'title'> => ({ company, title });

  it('lists imported guides after the bundled ones, as written whole, and never over a bundled id', () => {
    const shadow = { ...IMPORTED, id: 'amazon-data-scientist' };
    const library = guideLibrary([IMPORTED, shadow]);
    expect(library.guides.at(-1)).toBe(IMPORTED);
    expect(library.guides.filter((guide) => guide.id === 'amazon-data-scientist')).toEqual([guideById('amazon-data-scientist')]);
    const layers = library.layersOf.get(IMPORTED.id)!;
    expect(layers).toEqual({ company: 'harrow-finch', specifics: IMPORTED.id, imported: true });
    expect(layersLabel(IMPORTED, layers)).toBe('a guide you imported');
  });

  it("matches a company PrepPanel does not know by its name, over the role's general guide", () => {
    const bundled = guideLibrary();
    expect(matchGuide(listing('Harrow & Finch'), bundled.guides, bundled.layersOf)).toMatchObject({
      kind: 'exact',
      guide: { id: 'general-data-analyst' },
    });
    const library = guideLibrary([IMPORTED]);
    for (const name of ['Harrow & Finch', 'harrow & finch ltd', 'Harrow and Finch'.replace(' and ', ' & ')]) {
      expect(matchGuide(listing(name), library.guides, library.layersOf)).toMatchObject({
        kind: 'exact',
        guide: { id: IMPORTED.id },
        layers: { imported: true },
        company: { id: 'harrow-finch', name: 'Harrow & Finch' },
      });
    }
    // Another company, or another role at this one, still gets what it got before.
    expect(matchGuide(listing('Fernhill'), library.guides, library.layersOf)).toMatchObject({ guide: { id: 'general-data-analyst' } });
    expect(matchGuide(listing('Harrow & Finch', 'Chef'), library.guides, library.layersOf)).toMatchObject({ kind: 'none' });
  });

  it('serves a company PrepPanel knows when it names the company, whatever its id', () => {
    const amazon = guideById('amazon-data-scientist')!;
    const mine = { ...amazon, id: 'my-amazon-notes', company: { ...amazon.company, id: 'amazon-inc', name: 'Amazon' } };
    const library = guideLibrary([mine]);
    expect(matchGuide(listing('Amazon.com Services LLC', 'Data Scientist II'), library.guides, library.layersOf)).toMatchObject({
      guide: { id: 'my-amazon-notes' },
      company: { id: 'amazon' },
    });
  });

  it('wins a tie with a bundled guide for the same company and role', () => {
    const amazon = guideById('amazon-data-scientist')!;
    const mine = { ...amazon, id: 'my-amazon-data-scientist', title: 'My Amazon notes' };
    const library = guideLibrary([mine]);
    expect(matchGuide(listing('Amazon', 'Data Scientist II'), library.guides, library.layersOf)).toMatchObject({
      guide: { id: 'my-amazon-data-scientist' },
    });
  });
});

describe('the imported guides store', () => {
  it('keeps a guide across connections, replaces it by id, and removes it', async () => {
    const store = new ImportedGuideStore();
    expect(await store.list()).toEqual({ guides: [], unreadable: 0 });
    await store.save(IMPORTED, 'harrow-finch.json');
    const renamed = { ...IMPORTED, title: 'Harrow & Finch, second edition' };
    await store.save(renamed, 'harrow-finch-v2.json');

    // Another view, with its own connection, reads the same guide: the second file replaced the first.
    const other = new ImportedGuideStore();
    const { guides } = await other.list();
    expect(guides).toHaveLength(1);
    expect(guides[0]).toMatchObject({ id: IMPORTED.id, fileName: 'harrow-finch-v2.json', guide: renamed });
    expect(await other.get(IMPORTED.id)).toMatchObject({ fileName: 'harrow-finch-v2.json' });

    await store.remove(IMPORTED.id);
    expect(await other.list()).toEqual({ guides: [], unreadable: 0 });
  });

  it('counts a stored record that fails its schema and leaves it in place', async () => {
    const db = await openPrepDb();
    await db.put('importedGuides', { id: 'broken', guide: { id: 'broken' }, fileName: 'x.json', importedAt: 1 } as never);
    db.close();
    const store = new ImportedGuideStore();
    await store.save(IMPORTED, 'harrow-finch.json');
    expect(await store.list()).toMatchObject({ guides: [{ id: IMPORTED.id }], unreadable: 1 });
  });

  it('reads a record kept under another id than its guide\'s as unreadable: it would be listed under one id and removed under the other', async () => {
    const db = await openPrepDb();
    await db.put('importedGuides', { id: 'not-its-id', guide: IMPORTED, fileName: 'x.json', importedAt: 1 });
    db.close();
    expect(await new ImportedGuideStore().list()).toEqual({ guides: [], unreadable: 1 });
  });

  it('lists every stored row with the key that removes it, readable or not, and removes each on its own', async () => {
    const db = await openPrepDb();
    await db.put('importedGuides', { id: 'not-its-id', guide: IMPORTED, fileName: 'x.json', importedAt: 1 });
    await db.put('importedGuides', { id: 'broken', guide: { id: 'broken' }, fileName: 'y.json', importedAt: 2 } as never);
    db.close();
    const store = new ImportedGuideStore();
    // Imported a moment apart: two saves within one millisecond would tie.
    vi.spyOn(Date, 'now').mockReturnValueOnce(10).mockReturnValueOnce(20);
    await store.save({ ...IMPORTED, id: 'harrow-finch-later', title: 'Later' }, 'later.json');
    await store.save(IMPORTED, 'harrow-finch.json');
    vi.restoreAllMocks();

    const stored = await store.listStored();
    expect(stored.map(({ key, title }) => [key, title])).toEqual([
      ['harrow-finch-later', 'Later'],
      [IMPORTED.id, IMPORTED.title],
      ['broken', 'broken'],
      ['not-its-id', IMPORTED.title],
    ]);
    expect(stored[1]!.record).toMatchObject({ id: IMPORTED.id, fileName: 'harrow-finch.json' });
    expect(stored.slice(2).map((row) => row.record)).toEqual([undefined, undefined]);
    expect(stored[2]).toMatchObject({ problem: expect.stringMatching(/^guide\.schemaVersion: /) });
    expect(stored[3]).toMatchObject({ problem: `id: the guide "${IMPORTED.title}" (id "${IMPORTED.id}") is kept under another id, "not-its-id"; a guide is kept under its own id` });

    for (const { key } of stored) await store.remove(key);
    expect(await store.listStored()).toEqual([]);
  });
});

describe("the user's own questions and checklist items", () => {
  const GUIDE = 'amazon-data-scientist';

  it('adds items to one guide, in the order added, and removes one', async () => {
    const store = new OwnItemStore();
    const question = await store.add(GUIDE, 'questions', '  Why do you want to work in Seattle?  ');
    const item = await store.add(GUIDE, 'checklist', 'Ask Sam about the team');
    await store.add('general-data-analyst', 'checklist', 'Another guide');
    expect(question).toMatchObject({ guideId: GUIDE, list: 'questions', text: 'Why do you want to work in Seattle?' });
    expect(question.id).toMatch(/^mine-[a-z0-9]{12}$/);

    const other = new OwnItemStore();
    expect((await other.list(GUIDE)).ownItems.map((ownItem) => ownItem.text)).toEqual([
      'Why do you want to work in Seattle?',
      'Ask Sam about the team',
    ]);
    await other.remove(item);
    expect((await store.list(GUIDE)).ownItems.map((ownItem) => ownItem.id)).toEqual([question.id]);
  });

  it('refuses empty or over-long text, storing nothing', async () => {
    const store = new OwnItemStore();
    await expect(store.add(GUIDE, 'questions', '   ')).rejects.toBeInstanceOf(ZodError);
    await expect(store.add(GUIDE, 'checklist', 'x'.repeat(501))).rejects.toThrow('keep it under 500 characters');
    expect(await store.list(GUIDE)).toEqual({ ownItems: [], unreadable: 0 });
  });
});

describe('database version 5', () => {
  it('upgrades a version 4 database with its pins and ticks intact, adding the two new stores', async () => {
    const v4 = await openDB(DB_NAME, 4, {
      upgrade(db, _old, _new, tx) {
        for (const migrate of MIGRATIONS.slice(0, 4)) migrate(db as never, tx as never);
      },
    });
    const tick = { guideId: 'amazon-data-scientist', item: 'questions/tell-me-about-yourself', done: true, updatedAt: 1 };
    const pin = { jobKey: 'amazon.jobs:2812345', guideId: 'amazon-data-scientist', pinnedAt: 2 };
    await v4.put('progress', tick);
    await v4.put('pins', pin);
    v4.close();

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.getAll('progress')).toEqual([tick]);
    expect(await upgraded.getAll('pins')).toEqual([pin]);
    expect(await upgraded.count('importedGuides')).toBe(0);
    // Version 5's 'additions' store is 'ownItems' since version 6.
    expect([...upgraded.transaction('ownItems').store.indexNames]).toEqual(['by-guide']);
    upgraded.close();
  });
});

describe('database version 6', () => {
  it("upgrades a version 5 database, moving every own item from 'additions' to 'ownItems' and every imported guide from 'userGuides' to 'importedGuides'", async () => {
    const v5 = await openDB(DB_NAME, 5, {
      upgrade(db, _old, _new, tx) {
        for (const migrate of MIGRATIONS.slice(0, 5)) migrate(db as never, tx as never);
      },
    });
    const GUIDE = 'amazon-data-scientist';
    const question = { id: 'mine-aaaa11112222', guideId: GUIDE, list: 'questions', text: 'Why Seattle?', createdAt: 2 };
    const item = { id: 'mine-bbbb11112222', guideId: GUIDE, list: 'checklist', text: 'Ask Sam about the team', createdAt: 1 };
    const elsewhere = { id: 'mine-cccc11112222', guideId: 'general-data-analyst', list: 'checklist', text: 'Another guide', createdAt: 3 };
    // A row that fails the schema is moved as it is too, never dropped.
    const broken = { id: 'mine-dddd11112222', guideId: GUIDE, list: 'mistakes', text: '', createdAt: 4 };
    const tick = { guideId: GUIDE, item: `questions/${question.id}`, done: true, updatedAt: 5 };
    for (const row of [question, item, elsewhere, broken]) await v5.put('additions', row);
    const guide = { id: IMPORTED.id, guide: IMPORTED, fileName: 'harrow-finch.json', importedAt: 6 };
    const brokenGuide = { id: 'broken', guide: { id: 'broken' }, fileName: 'x.json', importedAt: 7 };
    for (const row of [guide, brokenGuide]) await v5.put('userGuides', row);
    await v5.put('progress', tick);
    v5.close();

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(DB_VERSION);
    expect([...upgraded.objectStoreNames]).not.toContain('additions');
    const store = upgraded.transaction('ownItems').store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['by-guide']);
    expect(await upgraded.getAll('ownItems')).toEqual([question, item, elsewhere, broken]);
    expect(await upgraded.getAllFromIndex('ownItems', 'by-guide', 'general-data-analyst')).toEqual([elsewhere]);
    expect([...upgraded.objectStoreNames]).not.toContain('userGuides');
    const guides = upgraded.transaction('importedGuides').store;
    expect(guides.keyPath).toBe('id');
    expect([...guides.indexNames]).toEqual([]);
    expect(await upgraded.getAll('importedGuides')).toEqual([brokenGuide, guide]);
    expect(await upgraded.getAll('progress')).toEqual([tick]);
    upgraded.close();

    expect(await new OwnItemStore().list(GUIDE)).toEqual({ ownItems: [item, question], unreadable: 1 });
    expect(await new ImportedGuideStore().list()).toEqual({ guides: [guide], unreadable: 1 });
  });
});
