import { Icon } from './Icon';

/** Something failed while reading the tab. Nothing stored is touched; the user can retry. */
export function ErrorState({ message }: { message: string }) {
  return (
    <div className="card empty-state error-state" role="alert">
      <span className="empty-icon" aria-hidden="true">
        <Icon name="alert" />
      </span>
      <h1 className="empty-title">PrepPanel could not read this tab</h1>
      <p className="error-message">{message}</p>
      <p className="muted">Your saved progress is safe: nothing was changed or lost.</p>
      <button type="button" className="button button-secondary" onClick={() => location.reload()}>
        Try again
      </button>
    </div>
  );
}
