import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMounted } from '../shared/live-load';
import { mediaProblemText, type RecordingChoice } from './practice-words';

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
