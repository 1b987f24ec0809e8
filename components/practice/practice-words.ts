import type { PracticeRecord } from '../../lib/storage/schema';
import { formatDay } from '../../lib/format';
import { failureText } from '../shared/failure-text';

/** "Practised 3 times, last on 25 Nov"; nothing when never practised. */
export function practisedLine(record: PracticeRecord | undefined, now = Date.now()): string | undefined {
  if (!record || record.count === 0) return undefined;
  const times = record.count === 1 ? 'once' : record.count === 2 ? 'twice' : `${record.count} times`;
  return `Practised ${times}, last on ${formatDay(record.lastAt, now)}`;
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
