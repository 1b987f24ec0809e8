// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactNode } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOwnItems } from '../../../components/sidepanel/guide/use-own-items';
import { useApplications, usePreparation } from '../../../components/applications/use-applications';
import { useStories } from '../../../components/stories/use-stories';
import { useTailoring } from '../../../components/tailoring/use-tailoring';
import { GuideLibraryProvider, useGuideLibrary } from '../../../components/shared/GuideLibraryProvider';
import { useProgress } from '../../../components/sidepanel/guide/use-progress';
import { usePin } from '../../../components/sidepanel/browse/use-pin';
import { useAnswerRecorder } from '../../../components/practice/use-answer-recorder';
import { usePracticeCount } from '../../../components/practice/use-practice-count';
import { usePracticeTimer } from '../../../components/practice/use-practice-timer';
import { useRecordings } from '../../../components/practice/use-recordings';
import type { DetectedJob } from '../../../lib/job/detected-job';
import { ApplicationStore } from '../../../lib/applications/store';
import { OwnItemStore } from '../../../lib/storage/own-items';
import { PinStore } from '../../../lib/storage/pins';
import { PracticeStore, RecordingStore } from '../../../lib/practice/store';
import { ProgressStore } from '../../../lib/storage/progress';
import type { Application } from '../../../lib/storage/schema';
import { StoryStore } from '../../../lib/stories/store';
import { TailoringStore } from '../../../lib/tailoring/store';
import { ImportedGuideStore } from '../../../lib/storage/imported-guides';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Runs `settle` once the view is gone, in a world without `window`, as after Vitest tears a
 * test's jsdom down: a state update would throw there (React reads `window.event` to schedule
 * it), so any update after unmount shows up as an error. Waits for `settled` (what `settle`
 * ends), then for the callbacks chained on it. Resolves to the errors seen.
 */
async function settleAfterUnmount(unmount: () => void, settle: () => void, settled: Promise<unknown> = Promise.resolve()): Promise<unknown[]> {
  const errors: unknown[] = [];
  const record = (reason: unknown) => errors.push(reason);
  process.on('unhandledRejection', record);
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
  unmount();
  vi.stubGlobal('window', undefined);
  try {
    settle();
    await settled;
    // Every callback chained on it has run once the microtasks drain, and Node has reported
    // any rejection nobody handled, before the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    vi.unstubAllGlobals();
    consoleError.mockRestore();
    process.off('unhandledRejection', record);
  }
  return errors;
}

const job: DetectedJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist',
  title: 'Data Scientist',
  company: 'Amazon.com Services LLC',
  jobId: '2812345',
  source: 'json-ld',
  confidence: 'high',
};

const kept: Application = {
  jobKey: 'amazon.jobs/2812345',
  url: job.url,
  title: job.title,
  company: job.company,
  guideId: 'amazon-data-scientist',
  status: 'saved',
  statusDates: { saved: 1 },
  notes: '',
  seenAt: 1,
  updatedAt: 1,
};

/** Renders `use` in a view of its own. */
function Probe({ use }: { use: () => unknown }): ReactNode {
  use();
  return null;
}

beforeAll(() => {
  globalThis.indexedDB = new IDBFactory();
});
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

interface LoadCase {
  name: string;
  /** Makes the store's read wait for the test; returns how to end it. */
  hold(): { settled: Promise<unknown>; resolve(): void; reject(): void };
  /** The view that loads. */
  view: ReactNode;
}

/**
 * Holds `method` of `Store` until the test ends it with `value` (or a failure). The view's
 * other reads, `alsoRead`, answer at once, so the held read is the last one to end.
 */
function holding<S extends object>(Store: { prototype: S }, method: keyof S, value: unknown, alsoRead: () => void = () => undefined) {
  return () => {
    const read = deferred<unknown>();
    vi.spyOn(Store.prototype, method as never).mockReturnValue(read.promise as never);
    alsoRead();
    return {
      settled: read.promise.catch(() => undefined),
      resolve: () => read.resolve(value),
      reject: () => read.reject(new Error('the disk went away')),
    };
  };
}

