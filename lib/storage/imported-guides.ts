import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { ImportedGuideSchema, type ImportedGuide } from './schema';
import type { Guide } from '../guides/schema';
import { readableRows } from './readable';

/** The imported guides, and how many stored records failed their schema (left untouched). */
export interface LoadedImportedGuides {
  guides: ImportedGuide[];
  unreadable: number;
}

/**
 * One stored row of the imported guides, readable or not, with the key that removes it: the
 * settings page lists every row, so each can be removed on its own, also one no guide list shows.
 */
export interface StoredImportedGuide {
  key: string;
  /** The guide's title where the row has one, else its key. */
  title: string;
  /** The row as a record; absent when it fails its schema. */
  record?: ImportedGuide;
  /** Why the row fails its schema (its first problem, with the field's path). */
  problem?: string;
}

const SCOPE = 'all';

/** The title a row names its guide by, whether or not it passes its schema. */
function titleOf(row: unknown, key: string): string {
  const title = (row as { guide?: { title?: unknown } } | undefined)?.guide?.title;
  return typeof title === 'string' && title.trim() ? title : key;
}

/** Guides the user imported from files, in IndexedDB, oldest first. */
export class ImportedGuideStore extends PrepDbClient {
  async list(): Promise<LoadedImportedGuides> {
    const db = await this.database();
    const { records: guides, unreadable } = readableRows(await db.getAll('importedGuides'), ImportedGuideSchema);
    guides.sort((a, b) => a.importedAt - b.importedAt);
    return { guides, unreadable };
  }

  /** Every stored row with its key, readable or not: readable ones oldest first, then the others. */
  async listStored(): Promise<StoredImportedGuide[]> {
    const db = await this.database();
    const tx = db.transaction('importedGuides');
    const [keys, rows] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const stored = keys.map((key, index): StoredImportedGuide => {
      const row: unknown = rows[index];
      const parsed = ImportedGuideSchema.safeParse(row);
      if (parsed.success) return { key, title: parsed.data.guide.title, record: parsed.data };
      const [issue] = parsed.error.issues;
      return { key, title: titleOf(row, key), problem: issue ? `${issue.path.join('.')}: ${issue.message}` : 'it is not a guide record' };
    });
    const readable = stored.filter((row) => row.record).sort((a, b) => (a.record?.importedAt ?? 0) - (b.record?.importedAt ?? 0));
    return [...readable, ...stored.filter((row) => !row.record)];
  }

  async get(id: string): Promise<ImportedGuide | undefined> {
    const db = await this.database();
    const parsed = ImportedGuideSchema.safeParse(await db.get('importedGuides', id));
    return parsed.success ? parsed.data : undefined;
  }

  /** Keeps `guide`, replacing an imported guide with the same id. */
  async save(guide: Guide, fileName: string): Promise<ImportedGuide> {
    const record = ImportedGuideSchema.parse({ id: guide.id, guide, fileName, importedAt: Date.now() });
    const db = await this.database();
    await db.put('importedGuides', record);
    announceChange('importedGuides', SCOPE);
    return record;
  }

  /** Removes the guide stored under `id` (the key of any stored row, readable or not). */
  async remove(id: string): Promise<void> {
    const db = await this.database();
    await db.delete('importedGuides', id);
    announceChange('importedGuides', SCOPE);
  }

  subscribe(onChange: () => void): () => void {
    return listenForChanges('importedGuides', SCOPE, onChange);
  }
}
