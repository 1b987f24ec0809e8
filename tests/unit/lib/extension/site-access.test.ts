import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../../lib/extension/site-access';

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
