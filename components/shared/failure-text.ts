import { storageFailureText } from '../../lib/storage/errors';
import { plural } from './wording';

/**
 * A message for a failure, in words: a full store is said plainly, otherwise the error's
 * own message when it has one.
 */
export function failureText(reason: unknown): string {
  return storageFailureText(reason);
}

/**
 * How many stored records could not be read, said so the user knows they were not deleted:
 * "1 saved story could not be read and was left untouched."
 */
export function unreadableNotice(count: number, one: string, many: string): string | undefined {
  if (count === 0) return undefined;
  return `${plural(count, `saved ${one}`, `saved ${many}`)} could not be read and ${count === 1 ? 'was' : 'were'} left untouched.`;
}
