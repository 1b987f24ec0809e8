import type { CanonicalCompany } from '../../lib/job/companies';
import type { Guide, QuestionCategory } from '../../lib/guides/schema';
import type { Confidence, JobSource } from '../../lib/job/detected-job';
import type { Level } from '../../lib/job/roles';
import { formatCount } from '../../lib/format';

/**
 * Words the side panel and the popup share: how a job was read, how a company is named,
 * how things are counted. Kept here so both views say the same thing the same way (dates, sizes
 * and money are written by lib/format.ts).
 */

/** "Amazon · AWS" when the listing names a unit, otherwise "Amazon". */
export function companyLabel(company: CanonicalCompany): string {
  return company.unit ? `${company.name} · ${company.unit}` : company.name;
}

/** "Amazon · Data Scientist": the guide by company and role. */
export function guideLabel(guide: Guide): string {
  return `${guide.company.name} · ${guide.role.name}`;
}

const SOURCE_WORDS: Record<JobSource, string> = {
  'json-ld': "read from the page's structured data",
  microdata: "read from the page's structured data",
  'page-markup': "read from the page's markup",
  meta: "read from the page's summary tags",
  url: "read from the page's address",
};

const CONFIDENCE_WORDS: Record<Confidence, string> = {
  high: '',
  medium: ' (some details inferred)',
  low: ' (a best guess: check the job above)',
};

/** How the job was recognised, and how sure that is. */
export function sourceLabel(source: JobSource, confidence: Confidence): string {
  return `${SOURCE_WORDS[source]}${CONFIDENCE_WORDS[confidence]}`;
}

const LEVEL_WORDS: Record<Level, string> = {
  intern: 'Internship',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  principal: 'Principal',
};

export function levelLabel(level: Level): string {
  return LEVEL_WORDS[level];
}

export const CATEGORY_ORDER: readonly QuestionCategory[] = ['introduction', 'behavioural', 'technical', 'sql', 'ml-theory'];

const CATEGORY_WORDS: Record<QuestionCategory, string> = {
  introduction: 'Introduction',
  behavioural: 'Behavioural',
  technical: 'Technical',
  sql: 'SQL',
  'ml-theory': 'ML theory',
};

export function categoryLabel(category: QuestionCategory): string {
  return CATEGORY_WORDS[category];
}

export function weeksLabel(minWeeks: number, maxWeeks: number): string {
  return minWeeks === maxWeeks ? `${minWeeks} weeks` : `${minWeeks}–${maxWeeks} weeks`;
}

/** "1 story", "1,200 stories": the count in the user's locale. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
