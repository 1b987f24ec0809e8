import type { Recording } from '../storage/schema';

/** `preppanel-tell-me-about-yourself-2025-11-25-1403.webm`: the question, the date, the file's kind. */
export function recordingFileName(recording: Pick<Recording, 'questionId' | 'createdAt' | 'mimeType'>): string {
  const date = new Date(recording.createdAt);
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  const subtype = /^[a-z]+\/([a-z0-9]+)/i.exec(recording.mimeType)?.[1]?.toLowerCase();
  const extension = subtype === 'mp4' ? 'mp4' : subtype === 'ogg' ? 'ogg' : 'webm';
  return `preppanel-${recording.questionId}-${stamp}.${extension}`;
}
