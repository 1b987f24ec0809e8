import { useEffect, useMemo, useState } from 'react';
import { countStoredData, storageUse, type DataCounts, type StorageUse } from '../../lib/storage/usage';
import { failureText } from '../shared/failure-text';

export type StoredData =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; counts: DataCounts; storage: StorageUse | undefined; refresh(): void };

/** What PrepPanel keeps on this device, counted again whenever the page is shown. */
export function useStoredData(): StoredData {
  const [data, setData] = useState<{ counts: DataCounts; storage: StorageUse | undefined }>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([countStoredData(), storageUse().catch(() => undefined)]).then(
        ([counts, storage]) => {
          if (!live) return;
          setData({ counts, storage });
          setError(undefined);
        },
        (reason: unknown) => live && setError(`Your data could not be read: ${failureText(reason)}`),
      );
    void load();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [attempt]);

  return useMemo((): StoredData => {
    const again = () => setAttempt((n) => n + 1);
    if (error) return { status: 'error', message: error, retry: again };
    if (!data) return { status: 'loading' };
    return { status: 'ready', counts: data.counts, storage: data.storage, refresh: again };
  }, [data, error]);
}
