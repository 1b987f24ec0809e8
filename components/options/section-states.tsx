import { useRef, useState } from 'react';
import { ErrorNotice } from '../shared/ErrorNotice';

/** A settings section while its list loads. */
export function SectionSkeleton({ label }: { label: string }) {
  return (
    <div className="options-loading" role="status">
      <span className="visually-hidden">{label}</span>
      <span className="skeleton skeleton-line medium" aria-hidden="true" />
      <span className="skeleton skeleton-line" aria-hidden="true" />
    </div>
  );
}

/** A settings section whose list could not be read, with the way to try again. */
export function RetryNotice({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div className="options-error" role="alert">
      <ErrorNotice role={null}>{message}</ErrorNotice>
      <button type="button" className="button button-secondary button-small" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

/**
 * Removing one row of a settings section's list: which row is going (its button disabled
 * meanwhile), then the focus back on the section's heading, since the button pressed is
 * gone with its row (not to the page's top). `remove` is undefined until the list is ready.
 */
export function useRowRemoval<Row>(keyOf: (row: Row) => string, remove: ((row: Row) => Promise<void>) | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<string>();
  const removeRow = (row: Row) => {
    if (!remove) return;
    setRemoving(keyOf(row));
    void remove(row).finally(() => {
      setRemoving(undefined);
      heading.current?.focus();
    });
  };
  return { heading, removing, removeRow };
}
