import type { Guide } from '../guides/schema';
import type { DetectedJob } from '../job/detected-job';
import type { DoneItems } from '../storage/progress';
import { itemKey, type ProgressList, type Story } from '../storage/schema';
import { qualityCoverage } from '../stories/coverage';
import { requirementCoverage, type Coverage, type RequirementRow } from '../tailoring/requirements';

/** Where the user stands on one listing before applying. */
export interface ApplicationSummary {
  job: Pick<DetectedJob, 'title' | 'company' | 'url'>;
  requirements: Coverage & { open: string[] };
  qualities: { name: string; stories: string[] }[];
  questions: Coverage;
  mistakes: Coverage;
  checklist: Coverage;
}

function listCoverage(done: DoneItems, list: ProgressList, items: readonly { id: string }[]): Coverage {
  return { covered: items.filter((item) => done.has(itemKey(list, item.id))).length, total: items.length };
}

export function applicationSummary(
  job: DetectedJob,
  guide: Guide,
  rows: readonly RequirementRow[],
  stories: readonly Story[],
  done: DoneItems,
): ApplicationSummary {
  return {
    job: { title: job.title, company: job.company, url: job.url },
    requirements: { ...requirementCoverage(rows), open: rows.filter((row) => !row.done).map((row) => row.text) },
    qualities: qualityCoverage(guide.qualities, stories).map(({ quality, stories: tagged }) => ({
      name: quality.name,
      stories: tagged.map((story) => story.title),
    })),
    questions: listCoverage(done, 'questions', guide.questions),
    mistakes: listCoverage(done, 'mistakes', guide.mistakes),
    checklist: listCoverage(done, 'checklist', guide.checklist),
  };
}

const count = ({ covered, total }: Coverage) => `${covered} of ${total}`;

/** The summary as plain text, for the clipboard (a note, an email to oneself, a tracker). */
export function summaryText(summary: ApplicationSummary): string {
  const lines = [
    `Before applying: ${summary.job.title} at ${summary.job.company}`,
    summary.job.url,
    '',
    `Requirements covered: ${count(summary.requirements)}`,
    ...summary.requirements.open.map((text) => `  [ ] ${text}`),
    '',
    'Stories ready for each quality:',
    ...summary.qualities.map(({ name, stories }) =>
      stories.length > 0 ? `  ${name}: ${stories.join('; ')}` : `  ${name}: no story yet`,
    ),
    '',
    `Questions practised: ${count(summary.questions)}`,
    `Mistakes checked: ${count(summary.mistakes)}`,
    `Tailoring checklist done: ${count(summary.checklist)}`,
  ];
  return lines.join('\n');
}
