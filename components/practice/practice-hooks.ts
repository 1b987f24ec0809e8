import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { practicePath } from '../../lib/extension/pages';
import {
  createTimer,
  isPaused,
  isRunning,
  pause,
  remainingMs,
  restart,
  resume,
  settle,
  skip,
  start,
  elapsedMs,
  type PhaseDurations,
  type PracticePhase,
  type PracticeTimer,
} from '../../lib/practice/timer';
import { isQuotaError } from '../../lib/storage/errors';
import type { PracticeStore, RecordingStore, RecordingUsage } from '../../lib/practice/store';
import type { PracticeRecord, Recording } from '../../lib/storage/schema';
import { failureText, unreadableNotice } from '../shared/failure-text';
import { useLiveLoad, useMounted } from '../shared/live-load';
import { STORES } from '../shared/stores';

const practiceStore = STORES.practice;
const recordingStore = STORES.recordings;

/** Opens the practice page for a question in a new tab. */
export async function openPracticePage(guideId: string, questionId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(practicePath(guideId, questionId)) });
}

// ---------- Words ----------

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "25 Nov", with the year when it is not this year's. */
function shortDate(at: number, now = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? DAY_MONTH : DAY_MONTH_YEAR).format(at);
}

export function dateTime(at: number): string {
  return DATE_TIME.format(at);
}

/** "Practised 3 times, last on 25 Nov"; nothing when never practised. */
export function practisedLine(record: PracticeRecord | undefined, now = Date.now()): string | undefined {
  if (!record || record.count === 0) return undefined;
  const times = record.count === 1 ? 'once' : record.count === 2 ? 'twice' : `${record.count} times`;
  return `Practised ${times}, last on ${shortDate(record.lastAt, now)}`;
}

/** What the user chose to record: nothing, their voice, or their voice and picture. */
export type RecordingChoice = 'none' | 'audio' | 'video';

/** Why recording could not start, in words, from getUserMedia's error. */
export function mediaProblemText(reason: unknown, choice: Exclude<RecordingChoice, 'none'>): string {
  const devices = choice === 'video' ? 'camera and microphone' : 'microphone';
  const name = (reason as { name?: unknown } | null)?.name;
  const carryOn = 'The timer works without recording: practise out loud all the same.';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `PrepPanel may not use your ${devices}: permission was refused. ${carryOn} To record, allow the ${devices} for PrepPanel in your browser's settings and start again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${devices} was found on this computer. ${carryOn}`;
    case 'NotReadableError':
    case 'AbortError':
      return `Your ${devices} could not be started: another program may be using it. ${carryOn}`;
    case 'NotSupportedError':
      return `This browser cannot record here. ${carryOn}`;
    default:
      return `Recording could not start (${failureText(reason)}). ${carryOn}`;
  }
}

/** `preppanel-tell-me-about-yourself-2025-11-25-1403.webm`: the question, the date, the file's kind. */
export function recordingFileName(recording: Pick<Recording, 'questionId' | 'createdAt' | 'mimeType'>): string {
  const date = new Date(recording.createdAt);
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  const subtype = /^[a-z]+\/([a-z0-9]+)/i.exec(recording.mimeType)?.[1]?.toLowerCase();
  const extension = subtype === 'mp4' ? 'mp4' : subtype === 'ogg' ? 'ogg' : 'webm';
  return `preppanel-${recording.questionId}-${stamp}.${extension}`;
}

// ---------- The countdown ----------

/** How often the clock is read while it runs: often enough that the seconds shown never lag. */
const TICK_MS = 200;

export interface PracticeTimerState {
  phase: PracticePhase;
  remainingMs: number;
  /** Time spent in the current phase. */
  elapsedMs: number;
  durationMs: number;
  running: boolean;
  paused: boolean;
  answeredMs: number;
  start(): void;
  pause(): void;
  resume(): void;
  skip(): void;
  restart(): void;
}

