import { Icon } from '../shared/Icon';

/** The tab a pinned panel followed was closed: say so, and offer the active tab instead. */
export function TabClosedState({ onFollowActive }: { onFollowActive: () => void }) {
  return (
    <div className="card empty-state" data-testid="state-tab-closed">
      <span className="empty-icon" aria-hidden="true">
        <Icon name="cross" />
      </span>
      <h1 className="empty-title">The tab this panel followed was closed</h1>
      <p>Your progress, stories and notes are saved and were not affected.</p>
      <button type="button" className="button button-secondary" onClick={onFollowActive} data-testid="follow-active-tab">
        Follow the active tab instead
      </button>
    </div>
  );
}
