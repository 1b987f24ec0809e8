import { useCallback, useMemo, useState } from 'react';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { TailoringRecord } from '../../lib/storage/schema';
import type { TailoringChange, TailoringStore } from '../../lib/tailoring/store';
import { cleanChange, requirementId, requirementRows, typedRequirement, type RequirementRow } from '../../lib/tailoring/requirements';
import { jobKey } from '../../lib/job/detected-job';
import { failureText, unreadableNotice } from '../shared/failure-text';
import { useLiveLoad } from '../shared/live-load';
import { STORES } from '../shared/stores';

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
export function useTailoring(job: DetectedJob, store: TailoringStore = STORES.tailoring): Tailoring {
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
      const base = { jobKey: key, requirementId: row.id, text: row.text, addedByUser: row.kind === 'added', done: row.done, updatedAt: 0 };
      await store.update(base, cleanChange(change));
      await reload();
    },
    [store, key, reload],
  );

  const add = useCallback(
    async (text: string) => {
      const clean = typedRequirement(text);
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
