import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { JobDetectedMessage } from '../lib/extension/messages';
import type { SiteAdapter } from './adapter';
import { IsolatedContext } from './isolated-context';
import { recogniserFor, type PageReader } from './recognise';
import { watchPage } from './watch';

/**
 * The content script for some job sites (or, with `otherPages`, for pages the user
 * enabled): it reads the page, follows in-page navigation and reports to the background.
 * One script per site keeps each small: a page loads only its own site's adapter.
 */
export function jobContentScript(adapters: readonly SiteAdapter[], otherPages?: PageReader) {
  const excludeMatches = adapters.flatMap((adapter) => adapter.excludeMatches ?? []);
  return defineContentScript({
    // The generic script (no adapters) has no fixed sites: the background registers it for
    // the sites the user enabled.
    ...(adapters.length > 0
      ? {
          matches: adapters.flatMap((adapter) => adapter.matches),
          // Firefox refuses an empty list.
          ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
        }
      : { registration: 'runtime' as const }),
    runAt: 'document_idle',
    // WXT's context (its argument here) is a stand-in that does nothing: see ./isolated-context.ts.
    main() {
      // A page already read by one of our live scripts (a site script, or an earlier
      // injection) is not read twice; a script left behind by an extension update or reload
      // is invalid, and this one takes over. The flag lives in the extension's own world.
      const world = globalThis as { prepPanelReading?: IsolatedContext };
      if (world.prepPanelReading && !world.prepPanelReading.isInvalid) return;
      const ctx = new IsolatedContext();
      world.prepPanelReading = ctx;
      watchPage(ctx, recogniserFor(adapters, otherPages), ({ job, reason }) => {
        const message: JobDetectedMessage = { type: 'job-detected', job, ...(reason ? { reason } : {}) };
        // The background may be restarting (the next change reports again), or gone with an
        // update: an invalidated context throws at once instead of rejecting.
        try {
          browser.runtime.sendMessage(message).catch(() => undefined);
        } catch {
          // This script was left behind; watchPage stops it.
        }
      });
    },
  });
}
