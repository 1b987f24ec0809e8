import { browser } from 'wxt/browser';
import { ADAPTERS } from '../content/adapters';
import { watchPage } from '../content/watch';
import type { JobDetectedMessage } from '../lib/messages';

export default defineContentScript({
  matches: ADAPTERS.flatMap((adapter) => adapter.matches),
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx, ({ job, reason }) => {
      const message: JobDetectedMessage = { type: 'job-detected', job, ...(reason ? { reason } : {}) };
      // The background may be restarting; the next change reports again.
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  },
});
