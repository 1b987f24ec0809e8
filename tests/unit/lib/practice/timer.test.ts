import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PHASE_MS,
  createTimer,
  elapsedMs,
  formatClock,
  isPaused,
  isRunning,
  pause,
  remainingMs,
  restart,
  resume,
  settle,
  skip,
  start,
  type PracticeTimer,
} from '../../../../lib/practice/timer';

/** The machine driven by the (fake) wall clock, as the page drives it. */
function at(): number {
  return Date.now();
}

function advance(ms: number): void {
  vi.advanceTimersByTime(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-11-25T10:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the practice timer', () => {
  it('waits before the start with the whole preparation on the clock', () => {
    const timer = createTimer();
    advance(60_000);
    expect(timer.phase).toBe('ready');
    expect(remainingMs(timer, at())).toBe(30_000);
    expect(isRunning(timer)).toBe(false);
    expect(isPaused(timer)).toBe(false);
    // Only start leaves 'ready'.
    expect(pause(timer, at())).toEqual(timer);
    expect(resume(timer, at())).toEqual(timer);
    expect(skip(timer, at())).toEqual(timer);
  });

  it('prepares for 30 s, answers for 2 min, then is done', () => {
    let timer = start(createTimer(), at());
    expect(timer.phase).toBe('prepare');
    expect(remainingMs(timer, at())).toBe(PHASE_MS.prepare);

    advance(29_999);
    timer = settle(timer, at());
    expect(timer.phase).toBe('prepare');
    expect(remainingMs(timer, at())).toBe(1);

    advance(1);
    timer = settle(timer, at());
    expect(timer.phase).toBe('answer');
    expect(remainingMs(timer, at())).toBe(PHASE_MS.answer);

    advance(119_999);
    timer = settle(timer, at());
    expect(timer.phase).toBe('answer');
    expect(remainingMs(timer, at())).toBe(1);

    advance(1);
    timer = settle(timer, at());
    expect(timer.phase).toBe('done');
    expect(remainingMs(timer, at())).toBe(0);
    expect(timer.answeredMs).toBe(PHASE_MS.answer);
    expect(isRunning(timer)).toBe(false);
  });

  it('starts the answer when the preparation ended, however late the tick comes', () => {
    let timer = start(createTimer(), at());
    advance(30_000 + 5_000);
    timer = settle(timer, at());
    expect(timer.phase).toBe('answer');
    expect(elapsedMs(timer, at())).toBe(5_000);

    // A tick that comes after both phases ran out ends the practice with the full answer.
    advance(200_000);
    timer = settle(timer, at());
    expect(timer.phase).toBe('done');
    expect(timer.answeredMs).toBe(PHASE_MS.answer);
  });

  it('stops the clock while paused and keeps the exact time left', () => {
    let timer = start(createTimer(), at());
    advance(10_250);
    timer = pause(timer, at());
    expect(isPaused(timer)).toBe(true);
    expect(remainingMs(timer, at())).toBe(19_750);

    advance(600_000);
    timer = settle(timer, at());
    expect(timer.phase).toBe('prepare');
    expect(remainingMs(timer, at())).toBe(19_750);

    timer = resume(timer, at());
    expect(isRunning(timer)).toBe(true);
    advance(19_749);
    expect(settle(timer, at()).phase).toBe('prepare');
    advance(1);
    timer = settle(timer, at());
    expect(timer.phase).toBe('answer');

    // Several pauses in the answer add up to the time answered.
    advance(40_000);
    timer = pause(timer, at());
    advance(5_000);
    timer = resume(timer, at());
    advance(20_000);
    timer = pause(timer, at());
    advance(5_000);
    timer = resume(timer, at());
    expect(remainingMs(timer, at())).toBe(60_000);
    advance(60_000);
    timer = settle(timer, at());
    expect(timer.phase).toBe('done');
  });

  it('pauses in the phase the clock is really in, when the tick is late', () => {
    let timer = start(createTimer(), at());
    advance(31_000);
    timer = pause(timer, at());
    expect(timer.phase).toBe('answer');
    expect(remainingMs(timer, at())).toBe(119_000);
  });

  it('ignores a second pause and a resume while running', () => {
    let timer = start(createTimer(), at());
    advance(1_000);
    const running = timer;
    expect(resume(running, at())).toEqual(running);
    timer = pause(timer, at());
    advance(3_000);
    expect(pause(timer, at())).toEqual(timer);
  });

  it('skips the preparation to the answer at once, and the answer to done', () => {
    let timer = start(createTimer(), at());
    advance(4_000);
    timer = skip(timer, at());
    expect(timer.phase).toBe('answer');
    expect(remainingMs(timer, at())).toBe(PHASE_MS.answer);
    expect(isRunning(timer)).toBe(true);

    advance(2_500);
    timer = skip(timer, at());
    expect(timer.phase).toBe('done');
    expect(timer.answeredMs).toBe(2_500);
    expect(skip(timer, at())).toEqual(timer);
  });

  it('skips while paused into a paused answer, and ends a paused answer with the time answered', () => {
    let timer = start(createTimer(), at());
    timer = pause(timer, at());
    timer = skip(timer, at());
    expect(timer.phase).toBe('answer');
    expect(isPaused(timer)).toBe(true);
    advance(10_000);
    expect(remainingMs(timer, at())).toBe(PHASE_MS.answer);

    timer = resume(timer, at());
    advance(7_000);
    timer = pause(timer, at());
    advance(50_000);
    timer = skip(timer, at());
    expect(timer.phase).toBe('done');
    expect(timer.answeredMs).toBe(7_000);
  });

  it('starts again from the beginning, from any phase', () => {
    for (const steps of [0, 1, 2]) {
      let timer: PracticeTimer = start(createTimer(), at());
      for (let step = 0; step < steps; step++) timer = skip(timer, at());
      timer = restart(timer);
      expect(timer).toEqual(createTimer());
      timer = start(timer, at());
      expect(timer.phase).toBe('prepare');
    }
  });

  it('keeps other durations when given them', () => {
    let timer = start(createTimer({ prepare: 1_000, answer: 2_000 }), at());
    advance(1_000);
    timer = settle(timer, at());
    expect(remainingMs(timer, at())).toBe(2_000);
    expect(restart(timer).durations).toEqual({ prepare: 1_000, answer: 2_000 });
  });

  it('shows the clock in minutes and seconds, rounded up', () => {
    expect(formatClock(120_000)).toBe('2:00');
    expect(formatClock(30_000)).toBe('0:30');
    expect(formatClock(29_001)).toBe('0:30');
    expect(formatClock(29_000)).toBe('0:29');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });
});
