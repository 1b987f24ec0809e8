import { useEffect, useMemo, useState } from 'react';
import { disableSite, enableSite, tabSite, type TabSite } from '../../lib/extension/site-access';
import { useMounted } from '../shared/live-load';

export type SiteAccess =
  | { status: 'unknown' }
  /** A plain-http site: PrepPanel asks for no access to unencrypted pages. */
  | { status: 'unencrypted'; host: string }
  | { status: 'enabled' | 'disabled'; pattern: string; host: string; error?: string; enable(): void; disable(): void };

/**
 * Whether PrepPanel may read the site open in a tab that no job-site script covers, and
 * the actions that change it. The tab's address is known from the toolbar click (activeTab).
 */
export function useSiteAccess(tabId: number | undefined, coveredBySiteScript: boolean): SiteAccess {
  const [site, setSite] = useState<TabSite>();
  const [error, setError] = useState<string>();
  const mounted = useMounted();

  useEffect(() => {
    if (tabId === undefined || coveredBySiteScript) return;
    let live = true;
    tabSite(tabId).then(
      (found) => live && found && setSite(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tabId, coveredBySiteScript]);

  return useMemo((): SiteAccess => {
    if (!site || tabId === undefined || coveredBySiteScript) return { status: 'unknown' };
    if (site.pattern === undefined) return { status: 'unencrypted', host: site.host };
    const { pattern } = site;
    const fail = (reason: unknown) => mounted() && setError(reason instanceof Error ? reason.message : String(reason));
    return {
      status: site.enabled ? 'enabled' : 'disabled',
      pattern,
      host: site.host,
      error,
      // Straight from the click: the browser asks the user only inside a user gesture.
      enable: () => {
        enableSite(pattern, tabId).then((granted) => {
          if (!mounted()) return;
          if (granted) setSite({ ...site, enabled: true });
          else setError(`PrepPanel was not given access to ${site.host}.`);
        }, fail);
      },
      disable: () => {
        disableSite(pattern).then(() => mounted() && setSite({ ...site, enabled: false }), fail);
      },
    };
  }, [site, tabId, coveredBySiteScript, error, mounted]);
}
