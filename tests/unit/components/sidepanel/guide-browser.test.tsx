// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { useState } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideBrowser } from '../../../../components/sidepanel/browse/GuideBrowser';
import { JobPanel } from '../../../../components/sidepanel/JobPanel';
import { SidePanelApp } from '../../../../components/sidepanel/SidePanelApp';
import { EVERY_GUIDE, type GuideQuery } from '../../../../lib/guides/search';
import { GUIDES, GUIDE_LAYERS, guideById } from '../../../../lib/guides/catalog';
import type { Guide } from '../../../../lib/guides/schema';
import type { DetectedJob } from '../../../../lib/job/detected-job';
import { matchGuide } from '../../../../lib/guides/matching';
import { PinStore } from '../../../../lib/storage/pins';
import { jobKey } from '../../../../lib/job/detected-job';
import { writeTabState } from '../../../../lib/extension/tab-state';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// The side panel renders every guide it shows: compact ones keep these tests fast.
vi.mock('../../../../lib/guides/catalog', async (importOriginal) => (await import('../../compact-guides')).compactCatalog(importOriginal));

const amazon = guideById('amazon-data-scientist')!;
const acme: Guide = {
  ...amazon,
  id: 'acme-data-analyst',
  company: { ...amazon.company, id: 'acme', name: 'Acme' },
  role: { family: 'data-analyst', name: 'Data Analyst' },
  title: 'Data Analyst at Acme',
  questions: [{ ...amazon.questions[0]!, id: 'dashboards', text: 'Which dashboard would you build first?' }],
};
const LAYERS = new Map([
  [amazon.id, GUIDE_LAYERS.get(amazon.id)!],
  [acme.id, { company: 'acme', role: 'data-analyst' }],
]);

