import { useCallback, useEffect, useMemo, useState } from 'react';
import { disableSite, userEnabledSites, watchSitePermissions, type EnabledSite } from '../../lib/extension/site-access';
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
      userEnabledSites().then(
        (found) => {
          if (!live) return;
          setSites(found);
          setLoadError(undefined);
        },
        (reason: unknown) => live && setLoadError(`The enabled sites could not be read: ${failureText(reason)}`),
      );
    void load();
    const stop = watchSitePermissions(() => void load());
    return () => {
      live = false;
      stop();
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
