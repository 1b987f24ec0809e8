import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { JobDetectedMessage } from '../lib/messages';
import type { SiteAdapter } from './adapter';
import { recogniserFor, type PageReader } from './recognise';
import { watchPage } from './watch';

/**
 * The content script for some job sites (or, with `otherPages`, for pages the user
 * enabled): it reads the page, follows in-page navigation and reports to the background.
 * One script per site keeps each small: a page loads only its own site's adapter.
 */
export function jobContentScript(adapters: readonly SiteAdapter[], otherPages?: PageReader) {
  return defineContentScript({
    matches: adapters.flatMap((adapter) => adapter.matches),
    runAt: 'document_idle',
    main(ctx) {
      watchPage(ctx, recogniserFor(adapters, otherPages), ({ job, reason }) => {
        const message: JobDetectedMessage = { type: 'job-detected', job, ...(reason ? { reason } : {}) };
        // The background may be restarting; the next change reports again.
        browser.runtime.sendMessage(message).catch(() => undefined);
      });
    },
  });
}
