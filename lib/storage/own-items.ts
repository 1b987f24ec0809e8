import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { GuideAdditionSchema, type AddableList, type GuideAddition } from './schema';
import { readableRows } from './readable';

/** A guide's additions, and how many stored records failed their schema (left untouched). */
export interface LoadedAdditions {
  additions: GuideAddition[];
  unreadable: number;
}

/** "mine-" and twelve random lower-case letters and digits: no bundled item id starts so. */
function additionId(): string {
  return `mine-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** The questions and checklist items the user added to guides, in IndexedDB. */
export class AdditionStore extends PrepDbClient {
  async list(guideId: string): Promise<LoadedAdditions> {
    const db = await this.database();
    const { records: additions, unreadable } = readableRows(
      await db.getAllFromIndex('additions', 'by-guide', guideId),
      GuideAdditionSchema,
    );
    additions.sort((a, b) => a.createdAt - b.createdAt);
    return { additions, unreadable };
  }

  /** Adds `text` to `list` of the guide; throws a ZodError (nothing stored) for text that does not fit. */
  async add(guideId: string, list: AddableList, text: string): Promise<GuideAddition> {
    const addition = GuideAdditionSchema.parse({ id: additionId(), guideId, list, text, createdAt: Date.now() });
    const db = await this.database();
    await db.add('additions', addition);
    announceChange('additions', guideId);
    return addition;
  }

  async remove(addition: Pick<GuideAddition, 'id' | 'guideId'>): Promise<void> {
    const db = await this.database();
    await db.delete('additions', addition.id);
    announceChange('additions', addition.guideId);
  }

  subscribe(guideId: string, onChange: () => void): () => void {
    return listenForChanges('additions', guideId, onChange);
  }
}
