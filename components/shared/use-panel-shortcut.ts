import { useEffect, useState } from 'react';
import { panelShortcut } from '../../lib/extension/browser-ui';

/** The keyboard shortcut that opens the panel, as the user has set it (`undefined` while unknown). */
export function usePanelShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    let live = true;
    panelShortcut().then(
      (keys) => live && setShortcut(keys),
      () => live && setShortcut(''),
    );
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}
