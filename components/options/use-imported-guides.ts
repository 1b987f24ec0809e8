import { useCallback, useMemo, useState } from 'react';
import type { ImportedGuideStore, StoredImportedGuide } from '../../lib/storage/imported-guides';
import { failureText } from '../shared/failure-text';
import { useLiveLoad, useMounted } from '../shared/live-load';
import { STORES } from '../shared/stores';

export type ImportedGuideRows =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; rows: StoredImportedGuide[]; error?: string; remove(row: StoredImportedGuide): Promise<void> };

/**
 * Every stored imported guide, readable or not, kept in step with imports, removals and
 * backups made anywhere; `onRemoved` runs after one is removed here (to count the data again).
 */
export function useImportedGuides(onRemoved: () => void, store: ImportedGuideStore = STORES.importedGuides): ImportedGuideRows {
  const [rows, setRows] = useState<StoredImportedGuide[]>();
  const [loadError, setLoadError] = useState<string>();
  const [removeError, setRemoveError] = useState<string>();

  const source = useMemo(() => ({ load: () => store.listStored(), subscribe: (onChange: () => void) => store.subscribe(onChange) }), [store]);
  const reload = useLiveLoad(
    source,
    (found) => {
      setRows(found);
      setLoadError(undefined);
    },
    (reason) => setLoadError(`Your imported guides could not be read: ${failureText(reason)}`),
  );

  const mounted = useMounted();
  const remove = useCallback(
    async (row: StoredImportedGuide) => {
      setRemoveError(undefined);
      try {
        await store.remove(row.key);
        await reload();
        if (mounted()) onRemoved();
      } catch (reason) {
        if (mounted()) setRemoveError(`${row.title} could not be removed: ${failureText(reason)}`);
      }
    },
    [store, reload, mounted, onRemoved],
  );

  return useMemo((): ImportedGuideRows => {
    if (loadError) return { status: 'error', message: loadError, retry: () => void reload() };
    if (!rows) return { status: 'loading' };
    return { status: 'ready', rows, ...(removeError ? { error: removeError } : {}), remove };
  }, [rows, loadError, removeError, remove, reload]);
}
