import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectedJob } from '../../../../lib/job/detected-job';
import { DataChangedSchema, RuntimeMessageSchema } from '../../../../lib/extension/messages';
import { announceChange, listenForChanges } from '../../../../lib/storage/changes';

const job: DetectedJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads',
  title: 'Data Scientist II, Amazon Ads',
  company: 'Amazon.com Services LLC',
  jobId: '2812345',
  source: 'json-ld',
  confidence: 'high',
};

describe('runtime messages', () => {
  it.each([
    ['a recognised job', { type: 'job-detected', job }],
    ['no job, with a reason', { type: 'job-detected', job: null, reason: 'This amazon.jobs page is not a job listing.' }],
    ['a site enabled in a tab', { type: 'site-enabled', tabId: 7 }],
  ])('parses %s', (_, message) => {
    expect(RuntimeMessageSchema.parse(message)).toEqual(message);
  });

  it.each([
    ['an unknown type', { type: 'open-everything', job }],
    ['no type', { job }],
    ['a job with a javascript: address', { type: 'job-detected', job: { ...job, url: 'javascript:alert(1)' } }],
    ['a job with a data: address', { type: 'job-detected', job: { ...job, url: 'data:text/html,<script>alert(1)</script>' } }],
    ['a job with an empty company', { type: 'job-detected', job: { ...job, company: '' } }],
    ['a job with an unknown source', { type: 'job-detected', job: { ...job, source: 'eval' } }],
    ['a job given as text', { type: 'job-detected', job: JSON.stringify(job) }],
    ['a reason over 300 characters', { type: 'job-detected', job: null, reason: 'x'.repeat(301) }],
    ['a negative tab', { type: 'site-enabled', tabId: -3 }],
    ['a tab that is not a whole number', { type: 'site-enabled', tabId: 2.5 }],
    ['a tab as text', { type: 'site-enabled', tabId: '7' }],
    ['an array', [{ type: 'site-enabled', tabId: 7 }]],
    ['null', null],
  ])('rejects %s', (_, message) => {
    expect(RuntimeMessageSchema.safeParse(message).success).toBe(false);
  });

  it('keeps no key it does not know, __proto__ included', () => {
    const parsed = RuntimeMessageSchema.parse(JSON.parse(`{"type":"site-enabled","tabId":7,"__proto__":{"polluted":true},"extra":1}`));
    expect(parsed).toEqual({ type: 'site-enabled', tabId: 7 });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('data-changed messages between views', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it('parses what announceChange sends, and nothing malformed', () => {
    expect(DataChangedSchema.parse({ type: 'data-changed', store: 'progress', scope: 'amazon-data-scientist' })).toBeTruthy();
    for (const malformed of [
      { type: 'data-changed', store: 'everything', scope: 'all' },
      { type: 'data-changed', store: 'progress', scope: '' },
      { type: 'data-changed', store: 'progress' },
      { type: 'job-detected', store: 'progress', scope: 'all' },
      'data-changed',
    ]) {
      expect(DataChangedSchema.safeParse(malformed).success, JSON.stringify(malformed)).toBe(false);
    }
  });

  it('calls the listener for its store and scope only, and ignores malformed messages on the channel', async () => {
    const onChange = vi.fn();
    closers.push(listenForChanges('progress', 'amazon-data-scientist', onChange));
    const channel = new BroadcastChannel('preppanel-data');
    closers.push(() => channel.close());

    for (const malformed of [
      'data-changed',
      null,
      { type: 'data-changed', store: 'progress' },
      { type: 'data-changed', store: 'progress', scope: '' },
      { type: 'data-changed', store: 'everything', scope: 'amazon-data-scientist' },
      { type: 'data-changed', store: ['progress'], scope: 'amazon-data-scientist' },
      { type: 'data-changed', store: 'stories', scope: 'amazon-data-scientist' },
      { type: 'data-changed', store: 'progress', scope: 'another-guide' },
    ]) {
      channel.postMessage(malformed);
    }
    // A channel delivers in order: once the valid message arrives, every one before it has.
    announceChange('progress', 'amazon-data-scientist');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

/**
 * Every place the code base receives a message from another context. Each must parse with
 * zod and check its sender (BroadcastChannel reaches only the extension's own origin; storage
 * areas only the extension itself). A new listener fails this test until it is looked at
 * and added here with its test.
 */
const RECEIVERS: Record<string, string[]> = {
  'lib/background.ts': ['runtime.onMessage', 'RuntimeMessageSchema.safeParse', 'contentScriptTab(sender)', 'isExtensionPage(sender)'],
  'lib/storage/changes.ts': ['new BroadcastChannel', 'onmessage', 'DataChangedSchema.safeParse'],
  'lib/extension/tab-state.ts': ['storage.onChanged', 'TabStateSchema.safeParse'],
};
const LISTENS =
  /\.onMessage(?:External)?\b|\.onConnect(?:External)?\b|\bnew BroadcastChannel\b|\bnew MessageChannel\b|\bonmessage\b|addEventListener\(\s*['"]message|\.onChanged\.addListener|\bwindow\.postMessage\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('message receivers in the code base', () => {
  const root = resolve(import.meta.dirname, '../../../..');
  const shipped = ['lib', 'content', 'components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir)));

  it('are exactly the known ones', () => {
    const receivers = shipped.filter((file) => LISTENS.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(receivers.sort()).toEqual(Object.keys(RECEIVERS).sort());
  });

  it.each(Object.entries(RECEIVERS))('%s parses what it receives with zod, and checks the sender where one can differ', (file, needs) => {
    const code = readFileSync(join(root, file), 'utf8');
    for (const need of needs) expect(code, need).toContain(need);
  });
});
