import { statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y-audit';
import { ChromiumDriver } from './drivers/chromium';
import { WAIT_MS, until } from './drivers/driver';
import { expectFocused, keyboardWithin } from './keyboard-nav';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const GUIDE = 'amazon-data-scientist';
/** How long each recorded answer lasts: long enough for the recorder to hand over data. */
const ANSWER_SECONDS = 2;
const MAX_PRESSES = 80;
const { tabTo } = keyboardWithin(MAX_PRESSES);

/** Waits until the answer countdown has run for ANSWER_SECONDS, as its progress bar says. */
async function answer(page: Page): Promise<void> {
  const used = page.getByRole('progressbar', { name: 'Answer time used' });
  await until(async () => Number(await used.getAttribute('aria-valuenow')), (seconds) => seconds >= ANSWER_SECONDS, 'the answer time');
}

/** Replaces getUserMedia in the page with one that fails as a browser does when the user refuses. */
function refuseMedia(): void {
  Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
    value: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
  });
}

describe('Chromium with a fake camera and microphone: practising a question out loud', () => {
  let browser: ChromiumDriver;
  let panel: Page;
  let practice: Page;
  let questionId: string;
  let questionText: string;

  const clock = () => practice.getByTestId('practice-clock');
  const recordingItems = () => practice.locator('[data-recording]');
  const practisedInPanel = () => panel.locator(`[data-practised="${questionId}"]`).textContent({ timeout: WAIT_MS });

  /** Starts a practice with `choice`, skips the preparation, answers for ANSWER_SECONDS and stops. */
  async function practise(choice: 'Microphone' | 'Camera and microphone' | "Don't record"): Promise<void> {
    await practice.getByLabel(choice, { exact: true }).check();
    await practice.getByRole('button', { name: 'Start', exact: true }).click();
    await practice.getByRole('button', { name: 'Skip preparation' }).click();
    await until(() => clock().textContent(), (text) => text?.startsWith('Answer') ?? false, 'the answer countdown');
    if (choice !== "Don't record") await practice.getByTestId('practice-recording-on').waitFor();
    await answer(practice);
    await practice.getByRole('button', { name: 'Stop answering' }).click();
    await until(() => clock().textContent(), (text) => text?.startsWith('Done') ?? false, 'the practice done');
    await practice.getByTestId('practice-outcome').getByText('Well done').waitFor();
    await practice.getByRole('button', { name: 'Practise again' }).click();
  }

  /** Waits until the media element has played some of the recording. */
  async function expectPlays(player: Locator): Promise<void> {
    await player.waitFor();
    await until(
      () => player.evaluate((media: HTMLMediaElement) => ({ time: media.currentTime, error: media.error?.message ?? null })),
      (state) => state.error !== null || state.time > 0,
      'the recording to play',
    ).then((state) => expect(state.error).toBeNull());
  }

  beforeAll(async () => {
    browser = await ChromiumDriver.launch({ fakeMedia: true });
    const { tabId } = await browser.openTab(LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens the question's practice page in a new tab from the side panel's Practise button", async () => {
    const practiseButton = panel.locator('[data-practise]').first();
    await practiseButton.waitFor();
    questionId = (await practiseButton.getAttribute('data-practise'))!;
    questionText = (await panel.locator(`#pp-questions-${questionId}-text`).textContent())!;
    // Never practised: no line at all.
    expect(await panel.locator(`[data-practised="${questionId}"]`).count()).toBe(0);

    const opened = browser.context.waitForEvent('page');
    await practiseButton.click();
    practice = await opened;
    await practice.getByRole('heading', { level: 1 }).waitFor();
    const url = new URL(practice.url());
    expect(url.pathname).toBe('/practice.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ guide: GUIDE, question: questionId });

    expect(await practice.getByRole('heading', { level: 1 }).textContent()).toBe(questionText);
    expect(await clock().textContent()).toBe('Prepare 0:30');
    const tips = await practice.locator('.tips').textContent();
    expect(tips).toContain('Why they ask it');
    expect(tips).toContain('How to answer');
    expect(await practice.getByLabel("Don't record").isChecked()).toBe(true);
    await practice.getByTestId('recordings-empty').waitFor();
    expect(await practice.getByTestId('practice-count').textContent()).toBe('Not practised yet.');
  });

  it('records an answer with the microphone, lists it with its length, plays it and downloads it', async () => {
    await practise('Microphone');
    const item = recordingItems().first();
    await item.waitFor();
    expect(await recordingItems().count()).toBe(1);
    expect(await item.getAttribute('data-kind')).toBe('audio');
    const length = (await item.getByTestId('recording-length').textContent())!;
    expect(length).toMatch(/^0:0[1-9]$/);
    expect(await practice.getByTestId('recording-usage').textContent()).toMatch(/^1 recording kept, [\d.]+ (bytes|KB|MB)/);

    await item.getByRole('button', { name: 'Play' }).click();
    await expectPlays(item.locator('audio'));

    const download = practice.waitForEvent('download');
    await item.getByRole('link', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^preppanel-${questionId}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.webm$`));
    expect(statSync(await file.path()).size).toBeGreaterThan(0);
  });

  it('shows in the side panel how often the question was practised', async () => {
    await until(practisedInPanel, (text) => text?.startsWith('Practised once, last on ') ?? false, 'the practised line');
    expect(await practice.getByTestId('practice-count').textContent()).toMatch(/^Practised once, last on (?:\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})$/);
  });

  it('deletes a recording only after the confirmation', async () => {
    const item = recordingItems().first();
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await item.getByRole('button', { name: 'Keep it' }).click();
    expect(await recordingItems().count()).toBe(1);

    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await item.getByRole('button', { name: 'Delete recording' }).click();
    await practice.getByTestId('recordings-empty').waitFor();
    expect(await practice.getByTestId('recording-usage').textContent()).toMatch(/^No recordings kept/);
    // A deleted recording does not undo the practice.
    expect(await practice.getByTestId('practice-count').textContent()).toMatch(/^Practised once/);
  });

  it('records with the camera and microphone: a live preview, then a video that plays', async () => {
    await practice.getByLabel('Camera and microphone', { exact: true }).check();
    await practice.getByRole('button', { name: 'Start', exact: true }).click();
    const preview = practice.locator('video.practice-preview');
    await until(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth), (width) => width > 0, 'the camera preview');
    await practice.getByRole('button', { name: 'Skip preparation' }).click();
    await practice.getByTestId('practice-recording-on').waitFor();
    await answer(practice);
    await practice.getByRole('button', { name: 'Stop answering' }).click();
    // The camera is let go once the answer is recorded.
    await preview.waitFor({ state: 'detached' });

    const item = recordingItems().first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('video');
    expect(await item.getByTestId('recording-length').textContent()).toMatch(/^0:0[1-9]$/);
    await item.getByRole('button', { name: 'Play' }).click();
    await expectPlays(item.locator('video'));
    await until(practisedInPanel, (text) => text?.startsWith('Practised twice') ?? false, 'the second practice counted');
  });

  it('counts a practice without recording, and keeps no recording for it', async () => {
    await practice.getByRole('button', { name: 'Practise again' }).click();
    await practise("Don't record");
    await until(practisedInPanel, (text) => text?.startsWith('Practised 3 times') ?? false, 'the third practice counted');
    expect(await recordingItems().count()).toBe(1);
  });

  it('says plainly when the microphone is refused, and the timer runs without it', async () => {
    const refused = await browser.context.newPage();
    await refused.addInitScript(refuseMedia);
    await refused.goto(practice.url());
    await refused.getByLabel('Microphone', { exact: true }).check();
    await refused.getByRole('button', { name: 'Start', exact: true }).click();
    const problem = refused.getByTestId('practice-media-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('permission was refused');
    expect(await problem.textContent()).toContain('The timer works without recording');

    const refusedClock = refused.getByTestId('practice-clock');
    await until(() => refusedClock.textContent(), (text) => text === 'Prepare 0:29', 'the preparation counting down');
    await refused.getByRole('button', { name: 'Pause' }).click();
    const paused = await refusedClock.textContent();
    expect(paused).toMatch(/^Prepare 0:2\d ?Paused$/);
    await refused.getByRole('button', { name: 'Resume' }).click();
    await refused.getByRole('button', { name: 'Skip preparation' }).click();
    await until(() => refusedClock.textContent(), (text) => text === 'Answer 2:00' || text === 'Answer 1:59', 'the answer countdown');
    expect(await refused.getByTestId('practice-recording-on').count()).toBe(0);
    await refused.close();
  });

  it('names an unknown question plainly and offers the questions there are', async () => {
    const lost = await browser.context.newPage();
    await lost.goto(new URL(`/practice.html?guide=${GUIDE}&question=no-such-question`, practice.url()).href);
    await lost.getByTestId('practice-not-found').waitFor();
    expect(await lost.getByRole('heading', { level: 1 }).textContent()).toBe('This question is not in the guide');
    await lost.getByRole('link', { name: questionText }).click();
    await lost.getByTestId('practice-clock').waitFor();
    expect(await lost.getByRole('heading', { level: 1 }).textContent()).toBe(questionText);

    await lost.goto(new URL('/practice.html?guide=%3Cb%3E&question=x', practice.url()).href);
    await lost.getByTestId('practice-not-found').waitFor();
    expect(await lost.getByRole('heading', { level: 1 }).textContent()).toBe('This practice page names no guide PrepPanel has');
    await expectAccessible(lost, 'practice page, not found');
    await lost.close();
  });

  it('practises, records, plays and deletes with the keyboard alone, with the focus visible', async () => {
    const page = practice;
    await page.reload();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByTestId('practice-clock').waitFor();
    await page.locator('[data-recording]').first().waitFor();
    const before = await page.locator('[data-recording]').count();

    await tabTo(page, page.getByLabel("Don't record"));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Microphone', { exact: true }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    const skipButton = page.getByRole('button', { name: 'Skip preparation' });
    await tabTo(page, skipButton);
    await page.keyboard.press('Enter');
    await page.getByTestId('practice-recording-on').waitFor();
    // The same button now stops the answer, and keeps the focus.
    await expectFocused(page.getByRole('button', { name: 'Stop answering' }), 'Stop answering');
    await answer(page);
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('heading', { name: 'Countdown' }), 'the countdown heading');
    await until(() => page.locator('[data-recording]').count(), (count) => count === before + 1, 'the new recording listed');

    const item = page.locator('[data-recording]').first();
    await tabTo(page, item.getByRole('button', { name: 'Play' }));
    await page.keyboard.press('Enter');
    await expectPlays(item.locator('audio'));

    const deleteButton = item.getByRole('button', { name: 'Delete', exact: true });
    await tabTo(page, deleteButton);
    await page.keyboard.press('Enter');
    await expectFocused(item.getByRole('button', { name: 'Keep it' }), 'Keep it');
    await page.keyboard.press('Escape');
    await expectFocused(deleteButton, 'Delete, after Escape');
    await page.keyboard.press('Enter');
    await tabTo(page, item.getByRole('button', { name: 'Delete recording' }));
    await page.keyboard.press('Enter');
    await until(() => page.locator('[data-recording]').count(), (count) => count === before, 'the recording deleted');
    await expectFocused(page.getByRole('heading', { name: 'Your recordings of this question' }), 'the recordings heading');
  });

  it('has no serious accessibility problem, light or dark, before the start, while answering and with recordings listed', async () => {
    const page = practice;
    await page.reload();
    await page.locator('[data-recording]').first().waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expectAccessible(page, 'practice page, before the start');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.getByLabel('Camera and microphone', { exact: true }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Skip preparation' }).click();
    await page.getByTestId('practice-recording-on').waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expectAccessible(page, 'practice page, answering');
  });
});
