// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApplicationsApp } from '../../../../components/applications/ApplicationsApp';
import type { KeptJob } from '../../../../lib/applications/applications';
import { ApplicationStore } from '../../../../lib/applications/store';
import { formatDay } from '../../../../lib/format';
import { QUOTA_MESSAGE } from '../../../../lib/storage/errors';
import { ProgressStore } from '../../../../lib/storage/progress';
import type { Application } from '../../../../lib/storage/schema';

// WXT's own mock of `wxt/browser` loads its build tools, which cannot run under jsdom (as in panel-states.test.tsx).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ADS: KeptJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads',
  jobId: '2812345',
  title: 'Data Scientist II, Amazon Ads',
  company: 'Amazon.com Services LLC',
  location: 'Seattle, WA, US',
};
const SPOTIFY: KeptJob = {
  site: 'Lever',
  url: 'https://jobs.lever.co/spotify/3f9c2a7e',
  jobId: '3f9c2a7e',
  title: 'Data Scientist - Personalization <b>now</b>',
  company: 'Spotify',
};

/** A store whose notes the disk refuses, as a full disk refuses them. */
class FullNotesStore extends ApplicationStore {
  override setNotes(): Promise<Application> {
    return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  }
}

beforeAll(() => {
  globalThis.indexedDB = new IDBFactory();
});

beforeEach(async () => {
  fakeBrowser.reset();
  const store = new ApplicationStore();
  for (const application of (await store.list()).applications) await store.remove(application.jobKey);
});

afterEach(() => {
  cleanup();
});

const card = (title: string) => screen.getByRole('article', { name: new RegExp(`^${title.slice(0, 20)}`) });

async function renderPage(store = new ApplicationStore()) {
  const view = render(<ApplicationsApp store={store} />);
  await waitFor(() => expect(screen.queryByText('Loading your applications…')).toBeNull());
  return view;
}

