// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JobHeader } from '../../../../components/sidepanel/JobHeader';
import { NoGuideState } from '../../../../components/sidepanel/NoGuideState';
import type { DetectedJob } from '../../../../lib/job/detected-job';

afterEach(cleanup);

/** A job as a panel may still hold it from before page text was cleaned: a title ending in a right-to-left override. */
const JOB: DetectedJob = {
  site: 'careers.contoso.example',
  url: 'https://careers.contoso.example/jobs/42',
  title: 'Data Scientist\u202e',
  company: 'Contoso Ltd\u202e',
  location: '\u202bSeattle, WA',
  source: 'json-ld',
  confidence: 'high',
};

/** The text of the `<bdi>` elements inside `root`, in order. */
const isolated = (root: Element) => Array.from(root.querySelectorAll('bdi'), (element) => element.textContent);

describe('page text in the side panel', () => {
  it("isolates the job header's title", () => {
    render(<JobHeader job={JOB} />);
    expect(isolated(screen.getByTestId('job-title'))).toEqual([JOB.title]);
  });

  it('isolates the title, company and location where no guide matches, and the words after them read on', () => {
    render(<NoGuideState job={JOB} reason="unknown-company" />);
    const state = screen.getByTestId('state-no-guide');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(isolated(heading)).toEqual([JOB.title, JOB.company]);
    expect(heading.textContent).toBe(`We don't have a guide for ${JOB.title} at ${JOB.company} yet`);
    expect(isolated(state)).toEqual([JOB.title, JOB.company, JOB.company, JOB.location]);
  });
});
