/** A quiet placeholder while the tab's job is read; announced once, politely. */
export function LoadingState({ label = 'Reading the job on this tab…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="visually-hidden">{label}</span>
      <div className="card skeleton-card" aria-hidden="true">
        <span className="skeleton skeleton-line short" />
        <span className="skeleton skeleton-line title" />
        <span className="skeleton skeleton-line" />
        <span className="skeleton skeleton-line medium" />
      </div>
      <div className="card skeleton-card" aria-hidden="true">
        <span className="skeleton skeleton-line medium" />
        <span className="skeleton skeleton-bar" />
      </div>
    </div>
  );
}
