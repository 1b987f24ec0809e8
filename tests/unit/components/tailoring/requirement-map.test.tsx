// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Tailoring } from '../../../../components/tailoring/use-tailoring';
import { RequirementMap } from '../../../../components/tailoring/RequirementMap';
import type { ListingRequirements } from '../../../../lib/job/detected-job';
import { MAX_REQUIREMENTS } from '../../../../lib/job/detected-job';
import { requirementId, type RequirementRow } from '../../../../lib/tailoring/requirements';

afterEach(cleanup);

/** A listing's tailoring held in memory, failing the way the real store does for a long requirement. */
function tailoringOf(rows: RequirementRow[]): Tailoring & { added: string[] } {
  const added: string[] = [];
  return {
    status: 'ready',
    rows,
    added,
    update: () => Promise.resolve(),
    add: (text) => {
      if (text.length > 400) return Promise.reject(new Error('Keep a requirement under 400 characters.'));
      added.push(text);
      return Promise.resolve();
    },
    remove: () => Promise.resolve(),
  };
}

const row = (text: string, kind: RequirementRow['kind'] = 'required'): RequirementRow => ({ id: requirementId(text), text, kind, done: false });

describe('the requirement map', () => {
  it('says so when the listing states no requirements, and offers to add them by hand', () => {
    render(<RequirementMap requirements={undefined} tailoring={tailoringOf([])} stories={[]} skills={[]} />);
    expect(screen.getByTestId('no-requirements').textContent).toContain('found no requirements');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByLabelText('Add a requirement')).toBeTruthy();
  });

  it('lists the first hundred of 300 bullet points and says how many more the listing has', () => {
    const texts = Array.from({ length: MAX_REQUIREMENTS }, (_, index) => `Requirement number ${index + 1}`);
    const requirements: ListingRequirements = { items: texts.map((text) => ({ text, kind: 'required' })), omitted: 200, source: 'page-markup' };
    render(<RequirementMap requirements={requirements} tailoring={tailoringOf(texts.map((text) => row(text)))} stories={[]} skills={[]} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(MAX_REQUIREMENTS);
    expect(screen.getByRole('note').textContent).toContain('states 300 requirement lines; the first 100 are listed');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('0 of 100');
  });

  it('shows markup in a requirement as text', () => {
    const text = '<img src=x onerror="alert(1)"> Experience with <b>SQL</b>';
    const { container } = render(<RequirementMap requirements={undefined} tailoring={tailoringOf([row(text)])} stories={[]} skills={[]} />);
    expect(screen.getByLabelText(text)).toBeTruthy();
    expect(container.querySelectorAll('img, b')).toHaveLength(0);
  });

  it("isolates each requirement's text, so a right-to-left override in one cannot reorder the view", () => {
    const text = 'Experience with SQL\u202e';
    render(<RequirementMap requirements={undefined} tailoring={tailoringOf([row(text)])} stories={[]} skills={[]} />);
    const label = screen.getByLabelText(text).closest('li')!.querySelector('label')!;
    expect(Array.from(label.children, (child) => [child.tagName, child.textContent])).toEqual([['BDI', text]]);
  });

  it('keeps a requirement that cannot be added in the field, with the reason', async () => {
    const tailoring = tailoringOf([]);
    render(<RequirementMap requirements={undefined} tailoring={tailoring} stories={[]} skills={[]} />);
    const field = screen.getByLabelText<HTMLInputElement>('Add a requirement');
    const tooLong = 'x'.repeat(401);
    fireEvent.change(field, { target: { value: tooLong } });
    fireEvent.click(screen.getByRole('button', { name: 'Add requirement' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Keep a requirement under 400 characters.');
    expect(field.value).toBe(tooLong);
    expect(tailoring.added).toEqual([]);

    fireEvent.change(field, { target: { value: 'Can visit Seattle quarterly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add requirement' }));
    await waitFor(() => expect(field.value).toBe(''));
    expect(tailoring.added).toEqual(['Can visit Seattle quarterly']);
  });

  it('closes the evidence editor on Escape, back on the button that opened it, saving nothing', async () => {
    const tailoring = tailoringOf([row('SQL')]);
    const updates: unknown[] = [];
    tailoring.update = (_row, change) => {
      updates.push(change);
      return Promise.resolve();
    };
    render(<RequirementMap requirements={undefined} tailoring={tailoring} stories={[]} skills={[]} />);
    const addEvidence = screen.getByRole('button', { name: 'Add evidence' });
    fireEvent.click(addEvidence);
    const note = screen.getByLabelText('Note');
    fireEvent.change(note, { target: { value: 'Five years of SQL' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Note')).toBeNull());
    expect(document.activeElement).toBe(addEvidence);
    expect(updates).toEqual([]);
  });

  it('groups requirements as the listing states them', () => {
    const rows = [row('SQL'), row('PyTorch', 'preferred'), row('Own laptop', 'added')];
    render(<RequirementMap requirements={undefined} tailoring={tailoringOf(rows)} stories={[]} skills={['SQL', 'PyTorch']} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Skills it names', 'Required 1', 'Preferred 1', 'Added by you 1']);
    expect(within(screen.getByRole('list', { name: 'Skills the listing names' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SQL',
      'PyTorch',
    ]);
    expect(screen.getAllByRole('button', { name: 'Remove' })).toHaveLength(1);
  });
});
