import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { GuidePinSchema, type GuidePin } from './schema';

/** A job's pin as stored: none, the pin, or a record that failed its schema (left untouched). */
export type LoadedPin = { pin: GuidePin | undefined; unreadable: boolean };

/** The guides the user chose by hand for jobs, one per job key, in IndexedDB. */
export class PinStore extends PrepDbClient {
  async get(jobKey: string): Promise<LoadedPin> {
    const db = await this.database();
    const row: unknown = await db.get('pins', jobKey);
    if (row === undefined) return { pin: undefined, unreadable: false };
    const pin = GuidePinSchema.safeParse(row);
    return pin.success ? { pin: pin.data, unreadable: false } : { pin: undefined, unreadable: true };
  }

  /** Shows `guideId` for the job from now on, instead of the guide recognition picks. */
  async pin(jobKey: string, guideId: string): Promise<GuidePin> {
    const pin = GuidePinSchema.parse({ jobKey, guideId, pinnedAt: Date.now() });
    const db = await this.database();
    await db.put('pins', pin);
    announceChange('pins', jobKey);
    return pin;
  }

  async unpin(jobKey: string): Promise<void> {
    const db = await this.database();
    await db.delete('pins', jobKey);
    announceChange('pins', jobKey);
  }

  subscribe(jobKey: string, onChange: () => void): () => void {
    return listenForChanges('pins', jobKey, onChange);
  }
}
