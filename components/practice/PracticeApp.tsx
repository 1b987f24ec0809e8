import { useCallback, useRef, useState } from 'react';
import { GUIDES } from '../../lib/guides/catalog';
import type { Guide, Question } from '../../lib/guides/schema';
import { practicePath, type PracticeTarget } from '../../lib/extension/pages';
import type { PracticeTimer } from '../../lib/practice/timer';
import { storageFailureText } from '../../lib/storage/errors';
import { RECORDING_MAX_MS, type Recording } from '../../lib/storage/schema';
import { BrandBar } from '../shared/BrandBar';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { PracticeCountdown } from './PracticeCountdown';
import { PracticeRecordings } from './PracticeRecordings';
import { practisedLine, type RecordingChoice } from './practice-words';
import { recordingFileName } from '../../lib/practice/recordings';
import { recordingSaveFailure, useObjectUrlRef, useRecordings } from './use-recordings';
import { countPractice, usePracticeCount } from './use-practice-count';
import { useAnswerRecorder } from './use-answer-recorder';
import { usePracticeTimer } from './use-practice-timer';
import { categoryLabel, guideLabel } from '../shared/wording';
import { AnswerTips } from './AnswerTips';
import './practice.css';

/** How a finished practice ended: counted, its recording saved, or a recording that could not be kept. */
type Outcome =
  | { kind: 'counted' }
  | { kind: 'saved' }
  | { kind: 'unsaved'; message: string; recording: Recording };

/** A recording the browser would not keep, offered as a download so it is not lost. */
function UnsavedRecording({ message, recording }: { message: string; recording: Recording }) {
  const downloadRef = useObjectUrlRef<HTMLAnchorElement>(recording.data);
  return (
    <div className="practice-unsaved" role="alert" data-testid="recording-unsaved">
      <ErrorNotice role={null}>{message}</ErrorNotice>
      <a className="button button-primary" ref={downloadRef} download={recordingFileName(recording)}>
        Download this recording
      </a>
    </div>
  );
}

function OutcomeNotice({ outcome, countError }: { outcome: Outcome | undefined; countError: string | undefined }) {
  return (
    <div role="status" data-testid="practice-outcome">
      {outcome?.kind === 'saved' ? (
        <p className="notice notice-info">
          <Icon name="check" />
          <span>Well done. Your recording is saved below.</span>
        </p>
      ) : outcome?.kind === 'counted' ? (
        <p className="notice notice-info">
          <Icon name="check" />
          <span>Well done. This practice is counted.</span>
        </p>
      ) : null}
      {outcome?.kind === 'unsaved' ? <UnsavedRecording message={outcome.message} recording={outcome.recording} /> : null}
      {countError ? <ErrorNotice>{countError}</ErrorNotice> : null}
    </div>
  );
}