describe('the applications page', () => {
  it('says how to keep a job when none is kept', async () => {
    await renderPage();
    expect((await screen.findByTestId('applications-empty')).textContent).toContain(
      "No jobs kept yet: open a listing's guide or save a job from the popup",
    );
  });

  it('lists each kept job with its details as text, its dates and its preparation', async () => {
    const store = new ApplicationStore();
    await store.keep(ADS, 'amazon-data-scientist');
    await store.keep(SPOTIFY);
    await new ProgressStore().setDone('amazon-data-scientist', 'checklist', 'map-requirements', true);
    await renderPage(store);

    const ads = await screen.findByRole('article', { name: /Data Scientist II, Amazon Ads/ });
    const link = within(ads).getByTestId('application-link');
    expect(link.getAttribute('href')).toBe(ADS.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // The company PrepPanel knows, by its canonical name.
    expect(within(ads).getByTestId('application-company').textContent).toBe('Amazon');
    expect(ads.textContent).toContain('Seattle, WA, US');
    const saved = (await store.get('amazon.jobs:2812345'))!.statusDates.saved!;
    expect(within(ads).getByTestId('application-dates').textContent).toBe(`Saved ${formatDay(saved)}`);
    await waitFor(() => expect(within(ads).getByTestId('application-progress').textContent).toMatch(/^1\/\d+ ticked · 0 requirements covered$/));
    expect(within(ads).getByRole('button', { name: 'Open guide' })).toBeTruthy();

    const spotify = screen.getByRole('article', { name: /Personalization/ });
    // Page text is data: the markup in the title shows as text.
    expect(spotify.querySelector('b')).toBeNull();
    expect(within(spotify).getByTestId('application-link').textContent).toContain('<b>now</b>');
    await waitFor(() => expect(within(spotify).getByTestId('application-progress').textContent).toBe('No guide · 0 requirements covered'));
    expect(within(spotify).queryByRole('button', { name: 'Open guide' })).toBeNull();
  });

  it('isolates the page text of a job kept before it was cleaned, and lists its company without bidi controls', async () => {
    const store = new ApplicationStore();
    const reversed: KeptJob = { ...SPOTIFY, title: 'Data Scientist\u202e', company: 'Contoso\u202e Ltd', location: '\u202bOslo' };
    await store.keep(reversed);
    await renderPage(store);
    const job = await screen.findByRole('article', { name: /^Data Scientist/ });
    const link = within(job).getByTestId('application-link');
    // The title is isolated inside the link, so the link's icon and words stay where they are.
    expect(link.firstElementChild?.tagName).toBe('BDI');
    expect(link.firstElementChild?.textContent).toBe(reversed.title);
    expect(within(job).getByTestId('application-company').tagName).toBe('BDI');
    expect(Array.from(job.querySelectorAll('bdi'), (element) => element.textContent)).toEqual([reversed.title, reversed.company, reversed.location]);
    const companies = [...(screen.getByTestId('filter-company') as HTMLSelectElement).options].map((option) => option.text);
    expect(companies).toEqual(['Every company', 'Contoso Ltd (1)']);
  });

  it('sets a status with its date, and filters by status and by company', async () => {
    const store = new ApplicationStore();
    await store.keep(ADS, 'amazon-data-scientist');
    await store.keep(SPOTIFY);
    await renderPage(store);
    const ads = await screen.findByRole('article', { name: /Amazon Ads/ });

    fireEvent.change(within(ads).getByLabelText('Status'), { target: { value: 'applied' } });
    await waitFor(() => expect(within(ads).getByTestId('application-dates').textContent).toContain(' · Applied '));
    const applied = (await store.get('amazon.jobs:2812345'))!;
    expect(applied.status).toBe('applied');
    const { saved: savedAt, applied: appliedAt } = applied.statusDates;
    expect(within(ads).getByTestId('application-dates').textContent).toBe(`Saved ${formatDay(savedAt!)} · Applied ${formatDay(appliedAt!)}`);

    const statusFilter = screen.getByTestId('filter-status');
    expect([...(statusFilter as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'All (2)',
      'Saved (1)',
      'Applied (1)',
      'Interviewing (0)',
      'Offer (0)',
      'Rejected (0)',
      'Withdrawn (0)',
    ]);
    fireEvent.change(statusFilter, { target: { value: 'applied' } });
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('data-job'))).toEqual(['amazon.jobs:2812345']);
    expect(screen.getByTestId('applications-count').textContent).toBe('Showing 1 of 2 jobs');

    fireEvent.change(statusFilter, { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-company'), { target: { value: 'spotify' } });
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('data-job'))).toEqual(['Lever:3f9c2a7e']);

    fireEvent.change(statusFilter, { target: { value: 'offer' } });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show every job' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('saves notes on leaving the field, and keeps what was typed when saving fails', async () => {
    const store = new ApplicationStore();
    await store.keep(ADS);
    await renderPage(store);
    const notes = within(await screen.findByRole('article', { name: /Amazon Ads/ })).getByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Recruiter: Jo' } });
    fireEvent.blur(notes);
    await waitFor(async () => expect((await store.get('amazon.jobs:2812345'))?.notes).toBe('Recruiter: Jo'));
    cleanup();

    await renderPage(new FullNotesStore());
    const ads = await screen.findByRole('article', { name: /Amazon Ads/ });
    const field = within(ads).getByLabelText<HTMLTextAreaElement>('Notes');
    expect(field.value).toBe('Recruiter: Jo');
    fireEvent.change(field, { target: { value: 'Recruiter: Jo. Call on Monday' } });
    fireEvent.click(within(ads).getByRole('button', { name: 'Save notes' }));
    const alert = await within(ads).findByRole('alert');
    expect(alert.textContent).toContain(QUOTA_MESSAGE);
    expect(field.value).toBe('Recruiter: Jo. Call on Monday');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await store.get('amazon.jobs:2812345'))?.notes).toBe('Recruiter: Jo');
  });

  it('shows a change made in another window, without overwriting notes being typed', async () => {
    const store = new ApplicationStore();
    await store.keep(ADS);
    await renderPage(store);
    const ads = await screen.findByRole('article', { name: /Amazon Ads/ });
    const field = within(ads).getByLabelText<HTMLTextAreaElement>('Notes');
    fireEvent.change(field, { target: { value: 'Typing…' } });

    const other = new ApplicationStore();
    await other.setJobStatus('amazon.jobs:2812345', 'interviewing');
    await other.setNotes('amazon.jobs:2812345', 'From the other window');
    await other.keep(SPOTIFY);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(() => expect(within(card('Data Scientist II, Amazon Ads')).getByLabelText<HTMLSelectElement>('Status').value).toBe('interviewing'));
    expect(within(card('Data Scientist II, Amazon Ads')).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Typing…');
  });

  it('removes a job only once the user confirms', async () => {
    const store = new ApplicationStore();
    await store.keep(ADS);
    await store.keep(SPOTIFY);
    await renderPage(store);
    const ads = await screen.findByRole('article', { name: /Amazon Ads/ });

    fireEvent.click(within(ads).getByRole('button', { name: 'Remove' }));
    const keep = within(ads).getByRole('button', { name: 'Keep it' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.keyDown(keep, { key: 'Escape' });
    expect(within(ads).queryByRole('button', { name: 'Remove job' })).toBeNull();
    expect(await store.get('amazon.jobs:2812345')).toBeDefined();

    fireEvent.click(within(ads).getByRole('button', { name: 'Remove' }));
    // In act: React runs every update and effect the click causes, so a render loop would never settle.
    await act(async () => {
      fireEvent.click(within(ads).getByRole('button', { name: 'Remove job' }));
    });
    await waitFor(() => expect(screen.getAllByRole('article').map((article) => article.getAttribute('data-job'))).toEqual(['Lever:3f9c2a7e']));
    expect(await store.get('amazon.jobs:2812345')).toBeUndefined();
  });
});