beforeAll(() => {
  globalThis.indexedDB = new IDBFactory();
});
beforeEach(() => {
  fakeBrowser.reset();
  // jsdom does not scroll; the panel scrolls to the top as it changes views.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Browser({ onOpen = () => undefined, onUse }: { onOpen?: (id: string) => void; onUse?: (id: string) => void }) {
  const [query, setQuery] = useState<GuideQuery>(EVERY_GUIDE);
  return (
    <GuideBrowser
      onOpen={onOpen}
      query={query}
      onQuery={setQuery}
      guides={[amazon, acme]}
      layersOf={LAYERS}
      pinChoice={onUse ? { pinnedGuideId: acme.id, onUse } : undefined}
    />
  );
}

const cards = () => [...document.querySelectorAll('[data-guide]')].map((card) => card.getAttribute('data-guide'));
const count = () => screen.getByTestId('guide-search-count').textContent;

describe('the guide browser', () => {
  it('searches by words and filters by company and role, announcing the count', () => {
    render(<Browser />);
    expect(cards()).toEqual([amazon.id, acme.id]);
    expect(count()).toBe('2 guides');
    expect(screen.getByText('Acme process + general Data Analyst questions')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search guides' }), { target: { value: 'DASHBOARD' } });
    expect(cards()).toEqual([acme.id]);
    expect(count()).toBe('1 of 2 guides matches');
    expect(screen.getByText('Found in 1 question')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search guides' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: amazon.role.family } });
    expect(cards()).toEqual([amazon.id]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Company' }), { target: { value: 'acme' } });
    expect(cards()).toEqual([]);
    expect(count()).toBe('No guide matches');
  });

  it('says when nothing matches, and clears the search back to every guide with the focus in the box', () => {
    render(<Browser />);
    const box = screen.getByRole('searchbox', { name: 'Search guides' });
    fireEvent.change(box, { target: { value: 'astronaut' } });
    expect(screen.getByTestId('guide-search-empty').textContent).toContain('No guide matches astronaut.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(cards()).toEqual([amazon.id, acme.id]);
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
  });

  it('offers "Use for this job" for every guide but the pinned one', () => {
    const used: string[] = [];
    render(<Browser onUse={(id) => used.push(id)} />);
    expect(within(document.querySelector<HTMLElement>('.guide-entry:last-child')!).getByText('Pinned to this job')).toBeTruthy();
    const use = screen.getAllByRole('button', { name: /^Use for this job/ });
    expect(use).toHaveLength(1);
    fireEvent.click(use[0]!);
    expect(used).toEqual([amazon.id]);
  });

  it('offers no pinning away from a listing', () => {
    render(<Browser />);
    expect(screen.queryByRole('button', { name: /^Use for this job/ })).toBeNull();
  });
});

describe('pinning a guide to a listing in the side panel', () => {
  const TAB = 7;
  const job: DetectedJob = {
    site: 'amazon.jobs',
    url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist',
    title: 'Data Scientist II, Amazon Ads',
    company: 'Amazon.com Services LLC',
    location: 'Seattle, WA, US',
    jobId: '2812345',
    source: 'json-ld',
    confidence: 'high',
  };
  const provenance = () => screen.getByTestId('guide-provenance').textContent;
  // Role queries over the whole guide cost seconds in jsdom (each button's name reads every
  // label in the document): the buttons these tests use are asked for in the job's header.
  const header = () => within(screen.getByTestId('job-header'));

  it('browses from the guide, pins one, remembers it in another panel, and unpins', async () => {
    await writeTabState(TAB, { job, updatedAt: 1 });
    render(<SidePanelApp fixedTabId={TAB} />);
    await waitFor(() => expect(provenance()).toContain('exact match'));
    expect(provenance()).toContain("read from the page's structured data");

    fireEvent.click(header().getByRole('button', { name: 'Browse guides' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('guide-list-back')));
    fireEvent.click(document.querySelector(`[data-use-guide="${amazon.id}"]`)!);
    await waitFor(() => expect(provenance()).toContain('Guide pinned by you for this job'));
    // The focus moves once the pinned view has rendered.
    await waitFor(() => expect(document.activeElement).toBe(header().getByRole('button', { name: 'Unpin (use the recognised guide)' })));
    expect((await new PinStore().get(jobKey(job))).pin?.guideId).toBe(amazon.id);

    // Another panel on the same job shows the pin too.
    cleanup();
    render(<SidePanelApp fixedTabId={TAB} />);
    await waitFor(() => expect(provenance()).toContain('Guide pinned by you for this job'));

    await act(async () => {
      fireEvent.click(header().getByRole('button', { name: 'Unpin (use the recognised guide)' }));
    });
    await waitFor(() => expect(provenance()).toContain('exact match'));
    expect(screen.queryByTestId('unpin-guide')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(header().getByRole('button', { name: 'Browse guides' })));
    expect((await new PinStore().get(jobKey(job))).pin).toBeUndefined();
  });

  it('goes back from the list to the guide, with the focus on "Browse guides"', async () => {
    await writeTabState(TAB, { job, updatedAt: 1 });
    render(<SidePanelApp fixedTabId={TAB} />);
    await waitFor(() => expect(provenance()).toContain('exact match'));
    fireEvent.click(header().getByRole('button', { name: 'Browse guides' }));
    fireEvent.click(screen.getByTestId('guide-list-back'));
    expect(document.activeElement).toBe(header().getByRole('button', { name: 'Browse guides' }));
    expect(screen.queryByTestId('guide-browser')).toBeNull();
  });

  it('says which layers the recognised guide is made of', async () => {
    const recognised = matchGuide(job, GUIDES);
    if (recognised.kind !== 'exact') throw new Error('the Amazon listing should match a guide');
    const { guide } = recognised;
    const phrasings = [
      [recognised.layers, /^Guide: Amazon · Data Scientist \(Amazon process \+ Amazon Data Scientist specifics \+ general Data Scientist questions\) — exact match, read from/],
      [{ company: 'amazon', role: guide.role.family }, /^Guide: Amazon process \+ general Data Scientist questions — read from/],
      [{ role: guide.role.family }, /^Guide: the general Data Scientist guide: no guide for Amazon yet — read from/],
    ] as const;
    for (const [layers, phrase] of phrasings) {
      render(<JobPanel job={job} match={{ ...recognised, layers }} />);
      await waitFor(() => expect(provenance()).toMatch(phrase));
      cleanup();
    }
  });
});
