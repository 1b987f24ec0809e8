import { useEffect, useId, useRef, type RefObject } from 'react';
import { formatClock, type PracticePhase } from '../../lib/practice/timer';
import { type AnswerRecorder } from './use-answer-recorder';
import { type PracticeTimerState } from './use-practice-timer';
import { type RecordingChoice } from './practice-words';

const PHASE_NAMES: Record<PracticePhase, string> = {
  ready: 'Prepare',
  prepare: 'Prepare',
  answer: 'Answer',
  done: 'Done',
};

const CHOICES: readonly { value: RecordingChoice; label: string }[] = [
  { value: 'none', label: "Don't record" },
  { value: 'audio', label: 'Microphone' },
  { value: 'video', label: 'Camera and microphone' },
];

/** What a screen reader hears as the practice moves on: once per phase, never every second. */
function phaseAnnouncement(timer: PracticeTimerState, recording: boolean): string {
  if (timer.paused) return 'Paused.';
  if (timer.phase === 'prepare') return 'Prepare: 30 seconds to think about your answer.';
  if (timer.phase === 'answer') return recording ? 'Answer now, out loud. Recording.' : 'Answer now, out loud.';
  return '';
}

/** The live camera, so the user sees what is recorded. */
function CameraPreview({ stream }: { stream: MediaStream }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  return <video ref={video} className="practice-preview" muted autoPlay playsInline aria-label="Your camera" />;
}

/**
 * The big countdown with its phase ("Prepare 0:30", "Answer 2:00"), a bar of the phase's
 * time, the recording choice before the start and the controls while it runs.
 */
export function PracticeCountdown({
  timer,
  recorder,
  choice,
  onChoice,
  starting,
  onStart,
  onPause,
  onResume,
  onSkip,
  onRestart,
  headingRef,
}: {
  timer: PracticeTimerState;
  recorder: AnswerRecorder;
  choice: RecordingChoice;
  onChoice: (choice: RecordingChoice) => void;
  starting: boolean;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onSkip: () => void;
  onRestart: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const ids = useId();
  const recording = recorder.status === 'recording';
  const shownMs = timer.phase === 'done' ? 0 : timer.remainingMs;
  const percent = timer.phase === 'ready' || timer.durationMs === 0 ? 0 : Math.round((timer.elapsedMs / timer.durationMs) * 100);
  const started = timer.phase !== 'ready';

  return (
    <section className="card practice-card practice-countdown" aria-labelledby={`${ids}-title`} data-phase={timer.phase}>
      <h2 id={`${ids}-title`} className="section-title" tabIndex={-1} ref={headingRef}>
        Countdown
      </h2>
      <div className="practice-clock" data-testid="practice-clock">
        <span className="practice-phase">{PHASE_NAMES[timer.phase]}</span>{' '}
        <span className="practice-time" role="timer" aria-label={`${PHASE_NAMES[timer.phase]}: ${formatClock(shownMs)} left`}>
          {formatClock(shownMs)}
        </span>
        {timer.paused ? <span className="chip practice-paused">Paused</span> : null}
      </div>
      <div
        className="progress-track practice-track"
        role="progressbar"
        aria-label={timer.phase === 'answer' ? 'Answer time used' : 'Preparation time used'}
        aria-valuemin={0}
        aria-valuemax={Math.round(timer.durationMs / 1000)}
        aria-valuenow={Math.floor(timer.elapsedMs / 1000)}
        aria-valuetext={`${formatClock(shownMs)} left`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="visually-hidden" role="status">
        {phaseAnnouncement(timer, recording)}
      </p>

      {recorder.status === 'asking' ? (
        <p className="notice notice-info" role="status">
          Asking your browser for the {choice === 'video' ? 'camera and microphone' : 'microphone'}…
        </p>
      ) : null}
      {recording ? (
        <p className="practice-recording" data-testid="practice-recording-on">
          <span className="practice-dot" aria-hidden="true" />
          Recording your answer
        </p>
      ) : null}
      {recorder.preview ? <CameraPreview stream={recorder.preview} /> : null}

      {started ? (
        <div className="form-actions practice-controls">
          {timer.phase === 'prepare' || timer.phase === 'answer' ? (
            <>
              {timer.paused ? (
                <button type="button" className="button button-primary" onClick={onResume}>
                  Resume
                </button>
              ) : (
                <button type="button" className="button button-primary" onClick={onPause}>
                  Pause
                </button>
              )}
              <button type="button" className="button button-secondary" onClick={onSkip}>
                {timer.phase === 'prepare' ? 'Skip preparation' : 'Stop answering'}
              </button>
            </>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onRestart}>
            {timer.phase === 'done' ? 'Practise again' : 'Start again'}
          </button>
        </div>
      ) : (
        <>
          <fieldset className="practice-choice" aria-describedby={`${ids}-hint`}>
            <legend className="field-label">Record your answer?</legend>
            {CHOICES.map((option) => (
              <label key={option.value} className="practice-option">
                <input
                  type="radio"
                  name={`${ids}-record`}
                  value={option.value}
                  checked={choice === option.value}
                  disabled={starting}
                  onChange={() => onChoice(option.value)}
                />
                {option.label}
              </label>
            ))}
            <p id={`${ids}-hint`} className="field-hint">
              Your browser asks for permission when you start. The answer is recorded while the answer countdown runs,
              and stays in this browser.
            </p>
          </fieldset>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onStart} aria-disabled={starting}>
              Start
            </button>
          </div>
        </>
      )}
    </section>
  );
}
