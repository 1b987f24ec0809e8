import { useCallback, useMemo, useState } from 'react';
import type { RecordingStore, RecordingUsage } from '../../lib/practice/store';
import { isQuotaError } from '../../lib/storage/errors';
import type { Recording } from '../../lib/storage/schema';
import { failureText, unreadableNotice } from '../shared/failure-text';
import { useLiveLoad } from '../shared/live-load';
import { STORES } from '../shared/stores';

export interface StorageEstimate {
  usage: number;
  quota: number;
}

export interface RecordingsState {
  status: 'loading' | 'ready' | 'error';
  recordings: readonly Recording[];
  usage: RecordingUsage | undefined;
  estimate: StorageEstimate | undefined;
  notice?: string;
  /** Rejects with the browser's error (a full disk among them); nothing saved before is lost. */
  save(recording: Recording): Promise<void>;
  remove(id: string): Promise<void>;
}

async function storageEstimate(): Promise<StorageEstimate | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? undefined : { usage, quota };
}

/** A question's recordings, newest first, with the space recordings take, kept in step with other views. */
export function useRecordings(guideId: string, questionId: string, store: RecordingStore = STORES.recordings): RecordingsState {
  const [loaded, setLoaded] = useState<{ recordings: Recording[]; usage: RecordingUsage; estimate: StorageEstimate | undefined; notice?: string }>();
  const [failure, setFailure] = useState<string>();

  const source = useMemo(
    () => ({
      load: () => Promise.all([store.list(guideId, questionId), store.usage(), storageEstimate().catch(() => undefined)]),
      subscribe: (onChange: () => void) => store.subscribe(guideId, questionId, onChange),
    }),
    [store, guideId, questionId],
  );
  const reload = useLiveLoad(
    source,
    ([listed, usage, estimate]) => {
      setLoaded({ recordings: listed.recordings, usage, estimate, notice: unreadableNotice(listed.unreadable, 'recording', 'recordings') });
      setFailure(undefined);
    },
    (reason) => setFailure(`Your recordings could not be loaded: ${failureText(reason)}`),
  );

  const save = useCallback(
    async (recording: Recording) => {
      await store.save(recording);
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

  return useMemo((): RecordingsState => {
    if (loaded) return { status: 'ready', ...loaded, notice: failure ?? loaded.notice, save, remove };
    return { status: failure ? 'error' : 'loading', recordings: [], usage: undefined, estimate: undefined, notice: failure, save, remove };
  }, [loaded, failure, save, remove]);
}

/** A recording that could not be kept, in words, with whether the disk was full. */
export function recordingSaveFailure(reason: unknown): string {
  if (isQuotaError(reason)) {
    return 'Your browser refused to store this recording: the space it gives PrepPanel on this computer is full. Your earlier recordings are kept. Download this one now so it is not lost, then delete recordings you no longer need.';
  }
  return `This recording could not be saved (${failureText(reason)}). Download it now so it is not lost.`;
}

/**
 * A ref for a link or a media element that points it at `blob` through an object URL for
 * as long as the element is shown: the URL is revoked when the element goes.
 */
export function useObjectUrlRef<T extends HTMLAnchorElement | HTMLMediaElement>(blob: Blob): (element: T | null) => (() => void) | undefined {
  return useCallback(
    (element: T | null) => {
      if (!element) return undefined;
      const href = URL.createObjectURL(blob);
      if (element instanceof HTMLAnchorElement) element.href = href;
      else element.src = href;
      return () => URL.revokeObjectURL(href);
    },
    [blob],
  );
}
