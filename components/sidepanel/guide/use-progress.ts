import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DoneItems, ProgressStore } from '../../../lib/storage/progress';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';
import { failureText, unreadableNotice } from '../../shared/failure-text';
import { useMounted } from '../../shared/live-load';
import { STORES } from '../../shared/stores';

export interface Progress {
  status: 'loading' | 'ready' | 'error';
  done: DoneItems;
  /** A load or save failure, or stored ticks that failed their schema (left untouched). */
  error?: string;
  toggle(list: ProgressList, itemId: string, done: boolean): void;
}

/** A guide's ticks, kept in step with every other open view. */
export function useProgress(guideId: string | undefined, progressStore: ProgressStore = STORES.progress): Progress {
  // What was last loaded, and for which guide: a different guide shows as loading.
  const [loaded, setLoaded] = useState<{ guideId: string; done: DoneItems; notice?: string }>();
  const [loadError, setLoadError] = useState<{ guideId: string; message: string }>();
  const [saveError, setSaveError] = useState<string>();
  // Ticks made here so far. A reload that began before the latest tick would bring back the
  // state before it: its result is dropped, and the reload the tick's own save announces wins.
  const ticks = useRef(0);
  const mounted = useMounted();

  useEffect(() => {
    if (!guideId) return;
    let live = true;
    const reload = () => {
      const ticksAtStart = ticks.current;
      const current = () => live && ticks.current === ticksAtStart;
      return progressStore.load(guideId).then(
        ({ done, unreadable }) => current() && setLoaded({ guideId, done, notice: unreadableNotice(unreadable, 'tick', 'ticks') }),
        (reason: unknown) => live && setLoadError({ guideId, message: `Your progress could not be loaded: ${failureText(reason)}` }),
      );
    };
    void reload();
    const unsubscribe = progressStore.subscribe(guideId, () => void reload());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [guideId, progressStore]);

  const toggle = useCallback(
    (list: ProgressList, itemId: string, value: boolean) => {
      if (!guideId) return;
      const key = itemKey(list, itemId);
      const apply = (on: boolean) =>
        setLoaded((previous) => {
          if (previous?.guideId !== guideId) return previous;
          const done = new Set(previous.done);
          if (on) done.add(key);
          else done.delete(key);
          return { ...previous, done };
        });
      ticks.current++;
      apply(value);
      setSaveError(undefined);
      progressStore.setDone(guideId, list, itemId, value).catch((reason: unknown) => {
        if (!mounted()) return;
        apply(!value);
        setSaveError(`That tick was not saved: ${failureText(reason)}`);
      });
    },
    [guideId, progressStore, mounted],
  );

  return useMemo((): Progress => {
    const error = (loadError?.guideId === guideId ? loadError?.message : undefined) ?? saveError;
    if (loaded && loaded.guideId === guideId) return { status: 'ready', done: loaded.done, error: error ?? loaded.notice, toggle };
    return { status: error ? 'error' : 'loading', done: NOTHING_DONE, error, toggle };
  }, [loaded, loadError, saveError, guideId, toggle]);
}

const NOTHING_DONE: DoneItems = new Set();