const LOADS: LoadCase[] = [
  {
    name: 'the guide library provider',
    hold: holding(ImportedGuideStore, 'list', { guides: [], unreadable: 0 }),
    view: (
      <GuideLibraryProvider>
        <Probe use={useGuideLibrary} />
      </GuideLibraryProvider>
    ),
  },
  { name: 'useStories', hold: holding(StoryStore, 'load', { stories: [], unreadable: 0 }), view: <Probe use={() => useStories()} /> },
  { name: 'useTailoring', hold: holding(TailoringStore, 'load', { records: [], unreadable: 0 }), view: <Probe use={() => useTailoring(job)} /> },
  { name: 'useOwnItems', hold: holding(OwnItemStore, 'list', { ownItems: [], unreadable: 0 }), view: <Probe use={() => useOwnItems('amazon-data-scientist')} /> },
  { name: 'usePin', hold: holding(PinStore, 'get', { pin: undefined, unreadable: false }), view: <Probe use={() => usePin(job)} /> },
  { name: 'useApplications', hold: holding(ApplicationStore, 'list', { applications: [], unreadable: 0 }), view: <Probe use={() => useApplications()} /> },
  {
    name: 'useRecordings',
    hold: holding(RecordingStore, 'list', { recordings: [], unreadable: 0 }, () =>
      vi.spyOn(RecordingStore.prototype, 'usage').mockResolvedValue({ count: 0, bytes: 0 }),
    ),
    view: <Probe use={() => useRecordings('amazon-data-scientist', 'tell-me-about-yourself')} />,
  },
  {
    name: 'usePracticeCount',
    hold: holding(PracticeStore, 'load', { records: new Map(), unreadable: 0 }),
    view: <Probe use={() => usePracticeCount('amazon-data-scientist', 'tell-me-about-yourself')} />,
  },
  { name: 'useProgress', hold: holding(ProgressStore, 'load', { done: new Set(), unreadable: 0 }), view: <Probe use={() => useProgress('amazon-data-scientist')} /> },
  {
    name: 'usePreparation',
    hold: holding(ProgressStore, 'load', { done: new Set(), unreadable: 0 }, () =>
      vi.spyOn(TailoringStore.prototype, 'load').mockResolvedValue({ records: [], unreadable: 0 }),
    ),
    view: <Probe use={() => usePreparation([kept])} />,
  },
];

describe('a view that unmounts while it loads', () => {
  for (const { name, hold, view } of LOADS) {
    for (const outcome of ['resolve', 'reject'] as const) {
      it(`${name}: a load that ${outcome === 'resolve' ? 'succeeds' : 'fails'} after unmount updates nothing and raises nothing`, async () => {
        const read = hold();
        const { unmount } = render(view);
        expect(await settleAfterUnmount(unmount, read[outcome], read.settled)).toEqual([]);
      });
    }
  }
});

describe('the practice page after it unmounts', () => {
  it('lets the microphone go when the browser grants it after the page went', async () => {
    const granted = deferred<MediaStream>();
    const track = { stop: vi.fn() };
    const stream = { getTracks: () => [track] } as unknown as MediaStream;
    vi.stubGlobal('MediaRecorder', function MediaRecorder() {});
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: () => granted.promise } });
    let recorder: ReturnType<typeof useAnswerRecorder> | undefined;
    const view = render(<Probe use={() => (recorder = useAnswerRecorder())} />);
    let prepared: Promise<boolean> | undefined;
    act(() => {
      prepared = recorder?.prepare('audio');
    });

    const errors = await settleAfterUnmount(view.unmount, () => granted.resolve(stream), granted.promise);
    expect(errors).toEqual([]);
    expect(await prepared).toBe(false);
    expect(track.stop).toHaveBeenCalledOnce();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('stops the countdown: no tick and no change of phase once the page is gone', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const onPhase = vi.fn();
      let now = 0;
      let timer: ReturnType<typeof usePracticeTimer> | undefined;
      const view = render(<Probe use={() => (timer = usePracticeTimer({ durations: { prepare: 1_000, answer: 1_000 }, clock: () => now, onPhase }))} />);
      act(() => timer?.start());
      expect(onPhase).toHaveBeenCalledTimes(1);

      const errors = await settleAfterUnmount(view.unmount, () => {
        now = 5_000;
        vi.advanceTimersByTime(5_000);
      });
      expect(errors).toEqual([]);
      expect(onPhase).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
