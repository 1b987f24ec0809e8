import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
