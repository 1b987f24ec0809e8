import { describe, expect, it } from 'vitest';
import { siteOfPermission, sitePattern } from '../../../../lib/extension/site-access';

describe('the site a user can enable', () => {
  it.each([
    ['https://careers.contoso.example/jobs/123?ref=x', 'https://careers.contoso.example/*'],
    ['http://localhost:8080/job', 'http://localhost/*'],
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
    ['https://careers.contoso.example/*', { pattern: 'https://careers.contoso.example/*', host: 'careers.contoso.example', insecure: false }],
    ['http://localhost/*', { pattern: 'http://localhost/*', host: 'localhost', insecure: true }],
    ['https://*.lever.co/*', undefined],
    ['https://jobs.example/careers/*', undefined],
    ['<all_urls>', undefined],
  ])('%s', (pattern, site) => {
    expect(siteOfPermission(pattern)).toEqual(site);
  });
});
