// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PracticeApp } from '../../../../components/practice/PracticeApp';
import { QuestionCard } from '../../../../components/sidepanel/guide/QuestionCard';
import { mediaProblemText, practisedLine } from '../../../../components/practice/practice-words';
import { formatDay } from '../../../../lib/format';
import { recordingFileName } from '../../../../lib/practice/recordings';
import { guideById } from '../../../../lib/guides/catalog';
import { BUNDLED_LIBRARY } from '../../../../lib/guides/library';
import { practiceTarget } from '../../../../lib/extension/pages';
import { PracticeStore, RecordingStore } from '../../../../lib/practice/store';

// jsdom's Blob does not survive IndexedDB's structured clone; Node's does (as in a browser).
// Set before the schemas are built, so they check for the same Blob.
await vi.hoisted(async () => {
  const { Blob: NodeBlob } = await import('node:buffer');
  globalThis.Blob = NodeBlob as typeof Blob;
});

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const guide = guideById('amazon-data-scientist')!;
const question = guide.questions[0]!;
const SEARCH = `?guide=${guide.id}&question=${question.id}`;

/** A MediaRecorder that hands over one slice of "audio" when stopped. */
class FakeMediaRecorder {
  static started = 0;
  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  readonly mimeType = 'audio/webm;codecs=opus';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  start() {
    FakeMediaRecorder.started++;
    this.state = 'recording';
  }
  pause() {
    this.state = 'paused';
  }
  resume() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new Blob(['the answer'], { type: this.mimeType }) });
    this.onstop?.();
  }
}

const stoppedTracks: string[] = [];
function fakeStream(): MediaStream {
  return { getTracks: () => [{ stop: () => stoppedTracks.push('microphone') }] } as unknown as MediaStream;
}

function setMedia(getUserMedia: () => Promise<MediaStream>) {
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: vi.fn(getUserMedia) } });
  return (navigator.mediaDevices.getUserMedia as ReturnType<typeof vi.fn>);
}

const clock = () => screen.getByTestId('practice-clock').textContent;

beforeAll(() => {
  // The page's stores open the database once and keep it open for the whole file.
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  // jsdom has no object URLs.
  URL.createObjectURL = vi.fn(() => 'blob:chrome-extension://preppanel/recording');
  URL.revokeObjectURL = vi.fn();
});

