import type { Extraction } from './adapter';
import type { IsolatedContext } from './isolated-context';
import type { Recogniser } from './recognise';

/** The slice of the content script's context (./isolated-context.ts) this module uses. */
export type ScriptContext = Pick<IsolatedContext, 'isInvalid' | 'setTimeout' | 'onInvalidated' | 'onAddressChange'>;

/** After an in-page navigation, how long the page may keep changing before we read it anyway. */
const SETTLE_QUIET_MS = 150;
const SETTLE_MAX_MS = 800;
/** How long to keep following late changes (a pane that renders after its data arrives). */
const FOLLOW_MS = 4000;

/**
 * Reads the page once now and again after every in-page navigation (single-page job
 * sites), reporting only when the result changes. After a navigation the old result is
 * withdrawn at once, and the page is read when its DOM has settled; a mutation observer
 * runs only in that short window, never for the life of the page.
 */
export function watchPage(ctx: ScriptContext, recognise: Recogniser, report: (extraction: Extraction) => void): void {
  // Only a change is reported: a page that moves many times before it settles (or keeps
  // pushing addresses) sends one withdrawal and one reading, not one of each per move.
  let lastReported = '';
  const reportChange = (extraction: Extraction) => {
    const key = JSON.stringify(extraction);
    if (key === lastReported) return;
    lastReported = key;
    report(extraction);
  };
  const read = () => {
    if (!ctx.isInvalid) reportChange(recognise(document, location.href));
  };

  let observer: MutationObserver | undefined;
  let generation = 0;
  const stopObserving = () => {
    observer?.disconnect();
    observer = undefined;
  };
  ctx.onInvalidated(stopObserving);

  const onNavigation = () => {
    stopObserving();
    // A script left behind by an extension update or reload (an invalid context) stays quiet.
    if (ctx.isInvalid) return;
    const current = ++generation;
    const isCurrent = () => current === generation && !ctx.isInvalid;
    // Never show the previous listing for the new address.
    reportChange({ job: null, reason: 'Reading the new page…' });

    const started = Date.now();
    let quietTimer = 0;
    let settled = false;
    const settle = () => {
      if (!isCurrent()) return;
      settled = true;
      read();
    };
    ctx.setTimeout(() => !settled && settle(), SETTLE_MAX_MS);
    observer = new MutationObserver(() => {
      if (!isCurrent() || Date.now() - started > FOLLOW_MS) return stopObserving();
      clearTimeout(quietTimer);
      quietTimer = ctx.setTimeout(settled ? read : settle, SETTLE_QUIET_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => isCurrent() && stopObserving(), FOLLOW_MS);
    quietTimer = ctx.setTimeout(settle, SETTLE_QUIET_MS);
  };

  read();
  ctx.onAddressChange(onNavigation);
}
