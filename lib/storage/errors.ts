/** Whether the browser refused a write because PrepPanel's storage is full. */
export function isQuotaError(reason: unknown): boolean {
  const name = (reason as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export const QUOTA_MESSAGE =
  'Your browser refused to store more: the space it gives PrepPanel on this computer is full. ' +
  'Everything saved before is kept. Free some disk space, or delete stories you no longer need, and try again.';

/** A storage failure in words a user can act on (the error's own message otherwise). */
export function storageFailureText(reason: unknown): string {
  if (isQuotaError(reason)) return QUOTA_MESSAGE;
  return reason instanceof Error ? reason.message : String(reason);
}
