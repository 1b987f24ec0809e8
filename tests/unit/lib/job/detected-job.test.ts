import { describe, expect, it } from 'vitest';
import { JobDetectedMessageSchema } from '../../../../lib/extension/messages';
import { DetectedJobSchema, MAX_SITE_LENGTH, jobKey, type DetectedJob } from '../../../../lib/job/detected-job';

/** A host name as long as DNS allows (253 characters, each label at most 63). */
const LONGEST_HOST = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`;

describe('a recognised job', () => {
  it('names a company career site by a host name as long as DNS allows', () => {
    expect(LONGEST_HOST).toHaveLength(MAX_SITE_LENGTH);
    const job: DetectedJob = {
      site: LONGEST_HOST,
      url: `https://${LONGEST_HOST}/careers/data-scientist`,
      title: 'Data Scientist',
      company: 'Contoso',
      source: 'json-ld',
      confidence: 'high',
    };
    expect(DetectedJobSchema.parse(job)).toEqual(job);
    expect(JobDetectedMessageSchema.safeParse({ type: 'job-detected', job }).success).toBe(true);
    expect(jobKey(job)).toBe(`${LONGEST_HOST}:https://${LONGEST_HOST}/careers/data-scientist`);
  });

  it('keys a listing by its site and job id, or by its address without query and fragment', () => {
    expect(jobKey({ site: 'Indeed', url: 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60', jobId: '8c1f2a9b3d4e5f60' })).toBe('Indeed:8c1f2a9b3d4e5f60');
    expect(jobKey({ site: 'careers.example', url: 'https://careers.example/jobs/42?utm_source=x#apply' })).toBe(
      'careers.example:https://careers.example/jobs/42',
    );
  });
});
