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

const SCOPE = 'all';

/** Guides the user imported from files, in IndexedDB, oldest first. */
export class ImportedGuideStore extends PrepDbClient {
  async list(): Promise<LoadedImportedGuides> {
    const db = await this.database();
    const { records: guides, unreadable } = readableRows(await db.getAll('importedGuides'), ImportedGuideSchema);
    guides.sort((a, b) => a.importedAt - b.importedAt);
    return { guides, unreadable };
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

  async remove(id: string): Promise<void> {
    const db = await this.database();
    await db.delete('importedGuides', id);
    announceChange('importedGuides', SCOPE);
  }

  subscribe(onChange: () => void): () => void {
    return listenForChanges('importedGuides', SCOPE, onChange);
  }
}
