import { announceChange, listenForChanges } from '../storage/changes';
import { PrepDbClient } from '../storage/client';
import { StorySchema, type Story } from '../storage/schema';
import { readableRows } from '../storage/readable';

const SCOPE = 'all';

/** The stories that loaded, and how many stored records failed their schema (left untouched). */
export interface LoadedStories {
  stories: Story[];
  unreadable: number;
}

/** The story bank in IndexedDB: one bank for every job and guide, newest first. */
export class StoryStore extends PrepDbClient {
  async load(): Promise<LoadedStories> {
    const db = await this.database();
    const { records: stories, unreadable } = readableRows(await db.getAll('stories'), StorySchema);
    stories.sort((a, b) => b.updatedAt - a.updatedAt);
    return { stories, unreadable };
  }

  /** Saves a new or edited story; throws the schema's error (with the field) for bad input. */
  async save(story: Story): Promise<Story> {
    const valid = StorySchema.parse(story);
    const db = await this.database();
    await db.put('stories', valid);
    announceChange('stories', SCOPE);
    return valid;
  }

  async remove(id: string): Promise<void> {
    const db = await this.database();
    await db.delete('stories', id);
    announceChange('stories', SCOPE);
  }

  subscribe(onChange: () => void): () => void {
    return listenForChanges('stories', SCOPE, onChange);
  }
}
