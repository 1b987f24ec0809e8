import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIREFOX_BUILD } from './drivers/firefox';

const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
const MessageSchema = z.object({ code: z.string(), file: z.string().optional(), message: z.string() });
const ReportSchema = z.object({
  errors: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
  notices: z.array(MessageSchema),
});

/** React DOM sets innerHTML only for its own `dangerouslySetInnerHTML`, which our code never uses (lint rule). */
function isReactDomInternals(file: string | undefined): boolean {
  if (!file) return false;
  const code = readFileSync(join(FIREFOX_BUILD, file), 'utf8');
  return code.includes('"__html"in') && code.includes('suppressHydrationWarning');
}

describe('Firefox package', () => {
  it('passes web-ext lint: no errors, notices, or warnings beyond React DOM internals', () => {
    const run = spawnSync(WEB_EXT, ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'], { encoding: 'utf8' });
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    const ours = report.warnings.filter((warning) => !(warning.code === 'UNSAFE_VAR_ASSIGNMENT' && isReactDomInternals(warning.file)));
    expect(ours).toEqual([]);
  });
});
