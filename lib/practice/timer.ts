/**
 * The practice countdown as a pure state machine: 'ready' (not started) → 'prepare'
 * (30 s to think) → 'answer' (2 min to answer out loud) → 'done'. Every function takes the
 * clock's time (`now`, in ms) rather than reading it, so the time left is exact after any
 * number of pauses and the machine is tested without waiting.
 */

export type PracticePhase = 'ready' | 'prepare' | 'answer' | 'done';
type TimedPhase = 'prepare' | 'answer';

export interface PhaseDurations {
  prepare: number;
  answer: number;
}

/** The source guide's format: 30 seconds to prepare, 2 minutes to answer. */
export const PHASE_MS: PhaseDurations = { prepare: 30_000, answer: 120_000 };

export interface PracticeTimer {
  readonly phase: PracticePhase;
  readonly durations: PhaseDurations;
  /** Time of the current phase spent before the current run began (paused time is not spent). */
  readonly spentMs: number;
  /** When the current run began; undefined while paused, before the start and once done. */
  readonly runningSince: number | undefined;
  /** How long the answer lasted, once done (the length of its recording). */
  readonly answeredMs: number;
}

export function createTimer(durations: PhaseDurations = PHASE_MS): PracticeTimer {
  return { phase: 'ready', durations, spentMs: 0, runningSince: undefined, answeredMs: 0 };
}

function isTimed(phase: PracticePhase): phase is TimedPhase {
  return phase === 'prepare' || phase === 'answer';
}

/** Time spent in the current phase at `now`, paused time excluded. */
export function elapsedMs(timer: PracticeTimer, now: number): number {
  if (!isTimed(timer.phase)) return 0;
  const running = timer.runningSince === undefined ? 0 : Math.max(0, now - timer.runningSince);
  return Math.min(timer.durations[timer.phase], timer.spentMs + running);
}

/** Time left in the current phase: the whole preparation before the start, nothing once done. */
export function remainingMs(timer: PracticeTimer, now: number): number {
  if (timer.phase === 'ready') return timer.durations.prepare;
  if (timer.phase === 'done') return 0;
  return timer.durations[timer.phase] - elapsedMs(timer, now);
}

export function isRunning(timer: PracticeTimer): boolean {
  return timer.runningSince !== undefined;
}

export function isPaused(timer: PracticeTimer): boolean {
  return isTimed(timer.phase) && timer.runningSince === undefined;
}

function finished(timer: PracticeTimer, answeredMs: number): PracticeTimer {
  return { ...timer, phase: 'done', spentMs: 0, runningSince: undefined, answeredMs };
}

/**
 * Moves on to every phase whose predecessor ran out by `now`. The next phase starts at the
 * moment the last one ended, not when this is called, so a late tick loses no time.
 */
export function settle(timer: PracticeTimer, now: number): PracticeTimer {
  let current = timer;
  while (isTimed(current.phase) && current.runningSince !== undefined) {
    const duration = current.durations[current.phase];
    const endsAt = current.runningSince + (duration - current.spentMs);
    if (now < endsAt) break;
    current = current.phase === 'prepare' ? { ...current, phase: 'answer', spentMs: 0, runningSince: endsAt } : finished(current, duration);
  }
  return current;
}

export function start(timer: PracticeTimer, now: number): PracticeTimer {
  if (timer.phase !== 'ready') return timer;
  return { ...timer, phase: 'prepare', spentMs: 0, runningSince: now };
}

export function pause(timer: PracticeTimer, now: number): PracticeTimer {
  const current = settle(timer, now);
  if (current.runningSince === undefined) return current;
  return { ...current, spentMs: elapsedMs(current, now), runningSince: undefined };
}

export function resume(timer: PracticeTimer, now: number): PracticeTimer {
  if (!isPaused(timer)) return timer;
  return { ...timer, runningSince: now };
}

/** Preparation → answer (at once), answer → done. A paused timer stays paused in the answer. */
export function skip(timer: PracticeTimer, now: number): PracticeTimer {
  const current = settle(timer, now);
  if (current.phase === 'prepare') {
    return { ...current, phase: 'answer', spentMs: 0, runningSince: current.runningSince === undefined ? undefined : now };
  }
  if (current.phase === 'answer') return finished(current, elapsedMs(current, now));
  return current;
}

/** Back to the start, nothing kept. */
export function restart(timer: PracticeTimer): PracticeTimer {
  return createTimer(timer.durations);
}

/** "2:00", "0:30": whole seconds, rounded up, so the clock shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
