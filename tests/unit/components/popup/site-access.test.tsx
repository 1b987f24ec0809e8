// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessControl } from '../../../../components/popup/SiteAccessControl';
import { useSiteAccess } from '../../../../components/popup/use-site-access';

// WXT's own mock of `wxt/browser` loads its build tools, which cannot run under jsdom (as in panel-states.test.tsx).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

function Control({ tabId }: { tabId: number }) {
  return <SiteAccessControl access={useSiteAccess(tabId, false)} />;
}

describe("the popup's site access", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('offers to enable an https careers site, for that site only', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://careers.contoso.example/jobs/123' });
    render(<Control tabId={tab.id!} />);
    expect(await screen.findByRole('button', { name: 'Enable on careers.contoso.example' })).toBeTruthy();
  });

  it('says why a plain-http site cannot be enabled, and offers nothing to click', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://careers.contoso.example/jobs/123' });
    render(<Control tabId={tab.id!} />);
    expect((await screen.findByTestId('site-access')).textContent).toContain('careers.contoso.example is not encrypted (http)');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
