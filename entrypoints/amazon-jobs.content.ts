import { browser } from 'wxt/browser';
import { amazonJobs } from '../content/adapters/amazon-jobs';
import { recognise } from '../content/recognise';
import type { JobDetectedMessage } from '../lib/messages';

export default defineContentScript({
  matches: [...amazonJobs.matches],
  runAt: 'document_idle',
  main(ctx) {
    const report = () => {
      if (ctx.isInvalid) return;
      const { job, reason } = recognise(document, location.href);
      const message: JobDetectedMessage = { type: 'job-detected', job, ...(reason ? { reason } : {}) };
      // The background may be restarting; the next navigation reports again.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    report();
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
