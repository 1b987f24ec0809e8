// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IsolatedContext } from '../../../content/isolated-context';

// In jsdom, the real module loads esbuild's browser check: give the script the fake browser.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const START = location.href;

/** Gives the window a Navigation API (Chromium has one, Firefox 140 and jsdom do not). */
function withNavigationApi(): EventTarget {
  const navigation = new EventTarget();
  Object.assign(globalThis, { navigation });
  return navigation;
}

describe("a content script's isolated context", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'navigation');
    history.replaceState(null, '', START);
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('follows in-page navigation from the Navigation API, once per new address', () => {
    const navigation = withNavigationApi();
    const ctx = new IsolatedContext();
    const moves = vi.fn();
    ctx.onAddressChange(moves);

    history.pushState(null, '', '/jobs/1');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toHaveBeenCalledTimes(1);
    // The same address again (a replaceState of the state alone): nothing new.
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toHaveBeenCalledTimes(1);
  });

  it("ignores events a page forges, while the address stays the same", () => {
    const navigation = withNavigationApi();
    const ctx = new IsolatedContext();
    const moves = vi.fn();
    ctx.onAddressChange(moves);

    navigation.dispatchEvent(new Event('currententrychange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:linkedin:wxt:locationchange`));
    expect(moves).not.toHaveBeenCalled();
  });

  it('compares addresses on a timer where there is no Navigation API, and at once on back and forward', async () => {
    vi.useFakeTimers();
    const ctx = new IsolatedContext();
    const moves = vi.fn();
    ctx.onAddressChange(moves);

    // A page that pushes a thousand addresses between two looks is read once.
    for (let index = 0; index < 1000; index++) history.pushState(null, '', `/jobs/${index}`);
    await vi.advanceTimersByTimeAsync(600);
    expect(moves).toHaveBeenCalledTimes(1);

    history.back();
    await vi.waitFor(() => expect(location.pathname).toBe('/jobs/998'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(moves).toHaveBeenCalledTimes(2);
  });

  it('stops once the extension is gone (an update or reload), and says so', async () => {
    vi.useFakeTimers();
    const ctx = new IsolatedContext();
    const moves = vi.fn();
    const stopped = vi.fn();
    const later = vi.fn();
    ctx.onAddressChange(moves);
    ctx.onInvalidated(stopped);
    ctx.setTimeout(later, 100);
    expect(ctx.isInvalid).toBe(false);

    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    history.pushState(null, '', '/jobs/elsewhere');
    await vi.advanceTimersByTimeAsync(600);
    expect(moves).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
