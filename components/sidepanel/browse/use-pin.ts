import { useCallback, useMemo, useState } from 'react';
import type { DetectedJob } from '../../../lib/job/detected-job';
import type { PinStore } from '../../../lib/storage/pins';
import { jobKey } from '../../../lib/job/detected-job';
import { failureText } from '../../shared/failure-text';
import { useLiveLoad, useMounted } from '../../shared/live-load';
import { STORES } from '../../shared/stores';

const pins = STORES.pins;

export interface JobPin {
  status: 'loading' | 'ready';
  /** The guide the user pinned to the job, if any. */
  guideId?: string;
  /** A load or save failure, or a stored pin that could not be read (left untouched). */
  error?: string;
  /** Resolve to whether the change was saved (a failure is in `error`). */
  pin(guideId: string): Promise<boolean>;
  unpin(): Promise<boolean>;
}

/**
 * The guide pinned to a job (none when there is no job), kept in step with every other
 * open view. A pin that cannot be loaded counts as none, so recognition's guide still shows.
 */
export function usePin(job: DetectedJob | null | undefined, store: PinStore = pins): JobPin {
  const key = job ? jobKey(job) : undefined;
  const [loaded, setLoaded] = useState<{ key: string; guideId?: string; notice?: string }>();
  const [saveError, setSaveError] = useState<string>();

  const source = useMemo(
    () => (key ? { load: () => store.get(key), subscribe: (onChange: () => void) => store.subscribe(key, onChange) } : undefined),
    [key, store],
  );
  const reload = useLiveLoad(
    source,
    ({ pin, unreadable }) => {
      if (!key) return;
      const notice = unreadable ? 'The guide you pinned to this job could not be read and was left untouched.' : undefined;
      setLoaded({ key, guideId: pin?.guideId, notice });
    },
    (reason) => {
      if (key) setLoaded({ key, notice: `Your pinned guide could not be loaded: ${failureText(reason)}` });
    },
  );
  const mounted = useMounted();

  const change = useCallback(
    async (write: (forKey: string) => Promise<unknown>) => {
      if (!key) return false;
      setSaveError(undefined);
      try {
        await write(key);
      } catch (reason) {
        if (mounted()) setSaveError(`Your choice of guide was not saved: ${failureText(reason)}`);
        return false;
      }
      await reload();
      return true;
    },
    [key, reload, mounted],
  );
  const pin = useCallback((guideId: string) => change((forKey) => store.pin(forKey, guideId)), [change, store]);
  const unpin = useCallback(() => change((forKey) => store.unpin(forKey)), [change, store]);

  return useMemo((): JobPin => {
    if (!key) return { status: 'ready', pin, unpin };
    if (loaded?.key !== key) return { status: 'loading', error: saveError, pin, unpin };
    return { status: 'ready', guideId: loaded.guideId, error: saveError ?? loaded.notice, pin, unpin };
  }, [key, loaded, saveError, pin, unpin]);
}
