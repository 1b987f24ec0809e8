import { useId, useRef, useState } from 'react';
import { formatBytes, formatDateTime } from '../../lib/format';
import { formatClock } from '../../lib/practice/timer';
import type { Recording } from '../../lib/storage/schema';
import { ConfirmBox } from '../shared/ConfirmBox';
import { ErrorNotice } from '../shared/ErrorNotice';
import { recordingFileName } from '../../lib/practice/recordings';
import { useObjectUrlRef, type RecordingsState, type StorageEstimate } from './use-recordings';
import type { RecordingUsage } from '../../lib/practice/store';
import { plural } from '../shared/wording';

/** The recordings' bytes, and everything PrepPanel keeps against what the browser allows it. */
function RecordingUsageLine({ usage, estimate }: { usage: RecordingUsage; estimate: StorageEstimate | undefined }) {
  const share = estimate && estimate.quota > 0 ? Math.min(100, (estimate.usage / estimate.quota) * 100) : 0;
  return (
    <div className="practice-usage" data-testid="recording-usage">
      <p>
        {usage.count === 0 ? 'No recordings kept' : `${plural(usage.count, 'recording')} kept, ${formatBytes(usage.bytes)}`}, for
        every question.{' '}
        {estimate
          ? `PrepPanel uses ${formatBytes(estimate.usage)} of the ${formatBytes(estimate.quota)} this browser allows it.`
          : 'This browser does not say how much space PrepPanel may use.'}
      </p>
      {estimate ? (
        <span className="progress-track" aria-hidden="true">
          <span className="progress-fill" style={{ width: `${Math.max(share, estimate.usage > 0 ? 1 : 0)}%` }} />
        </span>
      ) : null}
    </div>
  );
}

function RecordingItem({ recording, onDelete }: { recording: Recording; onDelete: (id: string) => Promise<void> }) {
  const ids = useId();
  const [playing, setPlaying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string>();
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Each element has its own object URL, revoked when it goes.
  const downloadRef = useObjectUrlRef<HTMLAnchorElement>(recording.data);
  const playerRef = useObjectUrlRef<HTMLMediaElement>(recording.data);
  const titleId = `${ids}-title`;

  const keep = () => {
    setConfirming(false);
    deleteButton.current?.focus();
  };
  const confirmDelete = () => {
    if (deleting) return;
    setDeleting(true);
    setError(undefined);
    onDelete(recording.id).catch((reason: unknown) => {
      setDeleting(false);
      setError(`The recording could not be deleted: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };

  return (
    <li className="practice-recording-item" data-recording={recording.id} data-kind={recording.kind}>
      <p id={titleId} className="practice-recording-title">
        {recording.kind === 'video' ? 'Video' : 'Audio'}, {formatDateTime(recording.createdAt)}
      </p>
      <p className="muted practice-recording-meta">
        Length <span data-testid="recording-length">{formatClock(recording.durationMs)}</span>, {formatBytes(recording.size)}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={titleId}
          aria-expanded={playing}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? 'Hide player' : 'Play'}
        </button>
        <a className="button button-quiet button-small" ref={downloadRef} download={recordingFileName(recording)} aria-describedby={titleId}>
          Download
        </a>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-describedby={titleId}
          ref={deleteButton}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      </div>
      {playing && recording.kind === 'video' ? (
        <video className="practice-player practice-player-video" ref={playerRef} controls autoPlay playsInline aria-labelledby={titleId} />
      ) : playing ? (
        <audio className="practice-player practice-player-audio" ref={playerRef} controls autoPlay aria-labelledby={titleId} />
      ) : null}
      {confirming ? (
        <ConfirmBox
          id={`${ids}-confirm`}
          question="Delete this recording? It cannot be brought back."
          confirmLabel="Delete recording"
          busy={deleting}
          onConfirm={confirmDelete}
          onKeep={keep}
        />
      ) : null}
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
    </li>
  );
}

/** The question's recordings, newest first: play, download or delete each. */
export function PracticeRecordings({ recordings }: { recordings: RecordingsState }) {
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = async (id: string) => {
    await recordings.remove(id);
    // The item pressed is gone: the focus goes back to the section, not to the page's top.
    heading.current?.focus();
  };

  return (
    <section className="card practice-card" aria-labelledby={`${ids}-title`} data-testid="practice-recordings">
      <h2 id={`${ids}-title`} className="section-title" tabIndex={-1} ref={heading}>
        Your recordings of this question
      </h2>
      {recordings.notice ? <ErrorNotice>{recordings.notice}</ErrorNotice> : null}
      {recordings.status === 'loading' ? (
        <div role="status" className="practice-loading">
          <span className="visually-hidden">Reading your recordings…</span>
          <span className="skeleton skeleton-line" aria-hidden="true" />
        </div>
      ) : recordings.status === 'ready' ? (
        <>
          {recordings.usage ? <RecordingUsageLine usage={recordings.usage} estimate={recordings.estimate} /> : null}
          {recordings.recordings.length === 0 ? (
            <p className="practice-empty" data-testid="recordings-empty">
              No recordings of this question yet. Choose Microphone, or Camera and microphone, before you start to record
              your answer.
            </p>
          ) : (
            <ul className="practice-recording-list">
              {recordings.recordings.map((recording) => (
                <RecordingItem key={recording.id} recording={recording} onDelete={remove} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
