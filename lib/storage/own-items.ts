import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { OwnItemSchema, type OwnItemList, type OwnItem } from './schema';
import { readableRows } from './readable';

/** A guide's own items, and how many stored records failed their schema (left untouched). */
export interface LoadedOwnItems {
  ownItems: OwnItem[];
  unreadable: number;
}

/** "mine-" and twelve random lower-case letters and digits: no bundled item id starts so. */
function ownItemId(): string {
  return `mine-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** The questions and checklist items the user added to guides (own items), in IndexedDB. */
export class OwnItemStore extends PrepDbClient {
  async list(guideId: string): Promise<LoadedOwnItems> {
    const db = await this.database();
    const { records: ownItems, unreadable } = readableRows(await db.getAllFromIndex('ownItems', 'by-guide', guideId), OwnItemSchema);
    ownItems.sort((a, b) => a.createdAt - b.createdAt);
    return { ownItems, unreadable };
  }

  /** Adds `text` to `list` of the guide; throws a ZodError (nothing stored) for text that does not fit. */
  async add(guideId: string, list: OwnItemList, text: string): Promise<OwnItem> {
    const ownItem = OwnItemSchema.parse({ id: ownItemId(), guideId, list, text, createdAt: Date.now() });
    const db = await this.database();
    await db.add('ownItems', ownItem);
    announceChange('ownItems', guideId);
    return ownItem;
  }

  async remove(ownItem: Pick<OwnItem, 'id' | 'guideId'>): Promise<void> {
    const db = await this.database();
    await db.delete('ownItems', ownItem.id);
    announceChange('ownItems', ownItem.guideId);
  }

  subscribe(guideId: string, onChange: () => void): () => void {
    return listenForChanges('ownItems', guideId, onChange);
  }
}