beforeEach(() => {
  fakeBrowser.reset();
  FakeMediaRecorder.started = 0;
  stoppedTracks.length = 0;
  // Only the countdown's clock is faked: IndexedDB's own timers run as they do.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

describe('the practice page address', () => {
  it('names a guide and one of its questions, and nothing else', () => {
    expect(practiceTarget(SEARCH, BUNDLED_LIBRARY)).toEqual({ status: 'found', guide, question });
    expect(practiceTarget(`?guide=${guide.id}&question=no-such-question`, BUNDLED_LIBRARY)).toEqual({ status: 'not-found', guide });
    expect(practiceTarget(`?guide=${guide.id}`, BUNDLED_LIBRARY)).toEqual({ status: 'not-found', guide });
    expect(practiceTarget(`?guide=nope&question=${question.id}`, BUNDLED_LIBRARY)).toEqual({ status: 'not-found', guide: undefined });
    expect(practiceTarget('?guide=%3Cimg%20src%3Dx%3E&question=x', BUNDLED_LIBRARY)).toEqual({ status: 'not-found', guide: undefined });
    expect(practiceTarget('', BUNDLED_LIBRARY)).toEqual({ status: 'not-found', guide: undefined });
  });

  it('offers the questions of the guide when the question is unknown, as links, text as text', () => {
    render(<PracticeApp target={practiceTarget(`?guide=${guide.id}&question=gone`, BUNDLED_LIBRARY)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This question is not in the guide');
    const links = within(screen.getByRole('navigation')).getAllByRole('link');
    expect(links).toHaveLength(guide.questions.length);
    expect(links[0]?.getAttribute('href')).toBe(`/practice.html?guide=${guide.id}&question=${question.id}`);
    expect(links[0]?.textContent).toBe(question.text);
  });
});

describe('the words', () => {
  it('says how often and when last a question was practised, or nothing', () => {
    const now = new Date(2025, 10, 30).getTime();
    expect(practisedLine(undefined, now)).toBeUndefined();
    const record = { guideId: guide.id, questionId: question.id, lastAt: new Date(2025, 10, 25, 14).getTime() };
    // The date is the user's locale's ("25 Nov", "Nov 25"): tests/unit/lib/format.test.ts pins its forms.
    const day = formatDay(record.lastAt, now);
    expect(practisedLine({ ...record, count: 1 }, now)).toBe(`Practised once, last on ${day}`);
    expect(practisedLine({ ...record, count: 2 }, now)).toBe(`Practised twice, last on ${day}`);
    expect(practisedLine({ ...record, count: 3 }, now)).toBe(`Practised 3 times, last on ${day}`);
    const lastYear = new Date(2024, 0, 2).getTime();
    expect(practisedLine({ ...record, count: 3, lastAt: lastYear }, now)).toBe(`Practised 3 times, last on ${formatDay(lastYear, now)}`);
    expect(formatDay(lastYear, now)).toContain('2024');
  });

  it('names a downloaded recording after the question and the time', () => {
    const createdAt = new Date(2025, 10, 25, 9, 5).getTime();
    expect(recordingFileName({ questionId: 'why-amazon', createdAt, mimeType: 'audio/webm;codecs=opus' })).toBe(
      'preppanel-why-amazon-2025-11-25-0905.webm',
    );
    expect(recordingFileName({ questionId: 'why-amazon', createdAt, mimeType: 'video/mp4' })).toBe('preppanel-why-amazon-2025-11-25-0905.mp4');
  });

  it('says why recording cannot start, and that the timer still works', () => {
    const refused = mediaProblemText(new DOMException('denied', 'NotAllowedError'), 'video');
    expect(refused).toContain('camera and microphone');
    expect(refused).toContain('permission was refused');
    expect(mediaProblemText(new DOMException('none', 'NotFoundError'), 'audio')).toBe(
      'No microphone was found on this computer. The timer works without recording: practise out loud all the same.',
    );
    expect(mediaProblemText(new DOMException('busy', 'NotReadableError'), 'audio')).toContain('another program');
    expect(mediaProblemText(new Error('odd'), 'audio')).toContain('Recording could not start (odd)');
  });
});

describe('a practice', () => {
  it('counts down 30 s of preparation and 2 min of answer, pauses exactly, and counts the practice', async () => {
    const getUserMedia = setMedia(() => Promise.resolve(fakeStream()));
    render(<PracticeApp target={practiceTarget(SEARCH, BUNDLED_LIBRARY)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(question.text);
    expect(screen.getByText(question.howToAnswer)).toBeTruthy();
    expect(clock()).toBe('Prepare 0:30');

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(10_000);
    expect(clock()).toBe('Prepare 0:20');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    advance(60_000);
    expect(clock()).toBe('Prepare 0:20Paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    advance(20_000);
    expect(clock()).toBe('Answer 2:00');
    advance(60_000);
    expect(clock()).toBe('Answer 1:00');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('60');
    advance(60_000);
    expect(clock()).toBe('Done 0:00');

    await screen.findByText('Well done. This practice is counted.');
    await waitFor(() => expect(screen.getByTestId('practice-count').textContent).toMatch(/^Practised once, last on /));
    expect((await new PracticeStore().load(guide.id)).records.get(question.id)?.count).toBe(1);
    // Not asked to record: the devices were never asked for.
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('starts again from the beginning without counting', async () => {
    render(<PracticeApp target={practiceTarget(SEARCH, BUNDLED_LIBRARY)} />);
    await waitFor(() => expect(screen.getByTestId('practice-count').textContent).not.toBe(''));
    const before = (await new PracticeStore().load(guide.id)).records.get(question.id)?.count ?? 0;
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip preparation' }));
    advance(5_000);
    expect(clock()).toBe('Answer 1:55');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(clock()).toBe('Prepare 0:30');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect((await new PracticeStore().load(guide.id)).records.get(question.id)?.count ?? 0).toBe(before);
  });

  it('says so when the microphone is refused, and the countdown runs without recording', async () => {
    setMedia(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<PracticeApp target={practiceTarget(SEARCH, BUNDLED_LIBRARY)} />);
    fireEvent.click(screen.getByLabelText('Microphone'));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const problem = await screen.findByTestId('practice-media-problem');
    expect(problem.textContent).toContain('permission was refused');
    await screen.findByRole('button', { name: 'Pause' });
    advance(31_000);
    expect(clock()).toBe('Answer 1:59');
    expect(screen.queryByTestId('practice-recording-on')).toBeNull();
    expect(FakeMediaRecorder.started).toBe(0);
  });

  it('records only the answer, saves it with its length, and lets the microphone go', async () => {
    setMedia(() => Promise.resolve(fakeStream()));
    render(<PracticeApp target={practiceTarget(SEARCH, BUNDLED_LIBRARY)} />);
    fireEvent.click(screen.getByLabelText('Microphone'));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect(FakeMediaRecorder.started).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Skip preparation' }));
    expect(FakeMediaRecorder.started).toBe(1);
    expect(screen.getByTestId('practice-recording-on')).toBeTruthy();
    advance(42_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop answering' }));

    await screen.findByText('Well done. Your recording is saved below.');
    expect(stoppedTracks).toEqual(['microphone']);
    const [saved] = (await new RecordingStore().list(guide.id, question.id)).recordings;
    expect(saved).toMatchObject({ kind: 'audio', mimeType: 'audio/webm;codecs=opus', durationMs: 42_000, size: 10 });
    expect(await saved?.data.text()).toBe('the answer');
    const item = await screen.findByText(/^Audio, /);
    expect(item.closest('li')?.querySelector('[data-testid="recording-length"]')?.textContent).toBe('0:42');
  });

  it('offers the recording as a download when the browser refuses to store it, and keeps the earlier ones', async () => {
    const before = (await new RecordingStore().list(guide.id, question.id)).recordings.map((saved) => saved.id);
    vi.spyOn(RecordingStore.prototype, 'save').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    setMedia(() => Promise.resolve(fakeStream()));
    render(<PracticeApp target={practiceTarget(SEARCH, BUNDLED_LIBRARY)} />);
    fireEvent.click(screen.getByLabelText('Microphone'));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip preparation' }));
    advance(3_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop answering' }));

    const unsaved = await screen.findByTestId('recording-unsaved');
    expect(unsaved.getAttribute('role')).toBe('alert');
    expect(unsaved.textContent).toContain('the space it gives PrepPanel on this computer is full');
    expect(unsaved.textContent).toContain('Your earlier recordings are kept');
    const download = within(unsaved).getByRole('link', { name: 'Download this recording' });
    expect(download.getAttribute('href')).toBe('blob:chrome-extension://preppanel/recording');
    expect(download.getAttribute('download')).toMatch(new RegExp(`^preppanel-${question.id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.webm$`));

    vi.restoreAllMocks();
    expect((await new RecordingStore().list(guide.id, question.id)).recordings.map((saved) => saved.id)).toEqual(before);
  });
});

describe('a question in the side panel', () => {
  const later = guide.questions[1]!;

  function renderCard(disabled = false) {
    return render(
      <ul>
        <QuestionCard guideId={guide.id} question={later} number={2} prepared={false} disabled={disabled} tipsOpen={false} onToggleTips={() => {}} onToggle={() => {}} />
      </ul>,
    );
  }

  it('opens its practice page in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Practise' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/practice.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ guide: guide.id, question: later.id });
  });

  it('says nothing until practised, then how often and when last, kept in step with the practice page', async () => {
    const { container } = renderCard();
    const line = () => container.querySelector(`[data-practised="${later.id}"]`)?.textContent;
    // Give the load its chance: still nothing to say.
    await act(async () => {
      await new PracticeStore().load(guide.id);
    });
    expect(line()).toBeUndefined();

    await new PracticeStore().recordPractice(guide.id, later.id);
    await waitFor(() => expect(line()).toBe(`Practised once, last on ${formatDay(Date.now())}`));
    await new PracticeStore().recordPractice(guide.id, later.id);
    await waitFor(() => expect(line()).toMatch(/^Practised twice, last on /));
  });

  it('reads no count while the panel waits for its storage', async () => {
    const load = vi.spyOn(PracticeStore.prototype, 'load');
    renderCard(true);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Practise' })).toBeTruthy();
  });
});
