// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOwnItems } from '../../../../../components/sidepanel/guide/use-own-items';
import { OwnItems } from '../../../../../components/sidepanel/guide/OwnItems';
import { OwnItemStore } from '../../../../../lib/storage/own-items';
import type { OwnItemList } from '../../../../../lib/storage/schema';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const GUIDE = 'amazon-data-scientist';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

function Own({ list, store, done = new Set(), onToggle = () => undefined }: {
  list: OwnItemList;
  store: OwnItemStore;
  done?: ReadonlySet<string>;
  onToggle?: (list: string, itemId: string, done: boolean) => void;
}) {
  const ownItems = useOwnItems(GUIDE, store);
  return <OwnItems list={list} ownItems={ownItems} done={done} disabled={false} onToggle={onToggle} />;
}

describe("the user's own checklist items", () => {
  it('adds an item, ticks it through the guide progress, and removes it', async () => {
    const store = new OwnItemStore();
    await store.add(GUIDE, 'questions', 'A question, in the other list');
    const onToggle = vi.fn();
    render(<Own list="checklist" store={store} onToggle={onToggle} />);

    const field = await screen.findByLabelText('Add an item of your own');
    fireEvent.change(field, { target: { value: 'Ask Sam about the team' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    const box = await screen.findByRole('checkbox', { name: 'Ask Sam about the team' });
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('A question, in the other list')).toBeNull();

    fireEvent.click(box);
    const [added] = (await store.list(GUIDE)).ownItems.filter((item) => item.list === 'checklist');
    expect(onToggle).toHaveBeenCalledWith('checklist', added!.id, true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('checkbox')).toBeNull());
    expect((await store.list(GUIDE)).ownItems.map((item) => item.list)).toEqual(['questions']);
  });

  it('keeps text that is too long in the field, with the reason, and stores nothing', async () => {
    const store = new OwnItemStore();
    render(<Own list="questions" store={store} />);
    const field = await screen.findByLabelText('Add a question of your own');
    fireEvent.change(field, { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not added: keep it under 500 characters.');
    expect((field as HTMLInputElement).value).toHaveLength(501);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await store.list(GUIDE)).toEqual({ ownItems: [], unreadable: 0 });
  });

  it('shows an item another view added', async () => {
    const store = new OwnItemStore();
    render(<Own list="questions" store={store} />);
    await screen.findByLabelText('Add a question of your own');
    await new OwnItemStore().add(GUIDE, 'questions', 'Why Seattle?');
    await screen.findByRole('checkbox', { name: 'Why Seattle?' });
  });
});
