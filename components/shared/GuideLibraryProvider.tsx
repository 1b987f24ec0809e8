import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { BUNDLED_LIBRARY, guideLibrary, type GuideLibrary } from '../../lib/guides/library';
import type { Guide } from '../../lib/guides/schema';
import type { ImportedGuide } from '../../lib/storage/schema';
import type { ImportedGuideStore } from '../../lib/storage/imported-guides';
import { failureText, unreadableNotice } from './failure-text';
import { useLiveLoad } from './live-load';
import { STORES } from './stores';

const importedGuides = STORES.importedGuides;

export interface GuideLibraryState {
  /** The bundled guides, with the imported ones once they are loaded. */
  library: GuideLibrary;
  /** The guides the user imported, oldest first. */
  imported: readonly ImportedGuide[];
  /** A load failure, or stored guides that could not be read (left untouched). */
  notice?: string;
  /** Keeps an imported guide (replacing one with its id); rejects with the reason it was not saved. */
  save(guide: Guide, fileName: string): Promise<void>;
  remove(id: string): Promise<void>;
}

const BUNDLED_ONLY: GuideLibraryState = {
  library: BUNDLED_LIBRARY,
  imported: [],
  save: () => Promise.reject(new Error('guides cannot be imported here')),
  remove: () => Promise.reject(new Error('guides cannot be removed here')),
};

const GuideLibraryContext = createContext<GuideLibraryState>(BUNDLED_ONLY);

/**
 * Gives the views below it every guide: the bundled ones at once, the imported ones as soon as
 * they are read, and again whenever another view imports or removes one.
 */
export function GuideLibraryProvider({ children, store = importedGuides }: { children: ReactNode; store?: ImportedGuideStore }) {
  const [imported, setImported] = useState<readonly ImportedGuide[]>([]);
  const [notice, setNotice] = useState<string>();

  const source = useMemo(() => ({ load: () => store.list(), subscribe: (onChange: () => void) => store.subscribe(onChange) }), [store]);
  const reload = useLiveLoad(
    source,
    ({ guides, unreadable }) => {
      setImported(guides);
      setNotice(unreadableNotice(unreadable, 'imported guide', 'imported guides'));
    },
    (reason) => setNotice(`Your imported guides could not be loaded: ${failureText(reason)}`),
  );

  const save = useCallback(
    async (guide: Guide, fileName: string) => {
      await store.save(guide, fileName);
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

  const value = useMemo(
    (): GuideLibraryState => ({
      library: guideLibrary(imported.map((record) => record.guide)),
      imported,
      ...(notice ? { notice } : {}),
      save,
      remove,
    }),
    [imported, notice, save, remove],
  );
  return <GuideLibraryContext.Provider value={value}>{children}</GuideLibraryContext.Provider>;
}

/** The guides of the nearest `GuideLibraryProvider`; the bundled ones alone outside one. */
export function useGuideLibrary(): GuideLibraryState {
  return useContext(GuideLibraryContext);
}
