import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIREFOX_BUILD } from './drivers/firefox';

const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
const MessageSchema = z.object({ code: z.string(), file: z.string().optional(), message: z.string() });
const ReportSchema = z.object({
  count: z.number().int().nonnegative(),
  errors: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
  notices: z.array(MessageSchema),
});

describe('Firefox package', () => {
  // React DOM's HTML sinks are rewritten out of the build (scripts/vite-no-html-sinks.ts),
  // so nothing is tolerated: addons.mozilla.org reviewers see the same report.
  it('passes web-ext lint with no errors, no warnings and no notices', () => {
    const run = spawnSync(WEB_EXT, ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.count).toBe(0);
  });
});