/**
 * The practice countdown (lib/practice/timer.ts), read from `clock` while it runs.
 * `onPhase` hears every change of phase, whether the user or the clock made it.
 */
export function usePracticeTimer({
  durations,
  clock = Date.now,
  onPhase,
}: { durations?: PhaseDurations; clock?: () => number; onPhase?: (timer: PracticeTimer) => void } = {}): PracticeTimerState {
  const [view, setView] = useState(() => ({ timer: createTimer(durations), now: clock() }));
  // The machine's latest state, for the next change made outside a render.
  const latest = useRef(view.timer);
  const phaseListener = useRef(onPhase);
  useEffect(() => {
    phaseListener.current = onPhase;
  }, [onPhase]);

  const apply = useCallback(
    (change: (current: PracticeTimer, at: number) => PracticeTimer) => {
      const now = clock();
      const before = latest.current;
      const after = change(before, now);
      latest.current = after;
      setView({ timer: after, now });
      if (after.phase !== before.phase) phaseListener.current?.(after);
    },
    [clock],
  );

  const running = isRunning(view.timer);
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => apply(settle), TICK_MS);
    return () => clearInterval(tick);
  }, [running, apply]);

  return useMemo(() => {
    const { timer, now } = view;
    return {
      phase: timer.phase,
      remainingMs: remainingMs(timer, now),
      elapsedMs: elapsedMs(timer, now),
      durationMs: timer.phase === 'answer' ? timer.durations.answer : timer.durations.prepare,
      running: isRunning(timer),
      paused: isPaused(timer),
      answeredMs: timer.answeredMs,
      start: () => apply(start),
      pause: () => apply(pause),
      resume: () => apply(resume),
      skip: () => apply(skip),
      restart: () => apply((current) => restart(current)),
    };
  }, [view, apply]);
}

// ---------- Practice counts ----------

export interface PracticeCount {
  record: PracticeRecord | undefined;
  error?: string;
}

/** How often a question was practised, kept in step with every other open view. */
export function usePracticeCount(guideId: string | undefined, questionId: string, store: PracticeStore = practiceStore): PracticeCount {
  const [loaded, setLoaded] = useState<{ key: string; record: PracticeRecord | undefined }>();
  const [error, setError] = useState<string>();
  const key = `${guideId}/${questionId}`;

  const source = useMemo(
    () =>
      guideId
        ? {
            load: async () => ({ key, record: (await store.load(guideId)).records.get(questionId) }),
            subscribe: (onChange: () => void) => store.subscribe(guideId, onChange),
          }
        : undefined,
    [store, guideId, questionId, key],
  );
  useLiveLoad(
    source,
    (result) => {
      setLoaded(result);
      setError(undefined);
    },
    (reason) => setError(`Your practice count could not be read: ${failureText(reason)}`),
  );

  return { record: loaded?.key === key ? loaded.record : undefined, error };
}

/** Counts one practice of the question (the count's views hear of it through the store). */
export function countPractice(guideId: string, questionId: string, store: PracticeStore = practiceStore): Promise<PracticeRecord> {
  return store.recordPractice(guideId, questionId);
}

