import { useMemo, useState } from 'react';
import type { PracticeStore } from '../../lib/practice/store';
import type { PracticeRecord } from '../../lib/storage/schema';
import { failureText } from '../shared/failure-text';
import { useLiveLoad } from '../shared/live-load';
import { STORES } from '../shared/stores';

export interface PracticeCount {
  record: PracticeRecord | undefined;
  error?: string;
}

/** How often a question was practised, kept in step with every other open view. */
export function usePracticeCount(guideId: string | undefined, questionId: string, store: PracticeStore = STORES.practice): PracticeCount {
  const [loaded, setLoaded] = useState<{ key: string; record: PracticeRecord | undefined }>();
  const [error, setError] = useState<string>();
  const key = `${guideId}/${questionId}`;

  const source = useMemo(
    () =>
      guideId
        ? {
            load: async () => ({ key, record: (await store.load(guideId)).records.get(questionId) }),
            subscribe: (onChange: () => void) => store.subscribe(guideId, onChange),
          }
        : undefined,
    [store, guideId, questionId, key],
  );
  useLiveLoad(
    source,
    (result) => {
      setLoaded(result);
      setError(undefined);
    },
    (reason) => setError(`Your practice count could not be read: ${failureText(reason)}`),
  );

  return { record: loaded?.key === key ? loaded.record : undefined, error };
}

/** Counts one practice of the question (the count's views hear of it through the store). */
export function countPractice(guideId: string, questionId: string, store: PracticeStore = STORES.practice): Promise<PracticeRecord> {
  return store.recordPractice(guideId, questionId);
}
