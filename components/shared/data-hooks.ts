import { useCallback, useMemo, useState } from 'react';
import type { DetectedJob } from '../../lib/job/detected-job';
import { storageFailureText } from '../../lib/storage/errors';
import type { Story, TailoringRecord } from '../../lib/storage/schema';
import type { StoryStore } from '../../lib/storage/stories';
import type { TailoringChange, TailoringStore } from '../../lib/storage/tailoring';
import { jobKey, requirementId, requirementRows, type RequirementRow } from '../../lib/tailoring/requirements';
import { useLiveLoad } from './live-load';
import { STORES } from './stores';
import { plural } from './wording';

/**
 * A message for a failure, in words: a full store is said plainly, otherwise the error's
 * own message when it has one.
 */
export function failureText(reason: unknown): string {
  return storageFailureText(reason);
}

/**
 * How many stored records could not be read, said so the user knows they were not deleted:
 * "1 saved story could not be read and was left untouched."
 */
export function unreadableNotice(count: number, one: string, many: string): string | undefined {
  if (count === 0) return undefined;
  return `${plural(count, `saved ${one}`, `saved ${many}`)} could not be read and ${count === 1 ? 'was' : 'were'} left untouched.`;
}

const stories = STORES.stories;
const tailoring = STORES.tailoring;

export interface StoriesState {
  status: 'loading' | 'ready' | 'error';
  stories: readonly Story[];
  /** A load failure, or records that failed their schema. */
  notice?: string;
  /** Resolves when saved; rejects with the reason (e.g. the field that is too long). */
  save(story: Story): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The user's stories, kept in step with every other open view. */
export function useStories(store: StoryStore = stories): StoriesState {
  const [loaded, setLoaded] = useState<{ stories: Story[]; notice?: string }>();
  const [failure, setFailure] = useState<string>();

  const source = useMemo(() => ({ load: () => store.load(), subscribe: (onChange: () => void) => store.subscribe(onChange) }), [store]);
  const reload = useLiveLoad(
    source,
    (result) => {
      setLoaded({ stories: result.stories, notice: unreadableNotice(result.unreadable, 'story', 'stories') });
      setFailure(undefined);
    },
    (reason) => setFailure(`Your stories could not be loaded: ${failureText(reason)}`),
  );

  const save = useCallback(
    async (story: Story) => {
      await store.save(story);
      await reload();
    },
    [store, reload],
  );
  const remove = useCallback(
    async (id: string) => {
      await store.remove(id);
      await reload();
    },
    [store, reload],
  );

  return useMemo((): StoriesState => {
    if (loaded) return { status: 'ready', stories: loaded.stories, notice: failure ?? loaded.notice, save, remove };
    return { status: failure ? 'error' : 'loading', stories: [], notice: failure, save, remove };
  }, [loaded, failure, save, remove]);
}

export interface Tailoring {
  status: 'loading' | 'ready' | 'error';
  rows: readonly RequirementRow[];
  notice?: string;
  /** Saves what the user recorded for a requirement; rejects with the reason. */
  update(row: RequirementRow, change: TailoringChange): Promise<void>;
  /** Adds a requirement the listing did not let PrepPanel read. */
  add(text: string): Promise<void>;
  /** Removes a requirement the user added. */
  remove(row: RequirementRow): Promise<void>;
}

/** A listing's requirements with the user's evidence for each, kept in step with other views. */
export function useTailoring(job: DetectedJob, store: TailoringStore = tailoring): Tailoring {
  const key = jobKey(job);
  const [loaded, setLoaded] = useState<{ key: string; records: TailoringRecord[]; notice?: string }>();
  const [failure, setFailure] = useState<string>();

  const source = useMemo(
    () => ({ load: () => store.load(key), subscribe: (onChange: () => void) => store.subscribe(key, onChange) }),
    [store, key],
  );
  const reload = useLiveLoad(
    source,
    (result) => {
      setLoaded({ key, records: result.records, notice: unreadableNotice(result.unreadable, 'requirement note', 'requirement notes') });
      setFailure(undefined);
    },
    (reason) => setFailure(`Your tailoring could not be loaded: ${failureText(reason)}`),
  );

  const records = loaded?.key === key ? loaded.records : undefined;
  const rows = useMemo(() => requirementRows(job.requirements, records ?? []), [job.requirements, records]);

  const update = useCallback(
    async (row: RequirementRow, change: TailoringChange) => {
      const note = 'note' in change ? change.note?.trim() || undefined : undefined;
      const base = { jobKey: key, requirementId: row.id, text: row.text, addedByUser: row.kind === 'added', done: row.done, updatedAt: 0 };
      await store.update(base, 'note' in change ? { ...change, note } : change);
      await reload();
    },
    [store, key, reload],
  );

  const add = useCallback(
    async (text: string) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (!clean) throw new Error('Write the requirement first.');
      if (clean.length > 400) throw new Error('Keep a requirement under 400 characters.');
      await store.save({ jobKey: key, requirementId: requirementId(clean), text: clean, addedByUser: true, done: false, updatedAt: Date.now() });
      await reload();
    },
    [store, key, reload],
  );

  const remove = useCallback(
    async (row: RequirementRow) => {
      await store.remove(key, row.id);
      await reload();
    },
    [store, key, reload],
  );

  return useMemo((): Tailoring => {
    if (records) return { status: 'ready', rows, notice: failure ?? loaded?.notice, update, add, remove };
    return { status: failure ? 'error' : 'loading', rows, notice: failure, update, add, remove };
  }, [records, rows, failure, loaded?.notice, update, add, remove]);
}
