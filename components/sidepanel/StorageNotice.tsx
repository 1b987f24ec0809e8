import { useStorageStatus } from './use-storage-status';
import { Icon } from '../shared/Icon';

/**
 * Said while the database upgrade of a newer PrepPanel waits for an older PrepPanel window
 * that still has the database open: nothing is lost, the panel loads once that window closes.
 */
export function StorageNotice() {
  const status = useStorageStatus();
  return (
    <div role="status" data-testid="storage-status">
      {status === 'waiting-for-old-window' ? (
        <p className="notice notice-info">
          <Icon name="clock" />
          <span>
            Waiting for an older PrepPanel window to close: PrepPanel was updated and needs that window closed before it
            can open your saved work. Close other PrepPanel panels or tabs; nothing is lost.
          </span>
        </p>
      ) : null}
    </div>
  );
}
