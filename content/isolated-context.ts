import { browser } from 'wxt/browser';

/** How often to compare addresses where the browser has no Navigation API (Firefox 140). */
const ADDRESS_POLL_MS = 500;

/**
 * A content script's lifetime and the page's in-page navigation, kept in the script's
 * isolated world: it posts nothing to the page and trusts no event a page can dispatch.
 * (WXT's own context posts a "script started" message and dispatches events on the page's
 * window and document, which tell every page that PrepPanel is installed and which a page
 * can forge; wxt.config.ts swaps it for a stand-in.)
 */
export class IsolatedContext {
  readonly #lifetime = new AbortController();

  /**
   * A script left behind by an extension update or reload has lost its extension context:
   * the browser takes its runtime id away. It then stops on its own.
   */
  get isInvalid(): boolean {
    if (!this.#lifetime.signal.aborted && browser.runtime?.id == null) this.#lifetime.abort();
    return this.#lifetime.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.#lifetime.signal.addEventListener('abort', callback);
  }

  /** `setTimeout` that does nothing once the script is invalid. */
  setTimeout(handler: () => void, timeout: number): number {
    return window.setTimeout(() => !this.isInvalid && handler(), timeout);
  }

  /**
   * Calls `handler` after each in-page navigation (a single-page site moving to another
   * job). The address itself is the evidence: an event a page forges changes nothing
   * unless the address really changed, which the page could do anyway.
   */
  onAddressChange(handler: () => void): void {
    const { signal } = this.#lifetime;
    let lastAddress = location.href;
    const check = () => {
      if (this.isInvalid || location.href === lastAddress) return;
      lastAddress = location.href;
      handler();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) {
      // After the entry changed, when `location` already holds the new address.
      navigation.addEventListener('currententrychange', check, { signal });
    } else {
      const poll = window.setInterval(check, ADDRESS_POLL_MS);
      this.onInvalidated(() => window.clearInterval(poll));
      // Back and forward need not wait for the next poll.
      window.addEventListener('popstate', check, { signal });
    }
  }
}
