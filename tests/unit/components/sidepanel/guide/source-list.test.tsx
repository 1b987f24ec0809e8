// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../../../../components/sidepanel/guide/SourceList';
import type { Source } from '../../../../../lib/guides/schema';

afterEach(cleanup);

describe('the sources of a guide', () => {
  it('shows the host each link leads to beside its label, whatever the label says', () => {
    const sources: Source[] = [
      { id: 'official', title: 'Amazon Jobs: official interview prep', url: 'https://interview-prep.example.net/amazon?ref=1', usedFor: 'The stages.' },
      { id: 'book', title: 'A book without a link', usedFor: 'The questions.' },
    ];
    render(<SourceList sources={sources} />);
    const [linked, unlinked] = screen.getAllByRole('listitem');
    const link = within(linked!).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://interview-prep.example.net/amazon?ref=1');
    expect(within(linked!).getByTestId('source-host').textContent).toBe('interview-prep.example.net');
    expect(linked!.querySelector('.source-title')!.textContent).toBe('Amazon Jobs: official interview prep (opens in a new tab) interview-prep.example.net');
    expect(within(unlinked!).queryByRole('link')).toBeNull();
    expect(within(unlinked!).queryByTestId('source-host')).toBeNull();
  });
});
