import type { ReactNode } from 'react';
import type { Guide } from '../lib/guides/schema';
import { itemKey, type ProgressList } from '../lib/storage/schema';
import { Checklist } from './Checklist';
import { CompensationDetails } from './CompensationDetails';
import { FaqList } from './FaqList';
import { GuideSection } from './GuideSection';
import { useProgress } from './hooks';
import { Icon } from './Icon';
import { OverallProgress, type ListProgress } from './OverallProgress';
import { OverviewFacts } from './OverviewFacts';
import { ProgressBar } from './ProgressBar';
import { QualityList } from './QualityList';
import { QuestionList } from './QuestionList';
import { RoleDetails } from './RoleDetails';
import { SectionNav, type NavEntry } from './SectionNav';
import { SourceList } from './SourceList';
import { SourceRefs } from './SourceRefs';
import { StageTimeline } from './StageTimeline';
import { plural, weeksLabel } from './wording';

const SECTIONS: readonly NavEntry[] = [
  { name: 'overview', label: 'Overview' },
  { name: 'stages', label: 'Stages' },
  { name: 'qualities', label: 'What they look for' },
  { name: 'questions', label: 'Questions' },
  { name: 'checklist', label: 'Checklist' },
  { name: 'mistakes', label: 'Mistakes' },
  { name: 'role', label: 'The role' },
  { name: 'compensation', label: 'Pay' },
  { name: 'apply', label: 'Apply' },
  { name: 'faqs', label: 'FAQs' },
  { name: 'sources', label: 'Sources' },
];

function countDone(done: ReadonlySet<string>, list: ProgressList, items: readonly { id: string }[]): number {
  return items.filter((item) => done.has(itemKey(list, item.id))).length;
}

/**
 * A whole guide: the header it is given (the recognised job, or a note that it was opened
 * from the list), the progress summary, sticky section links and every section as a card.
 */
export function GuideView({ guide, header }: { guide: Guide; header: ReactNode }) {
  const progress = useProgress(guide.id);
  const { done, toggle } = progress;
  const disabled = progress.status === 'loading';
  const lists: ListProgress[] = [
    { section: 'checklist', label: 'Tailoring checklist', shortLabel: 'Checklist', done: countDone(done, 'checklist', guide.checklist), total: guide.checklist.length },
    { section: 'mistakes', label: 'Mistakes avoided', shortLabel: 'Mistakes', done: countDone(done, 'mistakes', guide.mistakes), total: guide.mistakes.length },
    { section: 'questions', label: 'Questions prepared', shortLabel: 'Questions', done: countDone(done, 'questions', guide.questions), total: guide.questions.length },
  ];
  const [checklist, mistakes, questions] = lists as [ListProgress, ListProgress, ListProgress];
  const refs = (ids: readonly string[]) => <SourceRefs ids={ids} sources={guide.sources} />;

  return (
    <div className="guide">
      <div className="guide-top">
        {header}
        {progress.error ? (
          <div className="notice notice-error" role="alert">
            <Icon name="alert" />
            <p>{progress.error}</p>
          </div>
        ) : null}
        <OverallProgress lists={lists} loading={disabled} />
      </div>

      <SectionNav entries={SECTIONS} />

      <div className="sections">
        <GuideSection name="overview" title="Overview" footer={refs(guide.overview.sources)}>
          <p className="lead">{guide.summary}</p>
          <OverviewFacts overview={guide.overview} />
          {guide.overview.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </GuideSection>

        <GuideSection
          name="stages"
          title="Interview stages"
          intro={`${plural(guide.stages.length, 'stage')}, usually over ${weeksLabel(guide.overview.timeline.minWeeks, guide.overview.timeline.maxWeeks)}.`}
          footer={refs([...new Set(guide.stages.flatMap((stage) => stage.sources))])}
        >
          <StageTimeline stages={guide.stages} />
        </GuideSection>

        <GuideSection
          name="qualities"
          title="What they look for"
          footer={refs([...new Set(guide.qualities.flatMap((quality) => quality.sources))])}
        >
          <QualityList qualities={guide.qualities} roleName={guide.role.name} />
        </GuideSection>

        <GuideSection
          name="questions"
          title="Questions"
          intro="Open the tips for each question, practise your answer out loud, then mark it prepared."
          footer={refs([...new Set(guide.questions.flatMap((question) => question.sources))])}
        >
          <ProgressBar label="Prepared" ariaLabel={questions.label} done={questions.done} total={questions.total} testId="progress-questions" />
          <QuestionList questions={guide.questions} done={done} disabled={disabled} onToggle={toggle} />
        </GuideSection>

        <GuideSection
          name="checklist"
          title="Tailoring checklist"
          intro="Work through these as you tailor your application to this listing."
          footer={refs([...new Set(guide.checklist.flatMap((item) => item.sources))])}
        >
          <ProgressBar label="Done" ariaLabel={checklist.label} done={checklist.done} total={checklist.total} testId="progress-checklist" />
          <Checklist list="checklist" items={guide.checklist} done={done} disabled={disabled} onToggle={toggle} />
        </GuideSection>

        <GuideSection
          name="mistakes"
          title="Mistakes to avoid"
          intro="Tick each one once you have checked your application does not make it."
          footer={refs([...new Set(guide.mistakes.flatMap((item) => item.sources))])}
        >
          <ProgressBar label="Checked" ariaLabel={mistakes.label} done={mistakes.done} total={mistakes.total} testId="progress-mistakes" />
          <Checklist list="mistakes" items={guide.mistakes} done={done} disabled={disabled} onToggle={toggle} />
        </GuideSection>

        <GuideSection name="role" title="The role" footer={refs(guide.work.sources)}>
          <RoleDetails work={guide.work} />
        </GuideSection>

        <GuideSection
          name="compensation"
          title="Compensation"
          footer={guide.compensation ? refs(guide.compensation.sources) : undefined}
        >
          {guide.compensation ? (
            <CompensationDetails compensation={guide.compensation} />
          ) : (
            <p className="muted">Our sources give no pay figures for this role yet, so none are shown.</p>
          )}
        </GuideSection>

        <GuideSection name="apply" title="How to apply" footer={refs(guide.howToApply.sources)}>
          {guide.howToApply.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </GuideSection>

        <GuideSection name="faqs" title="FAQs" footer={refs([...new Set(guide.faqs.flatMap((faq) => faq.sources))])}>
          <FaqList faqs={guide.faqs} />
        </GuideSection>

        <GuideSection name="sources" title="Sources" intro="Where this guide's facts come from.">
          <SourceList sources={guide.sources} />
        </GuideSection>
      </div>
    </div>
  );
}
