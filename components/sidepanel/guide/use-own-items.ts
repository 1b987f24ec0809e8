import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { OwnItemStore } from '../../../lib/storage/own-items';
import type { OwnItem, OwnItemList } from '../../../lib/storage/schema';
import { failureText, unreadableNotice } from '../../shared/failure-text';
import { useLiveLoad } from '../../shared/live-load';
import { STORES } from '../../shared/stores';

const ownItems = STORES.ownItems;

export interface OwnItemsState {
  status: 'loading' | 'ready';
  /** The user's items in each list, oldest first. */
  byList: Readonly<Record<OwnItemList, readonly OwnItem[]>>;
  /** A load failure, or stored items that could not be read (left untouched). */
  notice?: string;
  /** Rejects with an Error that says why the text was not added (too long, storage full…). */
  add(list: OwnItemList, text: string): Promise<void>;
  remove(ownItem: OwnItem): Promise<void>;
}

/** The user's own items of a guide (questions and checklist items they added), kept in step with other views. */
export function useOwnItems(guideId: string, store: OwnItemStore = ownItems): OwnItemsState {
  const [loaded, setLoaded] = useState<{ guideId: string; items: OwnItem[]; notice?: string }>();

  const source = useMemo(
    () => ({ load: () => store.list(guideId), subscribe: (onChange: () => void) => store.subscribe(guideId, onChange) }),
    [guideId, store],
  );
  const reload = useLiveLoad(
    source,
    ({ ownItems: items, unreadable }) =>
      setLoaded({ guideId, items, notice: unreadableNotice(unreadable, 'item of your own', 'items of your own') }),
    (reason) =>
      setLoaded({ guideId, items: [], notice: `Your own questions and checklist items could not be loaded: ${failureText(reason)}` }),
  );

  const add = useCallback(
    async (list: OwnItemList, text: string) => {
      try {
        await store.add(guideId, list, text);
      } catch (reason) {
        const why = reason instanceof z.ZodError ? `${reason.issues[0]?.message ?? 'the text does not fit'}.` : failureText(reason);
        throw new Error(`Not added: ${why}`, { cause: reason });
      }
      await reload();
    },
    [guideId, store, reload],
  );
  const remove = useCallback(
    async (ownItem: OwnItem) => {
      try {
        await store.remove(ownItem);
      } catch (reason) {
        throw new Error(`Not removed: ${failureText(reason)}`, { cause: reason });
      }
      await reload();
    },
    [store, reload],
  );

  return useMemo((): OwnItemsState => {
    if (loaded?.guideId !== guideId) return { status: 'loading', byList: { questions: [], checklist: [] }, add, remove };
    const inList = (list: OwnItemList) => loaded.items.filter((item) => item.list === list);
    const byList = { questions: inList('questions'), checklist: inList('checklist') };
    return { status: 'ready', byList, ...(loaded.notice ? { notice: loaded.notice } : {}), add, remove };
  }, [loaded, guideId, add, remove]);
}
