// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryBank } from '../../../../components/stories/StoryBank';
import { STORY_PART_MAX } from '../../../../lib/storage/schema';
import { StoryStore } from '../../../../lib/stories/store';
import { readStoryDrafts } from '../../../../lib/stories/drafts';
import { GuideSchema, type Guide } from '../../../../lib/guides/schema';
import publishedGuide from '../../../fixtures/guides/amazon-data-scientist.json';

// The Amazon Data Scientist guide as first published: a fixed set of qualities and questions.
const guide: Guide = GuideSchema.parse(publishedGuide);
const MARKUP = '<img src=x onerror="alert(1)"><b>Bold</b> & more';

beforeAll(() => {
  // The panel's story store keeps its database open for the whole file.
  globalThis.indexedDB = new IDBFactory();
});

beforeEach(async () => {
  fakeBrowser.reset();
  const store = new StoryStore();
  for (const saved of (await store.load()).stories) await store.remove(saved.id);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderBank() {
  const view = render(<StoryBank guide={guide} />);
  await screen.findByText(/every job and guide/);
  await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'New story' }).disabled).toBe(false));
  return view;
}

function value(field: HTMLElement): string {
  return (field as HTMLInputElement | HTMLTextAreaElement).value;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('story bank', () => {
  it('shows every quality as a gap before the first story', async () => {
    await renderBank();
    expect(screen.getByTestId('stories-empty').textContent).toContain('No stories yet');
    expect(screen.getByTestId('coverage-summary').textContent).toContain('0 of 5 qualities have a story');
    const row = screen.getByTestId('coverage-grid').querySelector('[data-quality="customer-obsession"]')!;
    expect(row.getAttribute('data-covered')).toBe('false');
    expect(row.textContent).toContain('No story yet');
  });

  it('keeps what was typed when a part is too long, then saves a story with markup as text', async () => {
    await renderBank();
    fireEvent.click(screen.getByRole('button', { name: 'Write a story for Customer Obsession' }));
    const editor = screen.getByTestId('story-editor');
    expect(document.activeElement).toBe(within(editor).getByLabelText('Title'));
    expect(within(editor).getByLabelText<HTMLInputElement>('Customer Obsession').checked).toBe(true);

    type('Title', MARKUP);
    type('Situation', 's'.repeat(STORY_PART_MAX + 1));
    type('Outcome', 'Customers were happier');
    expect(editor.textContent).toContain('No number yet');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save story' }));

    const situation = within(editor).getByLabelText('Situation');
    expect(document.activeElement).toBe(situation);
    expect(situation.getAttribute('aria-invalid')).toBe('true');
    expect(within(editor).getByRole('alert').textContent).toContain('Situation: Keep it to 100,000 characters or fewer.');
    expect(editor.textContent).toContain('100,001 of 100,000 characters: 1 too many');
    expect(value(situation)).toBe('s'.repeat(STORY_PART_MAX + 1));
    expect(value(within(editor).getByLabelText('Title'))).toBe(MARKUP);

    type('Situation', 'A short situation.');
    expect(within(editor).queryByRole('alert')).toBeNull();
    fireEvent.click(within(editor).getByRole('button', { name: 'Save story' }));

    await waitFor(() => expect(screen.queryByTestId('story-editor')).toBeNull());
    const card = document.querySelector<HTMLElement>('[data-story]')!;
    expect(document.activeElement).toBe(card);
    expect(within(card).getByRole('heading').textContent).toBe(MARKUP);
    expect(card.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('coverage-grid').querySelector('[data-quality="customer-obsession"]')!.getAttribute('data-covered')).toBe('true');
    expect(await readStoryDrafts()).toEqual({});
  });

  it('restores a draft after the panel closes', async () => {
    const first = await renderBank();
    fireEvent.click(screen.getByRole('button', { name: 'New story' }));
    type('Title', 'Half written');
    first.unmount();
    await waitFor(async () => expect((await readStoryDrafts()).new?.form.title).toBe('Half written'));

    await renderBank();
    fireEvent.click(screen.getByRole('button', { name: 'New story' }));
    const editor = screen.getByTestId('story-editor');
    expect(editor.textContent).toContain('Draft restored');
    expect(value(within(editor).getByLabelText('Title'))).toBe('Half written');

    fireEvent.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(editor).getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByTestId('story-editor')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New story' }));
    await waitFor(async () => expect(await readStoryDrafts()).toEqual({}));
  });

  it('leaves an untouched editor on Escape, and asks first when it has changes', async () => {
    await renderBank();
    const newStory = screen.getByRole('button', { name: 'New story' });
    fireEvent.click(newStory);
    fireEvent.keyDown(within(screen.getByTestId('story-editor')).getByLabelText('Title'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('story-editor')).toBeNull());
    expect(document.activeElement).toBe(newStory);

    fireEvent.click(newStory);
    const editor = screen.getByTestId('story-editor');
    type('Title', 'Half written');
    fireEvent.keyDown(within(editor).getByLabelText('Title'), { key: 'Escape' });
    expect(document.activeElement).toBe(within(editor).getByRole('button', { name: 'Keep editing' }));
    // Escape again answers "Keep editing": nothing is lost.
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(within(editor).queryByRole('button', { name: 'Discard changes' })).toBeNull();
    expect(document.activeElement).toBe(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(value(within(editor).getByLabelText('Title'))).toBe('Half written');
  });

  it('keeps the form open with its text when storage refuses the story', async () => {
    vi.spyOn(StoryStore.prototype, 'save').mockRejectedValue(new Error('QuotaExceededError: the quota has been exceeded'));
    await renderBank();
    fireEvent.click(screen.getByRole('button', { name: 'New story' }));
    type('Title', 'Will not fit');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save story' }));
    });
    const editor = screen.getByTestId('story-editor');
    expect((await within(editor).findByRole('alert')).textContent).toContain('the quota has been exceeded');
    expect(value(within(editor).getByLabelText('Title'))).toBe('Will not fit');
  });

  it('asks before deleting, in place', async () => {
    await new StoryStore().save({
      id: 'to-delete',
      title: 'Old story',
      situation: 'x'.repeat(STORY_PART_MAX),
      task: '',
      action: '',
      result: '',
      outcome: 'Saved 3 hours',
      qualities: ['Earn Trust'],
      questions: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await renderBank();
    const card = await screen.findByRole('article', { name: 'Old story' });
    expect(card.textContent).not.toContain('x'.repeat(1_000));
    fireEvent.click(within(card).getByRole('button', { name: 'Show all' }));
    expect(within(card).getByRole('region').textContent).toContain('x'.repeat(STORY_PART_MAX));

    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Keep it' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Keep it' }));
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Delete' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(within(card).getByRole('button', { name: 'Keep it' }), { key: 'Escape' });
    expect(within(card).queryByRole('button', { name: 'Delete story' })).toBeNull();
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Delete' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Delete story' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New story' }));
  });
});
