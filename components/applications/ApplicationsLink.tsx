import { useState, type Ref } from 'react';
import { PAGES } from '../../lib/extension/pages';
import { openApplicationsPage } from '../../lib/extension/browser-ui';
import './applications.css';
import { Icon } from '../shared/Icon';
import { failureText } from '../shared/failure-text';

/**
 * "Your applications": opens the page of kept jobs in a new tab. A real link (it can be
 * opened with the browser's own link actions too), opened through the tabs API so the
 * popup and the side panel open it the same way.
 */
export function ApplicationsLink({ className, linkRef }: { className?: string; linkRef?: Ref<HTMLAnchorElement> }) {
  const [error, setError] = useState<string>();
  return (
    <>
      <a
        ref={linkRef}
        className={className ? `applications-link ${className}` : 'applications-link'}
        href={PAGES.applications}
        target="_blank"
        onClick={(event) => {
          event.preventDefault();
          setError(undefined);
          openApplicationsPage().catch((reason: unknown) =>
            setError(`The applications page could not be opened: ${failureText(reason)}`),
          );
        }}
      >
        <Icon name="layers" />
        Your applications
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
