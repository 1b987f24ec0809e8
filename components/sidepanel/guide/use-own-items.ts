import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { AdditionStore } from '../../../lib/storage/own-items';
import type { AddableList, GuideAddition } from '../../../lib/storage/schema';
import { failureText, unreadableNotice } from '../../shared/failure-text';
import { useLiveLoad } from '../../shared/live-load';
import { STORES } from '../../shared/stores';

const additions = STORES.additions;

export interface Additions {
  status: 'loading' | 'ready';
  /** The user's items in each list, oldest first. */
  byList: Readonly<Record<AddableList, readonly GuideAddition[]>>;
  /** A load failure, or stored items that could not be read (left untouched). */
  notice?: string;
  /** Rejects with an Error that says why the text was not added (too long, storage full…). */
  add(list: AddableList, text: string): Promise<void>;
  remove(addition: GuideAddition): Promise<void>;
}

/** The questions and checklist items the user added to a guide, kept in step with other views. */
export function useAdditions(guideId: string, store: AdditionStore = additions): Additions {
  const [loaded, setLoaded] = useState<{ guideId: string; items: GuideAddition[]; notice?: string }>();

  const source = useMemo(
    () => ({ load: () => store.list(guideId), subscribe: (onChange: () => void) => store.subscribe(guideId, onChange) }),
    [guideId, store],
  );
  const reload = useLiveLoad(
    source,
    ({ additions: items, unreadable }) =>
      setLoaded({ guideId, items, notice: unreadableNotice(unreadable, 'item of your own', 'items of your own') }),
    (reason) =>
      setLoaded({ guideId, items: [], notice: `Your own questions and checklist items could not be loaded: ${failureText(reason)}` }),
  );

  const add = useCallback(
    async (list: AddableList, text: string) => {
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
    async (addition: GuideAddition) => {
      try {
        await store.remove(addition);
      } catch (reason) {
        throw new Error(`Not removed: ${failureText(reason)}`, { cause: reason });
      }
      await reload();
    },
    [store, reload],
  );

  return useMemo((): Additions => {
    if (loaded?.guideId !== guideId) return { status: 'loading', byList: { questions: [], checklist: [] }, add, remove };
    const inList = (list: AddableList) => loaded.items.filter((item) => item.list === list);
    const byList = { questions: inList('questions'), checklist: inList('checklist') };
    return { status: 'ready', byList, ...(loaded.notice ? { notice: loaded.notice } : {}), add, remove };
  }, [loaded, guideId, add, remove]);
}
