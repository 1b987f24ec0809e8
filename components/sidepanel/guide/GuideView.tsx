import { useMemo, type ReactNode } from 'react';
import type { DetectedJob } from '../../../lib/job/detected-job';
import { skillsIn } from '../../../lib/job/skills';
import { applicationSummary } from '../../../lib/applications/before-applying';
import type { Guide } from '../../../lib/guides/schema';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';
import { BeforeApplying } from './BeforeApplying';
import { Checklist } from './Checklist';
import { useStories } from '../../stories/use-stories';
import { type Tailoring } from '../../tailoring/use-tailoring';
import { CompensationDetails } from './CompensationDetails';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { FaqList } from './FaqList';
import { GuideSection } from './GuideSection';
import { useProgress } from './use-progress';
import { useOwnItems } from './use-own-items';
import { OwnItems } from './OwnItems';
import { OverallProgress, type ListProgress } from './OverallProgress';
import { OverviewFacts } from './OverviewFacts';
import { ProgressBar } from '../../shared/ProgressBar';
import { QualityList } from './QualityList';
import { QuestionList } from './QuestionList';
import { RequirementMap } from '../../tailoring/RequirementMap';
import { RoleDetails } from './RoleDetails';
import { SectionNav, type NavEntry } from './SectionNav';
import { SourceList } from './SourceList';
import { SourceRefs } from './SourceRefs';
import { StageTimeline } from './StageTimeline';
import { StoryBank } from '../../stories/StoryBank';
import { plural, weeksLabel } from '../../shared/wording';
import './guide.css';

function sections(forJob: boolean): readonly NavEntry[] {
  return [
    { name: 'overview', label: 'Overview' },
    { name: 'stages', label: 'Stages' },
    { name: 'qualities', label: 'What they look for' },
    { name: 'questions', label: 'Questions' },
    { name: 'stories', label: 'Stories' },
    { name: 'checklist', label: forJob ? 'Tailor' : 'Checklist' },
    { name: 'mistakes', label: 'Mistakes' },
    ...(forJob ? [{ name: 'summary', label: 'Before applying' } as const] : []),
    { name: 'role', label: 'The role' },
    { name: 'compensation', label: 'Pay' },
    { name: 'apply', label: 'Apply' },
    { name: 'faqs', label: 'FAQs' },
    { name: 'sources', label: 'Sources' },
  ];
}

const GUIDE_SECTIONS = sections(false);
const LISTING_SECTIONS = sections(true);

/** The listing the guide is open for, with the user's tailoring of it. */
export interface Listing {
  job: DetectedJob;
  tailoring: Tailoring;
}

function countDone(done: ReadonlySet<string>, list: ProgressList, items: readonly { id: string }[]): number {
  return items.filter((item) => done.has(itemKey(list, item.id))).length;
}

/**
 * A whole guide: the header it is given (the recognised job, or a note that it was opened
 * from the list), the progress summary, sticky section links and every section as a card.
 */
export function GuideView({ guide, header, listing }: { guide: Guide; header: ReactNode; listing?: Listing }) {
  const progress = useProgress(guide.id);
  const ownItems = useOwnItems(guide.id);
  const { checklist: ownChecklist, questions: ownQuestions } = ownItems.byList;
  const storyBank = useStories();
  const requirementRows = listing?.tailoring.rows;
  const skills = useMemo(
    () => (requirementRows ? skillsIn(requirementRows.map((row) => row.text)).map((skill) => skill.name) : []),
    [requirementRows],
  );
  const { done, toggle } = progress;
  const disabled = progress.status === 'loading';
  const lists: ListProgress[] = [
    { section: 'checklist', label: 'Tailoring checklist', shortLabel: 'Checklist', done: countDone(done, 'checklist', [...guide.checklist, ...ownChecklist]), total: guide.checklist.length + ownChecklist.length },
    { section: 'mistakes', label: 'Mistakes avoided', shortLabel: 'Mistakes', done: countDone(done, 'mistakes', guide.mistakes), total: guide.mistakes.length },
    { section: 'questions', label: 'Questions prepared', shortLabel: 'Questions', done: countDone(done, 'questions', [...guide.questions, ...ownQuestions]), total: guide.questions.length + ownQuestions.length },
  ];
  const [checklist, mistakes, questions] = lists as [ListProgress, ListProgress, ListProgress];
  const refs = (ids: readonly string[]) => <SourceRefs ids={ids} sources={guide.sources} />;

  return (
    <div className="guide">
      <div className="guide-top">
        {header}
        {progress.error ? <ErrorNotice>{progress.error}</ErrorNotice> : null}
        {ownItems.notice ? <ErrorNotice>{ownItems.notice}</ErrorNotice> : null}
        <OverallProgress lists={lists} loading={disabled} />
      </div>

      <SectionNav entries={listing ? LISTING_SECTIONS : GUIDE_SECTIONS} />

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
          <QuestionList guideId={guide.id} questions={guide.questions} done={done} disabled={disabled} onToggle={toggle} />
          <OwnItems list="questions" ownItems={ownItems} done={done} disabled={disabled} onToggle={toggle} />
        </GuideSection>

        <GuideSection
          name="stories"
          title="Your stories"
          intro="Write each situation-action-result story once; tag the qualities it shows and the questions it answers. Your stories serve every job and guide."
        >
          <StoryBank guide={guide} />
        </GuideSection>

        <GuideSection
          name="checklist"
          title={listing ? 'Tailor to this listing' : 'Tailoring checklist'}
          intro={
            listing
              ? 'Match every requirement of the listing to evidence from your own work, then work through the general items.'
              : 'Work through these as you tailor your application. Open a job listing to map its own requirements too.'
          }
          footer={refs([...new Set(guide.checklist.flatMap((item) => item.sources))])}
        >
          {listing ? (
            <>
              <RequirementMap
                requirements={listing.job.requirements}
                tailoring={listing.tailoring}
                stories={storyBank.stories}
                skills={skills}
              />
              <h3 className="subheading general-tailoring">General tailoring</h3>
            </>
          ) : null}
          <ProgressBar label="Done" ariaLabel={checklist.label} done={checklist.done} total={checklist.total} testId="progress-checklist" />
          <Checklist list="checklist" items={guide.checklist} done={done} disabled={disabled} onToggle={toggle} />
          <OwnItems list="checklist" ownItems={ownItems} done={done} disabled={disabled} onToggle={toggle} />
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

        {listing ? (
          <GuideSection
            name="summary"
            title="Before applying"
            intro="Where you stand on this listing. Copy it into your notes or application tracker."
          >
            <BeforeApplying
              summary={applicationSummary(listing.job, guide, listing.tailoring.rows, storyBank.stories, done)}
            />
          </GuideSection>
        ) : null}

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
