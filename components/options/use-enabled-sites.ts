import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { disableSite, siteOfPermission, type EnabledSite } from '../../lib/extension/site-access';
import { failureText } from '../shared/failure-text';
import { useMounted } from '../shared/live-load';

export type EnabledSites =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; sites: EnabledSite[]; error?: string; remove(site: EnabledSite): Promise<void> };

/** The sites the user has enabled, kept in step with permissions granted or removed elsewhere. */
export function useEnabledSites(): EnabledSites {
  const [sites, setSites] = useState<EnabledSite[]>();
  const [loadError, setLoadError] = useState<string>();
  const [removeError, setRemoveError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      browser.permissions.getAll().then(
        ({ origins = [] }) => {
          if (!live) return;
          // Chrome lists the job sites' content-script matches among the origins: not the user's doing.
          const covered = new Set(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []));
          const found = origins.flatMap((origin) => (covered.has(origin) ? [] : (siteOfPermission(origin) ?? [])));
          found.sort((a, b) => a.host.localeCompare(b.host));
          setSites(found);
          setLoadError(undefined);
        },
        (reason: unknown) => live && setLoadError(`The enabled sites could not be read: ${failureText(reason)}`),
      );
    void load();
    const reload = () => void load();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, [attempt]);

  const mounted = useMounted();
  const remove = useCallback(
    async (site: EnabledSite) => {
      setRemoveError(undefined);
      try {
        await disableSite(site.pattern);
        if (mounted()) setSites((current) => current?.filter((entry) => entry.pattern !== site.pattern));
      } catch (reason) {
        if (mounted()) setRemoveError(`${site.host} could not be removed: ${failureText(reason)}`);
      }
    },
    [mounted],
  );

  return useMemo((): EnabledSites => {
    if (loadError) return { status: 'error', message: loadError, retry: () => setAttempt((n) => n + 1) };
    if (!sites) return { status: 'loading' };
    return { status: 'ready', sites, error: removeError, remove };
  }, [sites, loadError, removeError, remove]);
}