// ---------- Recordings ----------

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
export function useRecordings(guideId: string, questionId: string, store: RecordingStore = recordingStore): RecordingsState {
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

// ---------- Recording an answer ----------

/** An answer just recorded, before it is saved. */
export interface Take {
  kind: 'audio' | 'video';
  mimeType: string;
  data: Blob;
}

export type RecorderStatus = 'off' | 'asking' | 'ready' | 'recording' | 'paused';

export interface AnswerRecorder {
  status: RecorderStatus;
  /** The live camera, shown while practising with the camera. */
  preview: MediaStream | undefined;
  /** Why recording could not start; the practice goes on without it. */
  problem: string | undefined;
  /** Asks for the devices; resolves false (with `problem` set) when they cannot be had. */
  prepare(choice: RecordingChoice): Promise<boolean>;
  record(): void;
  pause(): void;
  resume(): void;
  /** Stops and returns what was recorded, and lets the devices go. */
  finish(): Promise<Take | undefined>;
  /** Stops without keeping anything, and lets the devices go. */
  discard(): void;
}

const FALLBACK_TYPE = { audio: 'audio/webm', video: 'video/webm' } as const;

/** The microphone (and camera) and a MediaRecorder on them, for one answer at a time. */
export function useAnswerRecorder(): AnswerRecorder {
  const [status, setStatus] = useState<RecorderStatus>('off');
  const [preview, setPreview] = useState<MediaStream>();
  const [problem, setProblem] = useState<string>();
  const media = useRef<{ stream: MediaStream; kind: 'audio' | 'video'; recorder?: MediaRecorder; chunks: Blob[] }>(undefined);
  const mounted = useMounted();

  const release = useCallback(() => {
    const current = media.current;
    media.current = undefined;
    if (current?.recorder && current.recorder.state !== 'inactive') {
      current.recorder.ondataavailable = null;
      current.recorder.onstop = null;
      current.recorder.stop();
    }
    for (const track of current?.stream.getTracks() ?? []) track.stop();
    setPreview(undefined);
    setStatus('off');
  }, []);

  // The devices are let go when the page goes.
  useEffect(() => release, [release]);

  const prepare = useCallback(
    async (choice: RecordingChoice) => {
      release();
      setProblem(undefined);
      if (choice === 'none') return false;
      if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
        setProblem(mediaProblemText({ name: 'NotSupportedError' }, choice));
        return false;
      }
      setStatus('asking');
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: choice === 'video' });
        // The page went while the browser asked: the devices are let go at once.
        if (!mounted()) {
          for (const track of stream.getTracks()) track.stop();
          return false;
        }
        media.current = { stream, kind: choice, chunks: [] };
        if (choice === 'video') setPreview(stream);
        setStatus('ready');
        return true;
      } catch (reason) {
        if (!mounted()) return false;
        setStatus('off');
        setProblem(mediaProblemText(reason, choice));
        return false;
      }
    },
    [release, mounted],
  );

  const record = useCallback(() => {
    const current = media.current;
    if (!current || current.recorder) return;
    try {
      const recorder = new MediaRecorder(current.stream);
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) current.chunks.push(event.data);
      };
      // Data in slices, so a recording cut short still has what came before.
      recorder.start(1_000);
      current.recorder = recorder;
      setStatus('recording');
    } catch (reason) {
      release();
      setProblem(mediaProblemText(reason, current.kind));
    }
  }, [release]);

  const pauseRecording = useCallback(() => {
    const recorder = media.current?.recorder;
    if (recorder?.state !== 'recording') return;
    recorder.pause();
    setStatus('paused');
  }, []);

  const resumeRecording = useCallback(() => {
    const recorder = media.current?.recorder;
    if (recorder?.state !== 'paused') return;
    recorder.resume();
    setStatus('recording');
  }, []);

  const finish = useCallback(async (): Promise<Take | undefined> => {
    const current = media.current;
    const recorder = current?.recorder;
    if (!current || !recorder || recorder.state === 'inactive') {
      release();
      return undefined;
    }
    const stopped = new Promise<void>((resolve) => {
      recorder.onstop = () => resolve();
    });
    recorder.stop();
    await stopped;
    media.current = undefined;
    for (const track of current.stream.getTracks()) track.stop();
    if (mounted()) {
      setPreview(undefined);
      setStatus('off');
    }
    const mimeType = recorder.mimeType || FALLBACK_TYPE[current.kind];
    const data = new Blob(current.chunks, { type: mimeType });
    return data.size > 0 ? { kind: current.kind, mimeType, data } : undefined;
  }, [release, mounted]);

  return useMemo(
    () => ({ status, preview, problem, prepare, record, pause: pauseRecording, resume: resumeRecording, finish, discard: release }),
    [status, preview, problem, prepare, record, pauseRecording, resumeRecording, finish, release],
  );
}
