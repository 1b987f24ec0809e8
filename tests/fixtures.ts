import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DetectedJobSchema, type DetectedJob } from '../lib/job/detected-job';
import { summariseRequirements, type RequirementsSummary } from '../scripts/detect-page';

/**
 * Saved job pages, one folder per site: `<case>.html` beside `<case>.expected.json`, the
 * page's real address and what recognition must make of it.
 */
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

/** A listing's requirements as `npm run detect` prints them (scripts/detect-page.ts). */
const RequirementsExpectationSchema = z.strictObject({
  source: z.enum(['page-markup', 'json-ld']),
  required: z.array(z.string()),
  preferred: z.array(z.string()),
  listed: z.array(z.string()),
  omitted: z.number().int().positive().optional(),
  skills: z.array(z.string()),
}) satisfies z.ZodType<RequirementsSummary>;

const ExpectedSchema = z.object({
  url: z.url(),
  /** The job recognised, without its requirements: `requirements` states them. */
  job: DetectedJobSchema.omit({ requirements: true }).strict().nullable(),
  /** Every listing states its requirements: `null` when the page gives none. */
  requirements: RequirementsExpectationSchema.nullable().optional(),
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
}).refine((expected) => !expected.job || expected.requirements !== undefined, {
  message: 'A listing fixture states its requirements (null when it has none).',
  path: ['requirements'],
});

export type FixtureExpectation = z.infer<typeof ExpectedSchema>;

/**
 * A recognised job in the form a fixture states it: the job without its requirements, and
 * the requirements summarised (absent for pages without a job, `null` for a listing without).
 */
export function asExpected(job: DetectedJob | null): Pick<FixtureExpectation, 'job' | 'requirements'> {
  if (!job) return { job: null };
  const { requirements, ...rest } = job;
  return { job: rest, requirements: requirements ? summariseRequirements(requirements) : null };
}

export interface PageFixture {
  site: string;
  name: string;
  htmlPath: string;
  html: string;
  expected: FixtureExpectation;
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