/** One question's practice: the question and its tips, the countdown, the recordings. */
function PracticeSession({ guide, question }: { guide: Guide; question: Question }) {
  const recorder = useAnswerRecorder();
  const recordings = useRecordings(guide.id, question.id);
  const count = usePracticeCount(guide.id, question.id);
  const [choice, setChoice] = useState<RecordingChoice>('none');
  const [starting, setStarting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [countError, setCountError] = useState<string>();
  const countdownHeading = useRef<HTMLHeadingElement>(null);
  const { save } = recordings;

  const complete = useCallback(
    async (answeredMs: number) => {
      const take = await recorder.finish();
      let result: Outcome = { kind: 'counted' };
      if (take) {
        const recording: Recording = {
          id: crypto.randomUUID(),
          guideId: guide.id,
          questionId: question.id,
          kind: take.kind,
          mimeType: take.mimeType,
          durationMs: Math.min(RECORDING_MAX_MS, Math.round(answeredMs)),
          size: take.data.size,
          createdAt: Date.now(),
          data: take.data,
        };
        try {
          await save(recording);
          result = { kind: 'saved' };
        } catch (reason) {
          result = { kind: 'unsaved', message: recordingSaveFailure(reason), recording };
        }
      }
      setOutcome(result);
      try {
        await countPractice(guide.id, question.id);
      } catch (reason) {
        setCountError(`This practice could not be counted: ${storageFailureText(reason)}`);
      }
    },
    [recorder, save, guide.id, question.id],
  );

  // The recording follows the countdown: it runs while the answer does.
  const onPhase = useCallback(
    (next: PracticeTimer) => {
      if (next.phase === 'answer') {
        recorder.record();
        // Skipped to the answer while paused: the recording waits too.
        if (next.runningSince === undefined) recorder.pause();
      } else if (next.phase === 'done') {
        void complete(next.answeredMs);
        // The button pressed (or the running clock) is gone: the focus stays in the countdown.
        countdownHeading.current?.focus();
      }
    },
    [recorder, complete],
  );
  const timer = usePracticeTimer({ onPhase });

  const begin = async () => {
    if (starting) return;
    setOutcome(undefined);
    setCountError(undefined);
    if (choice !== 'none') {
      setStarting(true);
      // Without the devices the practice goes on: the recorder says why it cannot record.
      await recorder.prepare(choice);
      setStarting(false);
    }
    timer.start();
  };

  const practised = practisedLine(count.record);

  return (
    <>
      <header className="page-header practice-header">
        <p className="eyebrow">Practice · {guideLabel(guide)}</p>
        <h1 className="page-title">{question.text}</h1>
        <div className="chips">
          <span className="chip chip-quiet">{categoryLabel(question.category)}</span>
          <span className="chip chip-quiet">{question.fromSource ? 'Asked in the source' : 'Practice question'}</span>
        </div>
        <p className="muted" data-testid="practice-count">
          {practised ?? 'Not practised yet.'}
        </p>
        {count.error ? <ErrorNotice>{count.error}</ErrorNotice> : null}
      </header>

      <section className="card practice-card" aria-labelledby="practice-tips-title">
        <h2 id="practice-tips-title" className="section-title">
          Answer tips
        </h2>
        <AnswerTips question={question} />
      </section>

      <PracticeCountdown
        timer={timer}
        recorder={recorder}
        choice={choice}
        onChoice={setChoice}
        starting={starting}
        onStart={() => void begin()}
        onPause={() => {
          timer.pause();
          recorder.pause();
        }}
        onResume={() => {
          timer.resume();
          recorder.resume();
        }}
        onSkip={timer.skip}
        onRestart={() => {
          recorder.discard();
          setOutcome(undefined);
          timer.restart();
        }}
        headingRef={countdownHeading}
      />
      {recorder.problem ? (
        <div data-testid="practice-media-problem">
          <ErrorNotice>{recorder.problem}</ErrorNotice>
        </div>
      ) : null}
      <OutcomeNotice outcome={outcome} countError={countError} />

      <PracticeRecordings recordings={recordings} />
    </>
  );
}

/** The address names no question PrepPanel knows: say so, and offer the questions there are. */
function PracticeNotFound({ guide }: { guide: Guide | undefined }) {
  const guides = guide ? [guide] : GUIDES;
  return (
    <section className="card practice-card" aria-labelledby="practice-missing" data-testid="practice-not-found">
      <h1 id="practice-missing" className="page-title">
        {guide ? 'This question is not in the guide' : 'This practice page names no guide PrepPanel has'}
      </h1>
      <p>
        The address may be from an older version of PrepPanel, or cut short. Choose a question below, or open the side
        panel and press Practise beside any question.
      </p>
      {guides.map((entry) => (
        <nav key={entry.id} aria-label={`Questions of ${guideLabel(entry)}`}>
          <h2 className="section-title">{guideLabel(entry)}</h2>
          <ul className="practice-links">
            {entry.questions.map((candidate) => (
              <li key={candidate.id}>
                <a href={practicePath(entry.id, candidate.id)}>{candidate.text}</a>
              </li>
            ))}
          </ul>
        </nav>
      ))}
    </section>
  );
}

/**
 * The practice page (`practice.html?guide=…&question=…`), opened in a tab of its own from a
 * question in the side panel. Readable from 360 px up (a centred, width-limited column).
 */
export function PracticeApp({ target }: { target: PracticeTarget }) {
  return (
    <div className="app app-page app-practice">
      <BrandBar />
      <main className="page-main">
        {target.status === 'found' ? (
          <PracticeSession guide={target.guide} question={target.question} />
        ) : (
          <PracticeNotFound guide={target.guide} />
        )}
      </main>
    </div>
  );
}
