import { DB_NAME, openPrepDb } from '../../lib/storage/db';
import type { OpenDb } from '../../lib/storage/client';

/** The error a browser gives for a write when its storage for the extension is full. */
function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Opens the database as the stores do, with writes refused as a full disk refuses them. */
export const openWithFullDisk: OpenDb = (events) =>
  openPrepDb(DB_NAME, events).then(
    (db) =>
      new Proxy(db, {
        get(target, property) {
          if (property === 'put') return () => Promise.reject(quotaError());
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }),
  );
