import { useCallback, useEffect, useMemo, useState } from 'react';
import { preparationProgress, type KeptJob, type PreparationProgress } from '../../lib/applications/applications';
import type { ApplicationStore } from '../../lib/applications/store';
import type { Application, ApplicationStatus } from '../../lib/storage/schema';
import { jobKey } from '../../lib/job/detected-job';
import { failureText, unreadableNotice } from '../shared/failure-text';
import { useLiveLoad, useMounted } from '../shared/live-load';
import { useGuideLibrary } from '../shared/GuideLibraryProvider';
import { STORES } from '../shared/stores';

const applications = STORES.applications;
/** The stores a job's preparation is read from (one object, so hooks see the same one each render). */
const PREPARATION_STORES = { progress: STORES.progress, tailoring: STORES.tailoring };

export interface ApplicationsState {
  status: 'loading' | 'ready' | 'error';
  applications: readonly Application[];
  /** Why the list could not be loaded, or that some kept jobs could not be read. */
  notice?: string;
  retry(): void;
  /** Each resolves once saved, and rejects with the reason in words. */
  setStatus(key: string, status: ApplicationStatus): Promise<void>;
  setNotes(key: string, notes: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Every kept job, kept in step with the other open views. */
export function useApplications(store: ApplicationStore = applications): ApplicationsState {
  const [loaded, setLoaded] = useState<{ applications: Application[]; notice?: string }>();
  const [failure, setFailure] = useState<string>();

  const source = useMemo(() => ({ load: () => store.list(), subscribe: (onChange: () => void) => store.subscribe(onChange) }), [store]);
  const reload = useLiveLoad(
    source,
    (result) => {
      setLoaded({ applications: result.applications, notice: unreadableNotice(result.unreadable, 'job', 'jobs') });
      setFailure(undefined);
    },
    (reason) => setFailure(`Your applications could not be loaded: ${failureText(reason)}`),
  );

  /** Runs a change, then shows the list as stored; a failure is thrown in words. */
  const changeWith = useCallback(
    <A extends unknown[]>(run: (...args: A) => Promise<unknown>) =>
      async (...args: A) => {
        try {
          await run(...args);
        } catch (reason) {
          throw new Error(failureText(reason), { cause: reason });
        }
        await reload();
      },
    [reload],
  );
  const setStatus = useMemo(() => changeWith((key: string, status: ApplicationStatus) => store.setJobStatus(key, status)), [changeWith, store]);
  const setNotes = useMemo(() => changeWith((key: string, notes: string) => store.setNotes(key, notes)), [changeWith, store]);
  const remove = useMemo(() => changeWith((key: string) => store.remove(key)), [changeWith, store]);
  const retry = useCallback(() => void reload(), [reload]);

  return useMemo((): ApplicationsState => {
    const actions = { retry, setStatus, setNotes, remove };
    if (loaded) return { status: 'ready', applications: loaded.applications, notice: failure ?? loaded.notice, ...actions };
    return { status: failure ? 'error' : 'loading', applications: [], notice: failure, ...actions };
  }, [loaded, failure, retry, setStatus, setNotes, remove]);
}

/**
 * The preparation of each kept job (its guide's ticks and the requirements covered), by
 * job key; a job is missing while loading, or when its progress could not be read.
 */
export function usePreparation(
  kept: readonly Application[],
  stores: typeof PREPARATION_STORES = PREPARATION_STORES,
): ReadonlyMap<string, PreparationProgress> {
  const [byJob, setByJob] = useState<ReadonlyMap<string, PreparationProgress>>(new Map());
  const { library } = useGuideLibrary();
  // The jobs and guides to read, as a string: a reload of the list with the same jobs reads nothing again.
  const wanted = useMemo(() => JSON.stringify(kept.map((application) => [application.jobKey, application.guideId ?? ''])), [kept]);

  useEffect(() => {
    const jobs = JSON.parse(wanted) as [string, string][];
    const guideIds = [...new Set(jobs.map(([, guideId]) => guideId).filter(Boolean))];
    let live = true;
    const load = async () => {
      const done = new Map(
        await Promise.all(guideIds.map(async (guideId) => [guideId, (await stores.progress.load(guideId)).done] as const)),
      );
      const entries = await Promise.all(
        jobs.map(async ([key, guideId]) => {
          const { records } = await stores.tailoring.load(key);
          return [key, preparationProgress(library.byId(guideId), done.get(guideId) ?? new Set(), records)] as const;
        }),
      );
      if (live) setByJob(new Map(entries));
    };
    // Progress that cannot be read is left out: the list itself still shows.
    const reload = () => void load().catch(() => undefined);
    reload();
    const stops = [
      ...guideIds.map((guideId) => stores.progress.subscribe(guideId, reload)),
      ...jobs.map(([key]) => stores.tailoring.subscribe(key, reload)),
    ];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [wanted, stores, library]);

  return byJob;
}

/**
 * Keeps the job shown with its guide in the side panel, once per job shown. Returns why
 * that failed, if it did: the guide shows regardless.
 */
export function useKeepShownJob(job: KeptJob, guideId: string, store: ApplicationStore = applications): string | undefined {
  const [failure, setFailure] = useState<string>();
  const { site, url, jobId, title, company, location } = job;
  // The job by its details, not its object: the tab's state is read again as it changes.
  const shown = useMemo((): KeptJob => ({ site, url, jobId, title, company, location }), [site, url, jobId, title, company, location]);
  useEffect(() => {
    let live = true;
    store.keep(shown, guideId).then(
      () => live && setFailure(undefined),
      (reason: unknown) => live && setFailure(failureText(reason)),
    );
    return () => {
      live = false;
    };
  }, [shown, guideId, store]);
  return failure;
}

export type SaveJobState =
  | { status: 'unsaved' | 'saving'; error?: string }
  | { status: 'saved' };

/** The popup's "Save job": whether the job is kept already, and the action that keeps it. */
export function useSaveJob(job: KeptJob, guideId: string | undefined, store: ApplicationStore = applications) {
  const [state, setState] = useState<SaveJobState>({ status: 'unsaved' });
  const key = jobKey(job);

  useEffect(() => {
    let live = true;
    store.get(key).then(
      (kept) => live && kept && setState({ status: 'saved' }),
      // Not knowing whether it is kept only means the button shows: saving again is harmless.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, store]);

  const mounted = useMounted();
  const save = useCallback(() => {
    setState({ status: 'saving' });
    store.keep(job, guideId).then(
      () => mounted() && setState({ status: 'saved' }),
      (reason: unknown) => mounted() && setState({ status: 'unsaved', error: `The job was not saved: ${failureText(reason)}` }),
    );
  }, [store, job, guideId, mounted]);

  return { state, save };
}
