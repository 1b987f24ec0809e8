import { useCallback, useSyncExternalStore } from 'react';
import type { PrepDbClient, StorageStatus } from '../../lib/storage/client';
import { WATCHED_STORES } from '../shared/stores';

/**
 * `waiting-for-old-window` while any of the stores waits for an older PrepPanel window to
 * close before its database upgrade can run; `ready` otherwise.
 */
export function useStorageStatus(stores: readonly PrepDbClient[] = WATCHED_STORES): StorageStatus {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stops = stores.map((client) => client.onStatus(onChange));
      return () => stops.forEach((stop) => stop());
    },
    [stores],
  );
  const waiting = () => stores.some((client) => client.status === 'waiting-for-old-window');
  return useSyncExternalStore(subscribe, () => (waiting() ? 'waiting-for-old-window' : 'ready'));
}
