import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteOfPermission, sitePattern, userEnabledSites } from '../../../../lib/extension/site-access';

describe('the site a user can enable', () => {
  it.each([
    ['https://careers.contoso.example/jobs/123?ref=x', 'https://careers.contoso.example/*'],
    // No access to unencrypted pages is ever asked for.
    ['http://careers.contoso.example/jobs/123', undefined],
    ['chrome://extensions/', undefined],
    ['about:blank', undefined],
    ['file:///tmp/job.html', undefined],
    [undefined, undefined],
    ['not a url', undefined],
  ])('%s is %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });
});

describe('the site a granted permission names', () => {
  it.each([
    ['https://careers.contoso.example/*', { pattern: 'https://careers.contoso.example/*', host: 'careers.contoso.example' }],
    ['http://localhost/*', undefined],
    ['https://*.lever.co/*', undefined],
    ['https://jobs.example/careers/*', undefined],
    ['<all_urls>', undefined],
  ])('%s', (pattern, site) => {
    expect(siteOfPermission(pattern)).toEqual(site);
  });
});

describe('the sites the settings page lists', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('are the granted single sites by host, without the job sites the manifest covers', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['https://jobs.lever.co/*', 'https://careers.zeta.example/*', 'http://apply.alpha.example/*', 'https://*.myworkdayjobs.com/*'],
      permissions: [],
    });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'PrepPanel',
      version: '0.1.0',
      content_scripts: [{ matches: ['https://jobs.lever.co/*'], js: ['content-scripts/lever.js'] }],
    });
    expect(await userEnabledSites()).toEqual([
      { pattern: 'https://careers.zeta.example/*', host: 'careers.zeta.example' },
    ]);
  });
});
