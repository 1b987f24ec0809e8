import { ErrorNotice } from '../shared/ErrorNotice';
import { type SiteAccess } from './use-site-access';

/**
 * On a site no job-site script covers (a company's own careers pages): let the user turn
 * PrepPanel on for that site only, or off again.
 */
export function SiteAccessControl({ access }: { access: SiteAccess }) {
  if (access.status === 'unknown') return null;
  if (access.status === 'unencrypted') {
    return (
      <div className="site-access" data-testid="site-access">
        <p className="muted">
          <bdi>{access.host}</bdi> is not encrypted (http), so PrepPanel cannot be turned on here. If the site also has an
          https:// address, open the job there.
        </p>
      </div>
    );
  }
  return (
    <div className="site-access" data-testid="site-access">
      {access.status === 'enabled' ? (
        <>
          <p className="muted">
            PrepPanel reads job postings on <strong>{access.host}</strong>.
          </p>
          <button type="button" className="button button-secondary button-block" onClick={access.disable}>
            Turn off on {access.host}
          </button>
        </>
      ) : (
        <>
          <p className="muted">
            Is this a company&rsquo;s careers site? PrepPanel can read its job postings if you allow it for{' '}
            <strong>{access.host}</strong> only.
          </p>
          <button type="button" className="button button-secondary button-block" onClick={access.enable}>
            Enable on {access.host}
          </button>
        </>
      )}
      {access.error ? <ErrorNotice>{access.error}</ErrorNotice> : null}
    </div>
  );
}
