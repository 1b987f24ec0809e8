import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../content/adapters';
import { KNOWN_JOB_PARAMETERS, listingAddress, trimmedKeptAddress } from '../../../../lib/job/listing-address';

describe('the address kept for a listing', () => {
  it('keeps origin and path, and only the parameters that name the job', () => {
    const url = new URL('https://uk.indeed.com/viewjob?from=serp&jk=8c1f2a9b3d4e5f60&utm_source=x&keywords=my+secret#frag');
    expect(listingAddress(url, ['jk', 'vjk'])).toBe('https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60');
  });

  it('keeps no query, fragment or credentials when the path names the job', () => {
    const url = new URL('https://me:secret@jobs.lever.co:8443/acme/3f9c2a7e-0000-4000-8000-000000000000/apply?lever-source=LinkedIn#apply');
    expect(listingAddress(url, [])).toBe('https://jobs.lever.co:8443/acme/3f9c2a7e-0000-4000-8000-000000000000/apply');
  });

  it('keeps a job parameter as the page had it, encoded', () => {
    const url = new URL('https://careers.example/jobs?gh_jid=12%2034&gh_src=abc');
    expect(listingAddress(url, ['gh_jid'])).toBe('https://careers.example/jobs?gh_jid=12+34');
  });
});

describe('an address an older version kept', () => {
  it("keeps every site's job parameters, and nothing else", () => {
    expect(trimmedKeptAddress('https://www.glassdoor.com/job-listing/x.htm?jl=1009&utm_medium=email#top')).toBe(
      'https://www.glassdoor.com/job-listing/x.htm?jl=1009',
    );
    expect(trimmedKeptAddress('https://careers.contoso.example/open-roles?gh_jid=4455&src=ad')).toBe(
      'https://careers.contoso.example/open-roles?gh_jid=4455',
    );
    expect(trimmedKeptAddress('not an address')).toBeUndefined();
  });

  it("knows every adapter's job parameters", () => {
    for (const adapter of ADAPTERS) expect(KNOWN_JOB_PARAMETERS, adapter.id).toEqual(expect.arrayContaining([...adapter.jobParameters]));
  });
});
