import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DetectedJobSchema } from '../lib/job';

/**
 * Saved job pages, one folder per site: `<case>.html` beside `<case>.expected.json`, the
 * page's real address and what recognition must make of it.
 */
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

const ExpectedSchema = z.object({
  url: z.url(),
  job: DetectedJobSchema.nullable(),
  /** Why nothing was recognised (for pages without a job). */
  reason: z.string().optional(),
  canonical: z
    .object({
      /** The canonical company, for companies PrepPanel knows. */
      company: z.string().optional(),
      unit: z.string().optional(),
      roleFamily: z.string().optional(),
      level: z.string().optional(),
    })
    .optional(),
  guide: z.string().nullable(),
});

export interface PageFixture {
  site: string;
  name: string;
  htmlPath: string;
  html: string;
  expected: z.infer<typeof ExpectedSchema>;
}

export function pageFixtures(): PageFixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((site) =>
      readdirSync(join(FIXTURES_DIR, site.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => {
          const name = file.replace(/\.html$/, '');
          const htmlPath = join(FIXTURES_DIR, site.name, file);
          const expected = ExpectedSchema.parse(
            JSON.parse(readFileSync(join(FIXTURES_DIR, site.name, `${name}.expected.json`), 'utf8')),
          );
          return { site: site.name, name, htmlPath, html: readFileSync(htmlPath, 'utf8'), expected };
        }),
    );
}
