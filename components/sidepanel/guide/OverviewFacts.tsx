import type { Guide } from '../../../lib/guides/schema';
import { Icon } from '../../shared/Icon';
import { weeksLabel } from '../../shared/wording';

/** The three numbers a candidate asks first: how long, how many stages, how many questions. */
export function OverviewFacts({ overview }: { overview: Guide['overview'] }) {
  const facts = [
    { icon: 'clock' as const, value: weeksLabel(overview.timeline.minWeeks, overview.timeline.maxWeeks), label: 'Timeline' },
    { icon: 'layers' as const, value: String(overview.stageCount), label: overview.stageCount === 1 ? 'Stage' : 'Stages' },
    { icon: 'chat' as const, value: String(overview.questionCount), label: overview.questionCount === 1 ? 'Question' : 'Questions' },
  ];
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.label} className="fact">
          <dt>
            <Icon name={fact.icon} />
            {fact.label}
          </dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
