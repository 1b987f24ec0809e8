import { ApplicationStore } from '../../lib/applications/store';
import type { PrepDbClient } from '../../lib/storage/client';
import { PinStore } from '../../lib/storage/pins';
import { PracticeStore, RecordingStore } from '../../lib/practice/store';
import { OwnItemStore } from '../../lib/storage/own-items';
import { ProgressStore } from '../../lib/storage/progress';
import { StoryStore } from '../../lib/stories/store';
import { TailoringStore } from '../../lib/tailoring/store';
import { ImportedGuideStore } from '../../lib/storage/imported-guides';

/**
 * The one instance of each store in an extension page: one database connection and one
 * change feed each, shared by every hook of the page. (The background has its own, in its
 * own context.) Hooks take another store as a parameter only in tests.
 */
export const STORES = {
  progress: new ProgressStore(),
  stories: new StoryStore(),
  tailoring: new TailoringStore(),
  practice: new PracticeStore(),
  recordings: new RecordingStore(),
  applications: new ApplicationStore(),
  pins: new PinStore(),
  importedGuides: new ImportedGuideStore(),
  ownItems: new OwnItemStore(),
} as const;

/** What the storage notice watches: every store of the page. */
export const WATCHED_STORES: readonly PrepDbClient[] = Object.values(STORES);
