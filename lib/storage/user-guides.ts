import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { UserGuideSchema, type UserGuide } from './schema';
import type { Guide } from '../guides/schema';
import { readableRows } from './readable';

/** The imported guides, and how many stored records failed their schema (left untouched). */
export interface LoadedUserGuides {
  guides: UserGuide[];
  unreadable: number;
}

const SCOPE = 'all';

/** Guides the user imported from files, in IndexedDB, oldest first. */
export class UserGuideStore extends PrepDbClient {
  async list(): Promise<LoadedUserGuides> {
    const db = await this.database();
    const { records: guides, unreadable } = readableRows(await db.getAll('userGuides'), UserGuideSchema);
    guides.sort((a, b) => a.importedAt - b.importedAt);
    return { guides, unreadable };
  }

  async get(id: string): Promise<UserGuide | undefined> {
    const db = await this.database();
    const parsed = UserGuideSchema.safeParse(await db.get('userGuides', id));
    return parsed.success ? parsed.data : undefined;
  }

  /** Keeps `guide`, replacing an imported guide with the same id. */
  async save(guide: Guide, fileName: string): Promise<UserGuide> {
    const record = UserGuideSchema.parse({ id: guide.id, guide, fileName, importedAt: Date.now() });
    const db = await this.database();
    await db.put('userGuides', record);
    announceChange('userGuides', SCOPE);
    return record;
  }

  async remove(id: string): Promise<void> {
    const db = await this.database();
    await db.delete('userGuides', id);
    announceChange('userGuides', SCOPE);
  }

  subscribe(onChange: () => void): () => void {
    return listenForChanges('userGuides', SCOPE, onChange);
  }
}
