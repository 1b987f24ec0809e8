import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the view is still mounted, for work that a user's action started and that ends
 * later: its result is dropped once the view is gone.
 */
export function useMounted(): () => boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}

/** How a view reads something stored, and hears that it changed. */
export interface LiveSource<T> {
  load(): Promise<T>;
  /** Calls `onChange` whenever another view (or this one) changed what `load` reads; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/**
 * Loads what a view shows, and again whenever its source announces a change, handing each
 * result to `show` (a failure to `fail`). A load that ends after the view unmounted, or after
 * the source changed (another guide, another job), is dropped: it updates nothing.
 * `source` must keep its identity while it reads the same thing (`useMemo` it); without
 * one (no job, no guide yet) nothing is loaded.
 * Returns `reload`, for after a save: it resolves once the result is shown or dropped.
 */
export function useLiveLoad<T>(
  source: LiveSource<T> | undefined,
  show: (result: T) => void,
  fail: (reason: unknown) => void,
): () => Promise<void> {
  const handlers = useRef({ show, fail });
  useEffect(() => {
    handlers.current = { show, fail };
  });
  // The load of the source shown now; nothing once the view unmounted.
  const current = useRef<() => Promise<void>>(() => Promise.resolve());

  useEffect(() => {
    if (!source) return;
    let live = true;
    const load = () =>
      source.load().then(
        (result) => {
          if (live) handlers.current.show(result);
        },
        (reason: unknown) => {
          if (live) handlers.current.fail(reason);
        },
      );
    current.current = load;
    void load();
    const unsubscribe = source.subscribe(() => void load());
    return () => {
      live = false;
      current.current = () => Promise.resolve();
      unsubscribe();
    };
  }, [source]);

  return useCallback(() => current.current(), []);
}
