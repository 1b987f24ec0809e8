// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PopupJobSummary } from '../../../../components/popup/PopupJobSummary';
import type { DetectedJob } from '../../../../lib/job/detected-job';

// WXT's own mock of `wxt/browser` loads its build tools, which cannot run under jsdom (as in panel-states.test.tsx).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

beforeAll(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(cleanup);

describe("the popup's job summary", () => {
  it('isolates the title a page gave, so it cannot reorder what follows', () => {
    const job: DetectedJob = {
      site: 'careers.contoso.example',
      url: 'https://careers.contoso.example/jobs/42',
      title: 'Data Scientist\u202e',
      company: 'Contoso Ltd',
      source: 'json-ld',
      confidence: 'high',
    };
    render(<PopupJobSummary job={job} match={undefined} />);
    const title = screen.getByRole('heading', { level: 1 });
    expect(Array.from(title.children, (child) => [child.tagName, child.textContent])).toEqual([['BDI', job.title]]);
  });
});
